"""Reference fields take a document reference, not personal data (issue 11, finding 11):
a refusal's reference, a destruction's reason, a withdrawal's reference and a disclosure's
legal basis outlive the buyer, so text that looks like an IIN or a phone is refused with
one code, at the services (whatever calls them) and so in the window and the CLI."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from pos.domain.codes import Code
from pos.domain.enums import DataCategory, RecipientCategory
from pos.domain.errors import ValidationError
from pos.domain.references import personal_number
from pos.services import privacy
from pos.services.disclosures import record_disclosure
from pos.storage.models import Disclosure, SubjectRequest
from tests.support.tills import DELIVERY, TillFixture, delivery_buyer, register

PERSONAL = [
    ("+7 701 555 12 34", "phone"),
    ("звонить 8 (701) 555-12-34", "phone"),
    ("7015551234", "phone"),
    ("Нурланова, ИИН 900101300123", "iin"),
    ("ИИН 900101 300123", "iin"),
]
DOCUMENTS = [
    "Заявление № 15/2026 от 12.03.2026",
    "вх. 2026-000123",
    "Постановление 2-1234/2026",
    "письмо 123 от 01.02.2026",
]


@pytest.mark.parametrize(("text", "kind"), PERSONAL)
def test_a_digit_run_shaped_like_an_iin_or_a_phone_is_personal(text: str, kind: str) -> None:
    assert personal_number(text) == kind


@pytest.mark.parametrize("text", DOCUMENTS)
def test_document_references_pass(text: str) -> None:
    assert personal_number(text) is None


def _requests(till: TillFixture) -> int:
    with till.db.read_session() as s:
        return int(s.scalar(select(func.count()).select_from(SubjectRequest)) or 0)


def test_services_refuse_a_reference_holding_a_phone_or_an_iin(till: TillFixture) -> None:
    buyer = register(till, delivery_buyer(), DELIVERY).buyer.id
    manager = till.ctx(till.manager)
    attempts = [
        lambda: privacy.refuse_in_writing(manager, buyer, "Нурланова +7 701 555 12 34"),
        lambda: privacy.withdraw(manager, buyer, None, reference="тел. 87015551234"),
        lambda: privacy.destroy_buyer(till.ctx(), buyer, reason="ИИН 900101300123"),
        lambda: record_disclosure(
            manager,
            buyer,
            RecipientCategory.GOVERNMENT,
            "Департамент полиции",
            [DataCategory.FULL_NAME],
            legal_basis="запрос по ИИН 900101300123",
        ),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError) as caught:
            attempt()
        assert caught.value.code is Code.REFERENCE_PERSONAL_DATA
        assert "900101300123" not in str(caught.value) and "555" not in str(caught.value)
    assert _requests(till) == 0
    with till.db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Disclosure)) == 0

    # A document reference goes through.
    privacy.refuse_in_writing(manager, buyer, "Заявление № 15/2026 от 12.03.2026")
    assert _requests(till) == 1


def test_a_head_office_directive_with_a_personal_reference_still_destroys(
    till: TillFixture,
) -> None:
    import uuid

    from pos.services.context import ServiceContext
    from pos.services.directives import DirectiveIn, Outcome, apply_directive, headoffice_actor

    buyer = register(till, delivery_buyer(), DELIVERY).buyer.id
    ctx = ServiceContext(till.db, headoffice_actor(till.ctx()))
    result = apply_directive(
        ctx,
        DirectiveIn(
            uuid.uuid4(), "destruction", {"buyer_id": str(buyer), "reason": "звонок +77015551234"}
        ),
    )
    assert result.outcome is Outcome.APPLIED
    with till.db.read_session() as s:
        references = list(s.scalars(select(SubjectRequest.reference)))
    assert references == ["head office directive"]
