"""Every document fits the paper, in every language, whatever the records hold."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos.domain.enums import RequestKind
from printing.docs import access_report, confirmation, consent_slip, installment, receipt
from printing.encoder import encode
from printing.layout import Cut, Line, Page, clean
from printing.model import printer_model
from printing.samples import DEMO_OPERATOR, demo_confirmation, demo_report, demo_sale, demo_slip
from tests.support.escpos_decoder import Cut as CutEvent
from tests.support.escpos_decoder import decode

AT = dt.datetime(2025, 3, 15, 9, 5, tzinfo=dt.UTC)


def _documents(lang: str, columns: int) -> dict[str, object]:
    return {
        "consent-slip": consent_slip.build(demo_slip(DEMO_OPERATOR, AT), lang, columns),
        "receipt": receipt.build(demo_sale(AT), lang, columns),
        "installment": installment.build(demo_sale(AT), lang, columns),
        "access-report": access_report.build(demo_report(DEMO_OPERATOR, AT), lang, columns),
        "withdrawal": confirmation.build(
            demo_confirmation(DEMO_OPERATOR, AT, RequestKind.WITHDRAWAL), lang, columns
        ),
        "refusal": confirmation.build(
            demo_confirmation(DEMO_OPERATOR, AT, RequestKind.WRITTEN_REFUSAL), lang, columns
        ),
    }


@pytest.mark.parametrize("columns", [32, 48])
@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_every_document_fits_and_ends_with_a_cut(lang: str, columns: int) -> None:
    for name, doc in _documents(lang, columns).items():
        lines = [b for b in doc.blocks if isinstance(b, Line)]  # type: ignore[attr-defined]
        assert all(len(b.text) <= columns for b in lines), name
        assert isinstance(doc.blocks[-1], Cut), name  # type: ignore[attr-defined]
        assert sum(isinstance(b, Cut) for b in doc.blocks) == 1, name  # type: ignore[attr-defined]


names = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=120
)


@settings(max_examples=60, deadline=None)
@given(name=names, store=names)
def test_any_buyer_or_store_name_stays_on_the_paper_and_out_of_the_commands(
    name: str, store: str
) -> None:
    slip = dataclasses.replace(demo_slip(DEMO_OPERATOR, AT), buyer_name=name, store_name=store)
    model = printer_model("default", 58)
    doc = consent_slip.build(slip, "kk", model.columns)
    assert all(len(b.text) <= 32 for b in doc.blocks if isinstance(b, Line))
    # Control characters in a name never reach the printer as commands: one cut, at the end.
    events = decode(encode(doc, model))
    assert [i for i, e in enumerate(events) if isinstance(e, CutEvent)] == [len(events) - 1]


def test_clean_and_wrap() -> None:
    assert clean("a\x1bd\x05b\u00a0c\u200b") == "a d b c"
    page = Page("t", 10)
    page.field("Label", "short")
    page.field("Долгая метка", "значение")
    page.pair("ИТОГО", "123 456,00 ₸")
    assert [b.text for b in page.blocks if isinstance(b, Line)] == [
        "Label:",
        "  short",
        "Долгая",
        "метка:",
        "  значение",
        "ИТОГО",
        "123 456,00",
        "₸",
    ]
