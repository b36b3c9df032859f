"""The destruction act: what staff sign when they destroy a buyer's paper (policy 1.10).

It holds no personal data: the act number, when and where, who, why (a category, not
the free text) and the numbers of the signed paper slips to destroy, which after the
destruction lead to nothing.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from pos.domain.enums import RequestKind
from pos.domain.views import RequestConfirmationView


@dataclass(frozen=True, slots=True)
class DestructionAct:
    number: uuid.UUID  # the destruction request's id
    at: dt.datetime
    timezone: str
    store_name: str
    store_code: str
    register_code: str
    staff_name: str
    # "request", "written_refusal", "withdrawal", "retention" or "headoffice".
    cause: str
    slips: tuple[str, ...]  # consent numbers (and pre-printed form numbers) to destroy

    @property
    def slip_count(self) -> int:
        return len(self.slips)


_CAUSE = {
    RequestKind.WITHDRAWAL: "withdrawal",
    RequestKind.WRITTEN_REFUSAL: "written_refusal",
    RequestKind.DESTRUCTION: "request",
}


def act_from_confirmation(view: RequestConfirmationView) -> DestructionAct | None:
    """The act of a withdrawal or refusal that destroyed the data; None if it destroyed none."""
    if not view.slips_to_destroy:
        return None
    return DestructionAct(
        number=view.request_id,
        at=view.at,
        timezone=view.timezone,
        store_name=view.store_name,
        store_code=view.store_code,
        register_code=view.register_code,
        staff_name=view.staff_name,
        cause=_CAUSE.get(view.kind, "request"),
        slips=view.slips_to_destroy,
    )
