"""The consent dialog alone (BRIEF 4.3): it asks only for what the sale needs, nothing can
be signed before the slip is previewed and printed (or a pre-printed form is numbered), a
change after the preview asks for a new one, and a refusal keeps nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pos.domain.buyer import BuyerData
from pos.domain.enums import PaymentMethod, Purpose, Role
from pos.domain.minimization import SaleNeeds
from pos.domain.views import BuyerView
from pos.storage.models import Buyer, Consent, ConsentEvent
from tests.support.driver import WAIT, confirm_wipe, type_text
from tests.support.printer import FakePrinter
from tests.support.tills import DELIVERY, INSTALLMENT, TillFixture, delivery_buyer, register
from tests.support.widgets import make_state, sign_in
from ui.state import AppState
from ui.widgets.consent_dialog import ConsentDialog

MARKETING_ONLY = SaleNeeds(PaymentMethod.CASH, marketing=True)
DELIVERY_FORM = {
    "surname": "Нурланова",
    "given_name": "Асель",
    "phone": "+7 701 555 12 34",
    "delivery_address": "Алматы, ул. Жарокова, 12, кв. 5",
}


@pytest.fixture
def dialog_for(qtbot: QtBot, state: AppState, shop: TillFixture) -> Callable[..., ConsentDialog]:
    """Opens the dialog for a sale's needs (and a returning buyer), a sales manager signed in."""
    sign_in(state, shop, Role.SALES_MANAGER)

    def open_dialog(
        needs: SaleNeeds, buyer: BuyerView | None = None, on: AppState | None = None
    ) -> ConsentDialog:
        dialog = ConsentDialog(on or state, needs, buyer)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return open_dialog


def fill(dialog: ConsentDialog, values: dict[str, str]) -> None:
    for name, text in values.items():
        editor = dialog.form.editors[name]
        assert isinstance(editor, QLineEdit)
        editor.setText(text)


def preview(qtbot: QtBot, dialog: ConsentDialog) -> None:
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.preview.toPlainText()), timeout=WAIT)


def count(till: TillFixture, model: type) -> int:
    with till.db.read_session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


@pytest.mark.parametrize(
    ("needs", "fields", "purposes"),
    [
        (
            DELIVERY,
            ["surname", "given_name", "patronymic", "phone", "delivery_address"],
            {Purpose.SALE, Purpose.DELIVERY},
        ),
        (
            INSTALLMENT,
            [
                "surname",
                "given_name",
                "patronymic",
                "iin",
                "birth_date",
                "phone",
                "registration_address",
                "id_doc_type",
                "id_doc_number",
                "id_doc_issue_date",
                "id_doc_issuer",
            ],
            {Purpose.SALE, Purpose.CREDIT},
        ),
        (MARKETING_ONLY, ["given_name", "phone", "email"], {Purpose.SALE, Purpose.MARKETING}),
    ],
    ids=["delivery", "installment", "offers"],
)
def test_only_the_fields_and_purposes_the_sale_needs_are_asked_for(
    dialog_for: Callable[..., ConsentDialog],
    needs: SaleNeeds,
    fields: list[str],
    purposes: set[Purpose],
) -> None:
    dialog = dialog_for(needs)
    assert dialog.form.shown_fields == fields
    assert {p for p, tick in dialog.ticks.items() if tick.isChecked()} == purposes
    fixed = {
        p for p, tick in dialog.ticks.items() if not tick.isHidden() and p != Purpose.MARKETING
    }
    assert fixed == purposes - {Purpose.MARKETING}  # the sale's own purposes are shown...
    assert not any(dialog.ticks[p].isEnabled() for p in fixed)  # ...and cannot be unticked
    assert dialog.ticks[Purpose.MARKETING].isEnabled()  # offers stay the buyer's choice


def test_ticking_offers_adds_the_email_and_unticking_forgets_it(
    dialog_for: Callable[..., ConsentDialog],
) -> None:
    dialog = dialog_for(DELIVERY)
    assert "email" not in dialog.form.shown_fields
    dialog.ticks[Purpose.MARKETING].setChecked(True)
    assert "email" in dialog.form.shown_fields and dialog.current_needs().marketing
    fill(dialog, {"email": "asel@mail.kz"})
    dialog.ticks[Purpose.MARKETING].setChecked(False)
    assert "email" not in dialog.form.shown_fields
    editor = dialog.form.editors["email"]
    assert isinstance(editor, QLineEdit) and editor.text() == ""  # nothing kept unasked


def test_missing_fields_are_marked_and_nothing_is_asked_of_the_till(
    qtbot: QtBot, dialog_for: Callable[..., ConsentDialog], state: AppState
) -> None:
    dialog = dialog_for(DELIVERY)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    marked = [n for n in dialog.form.shown_fields if not dialog.form.rows[n].error.isHidden()]
    assert marked == ["given_name", "phone", "delivery_address"]  # the required ones
    assert dialog.status.problem and state.ops.in_flight == 0
    assert dialog.preview.toPlainText() == "" and not dialog.print_button.isEnabled()


def test_the_slip_is_previewed_then_printed_before_the_buyer_can_sign(
    qtbot: QtBot,
    dialog_for: Callable[..., ConsentDialog],
    shop: TillFixture,
    printer: FakePrinter,
) -> None:
    dialog = dialog_for(DELIVERY)
    assert not dialog.print_button.isEnabled() and not dialog.signed_button.isEnabled()
    fill(dialog, DELIVERY_FORM)
    preview(qtbot, dialog)
    assert "Нурланова Асель" in dialog.preview.toPlainText()
    assert dialog.print_button.isEnabled() and not dialog.signed_button.isEnabled()
    assert count(shop, Buyer) == 0  # the preview only checks

    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.signed_button.isEnabled, timeout=WAIT)
    assert len(printer.wait_jobs(1)) == 1 and count(shop, Buyer) == 0  # printed, not stored

    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        qtbot.mouseClick(dialog.signed_button, Qt.MouseButton.LeftButton)
    assert dialog.recorded is not None and not dialog.refused
    assert dialog.recorded.buyer.purposes_in_force() == {Purpose.SALE, Purpose.DELIVERY}
    with shop.db.read_session() as s:
        assert s.scalars(select(Consent.method)).all() == ["paper-slip-signed"]
        assert all(s.scalars(select(ConsentEvent.slip_printed)))


def test_a_change_after_the_preview_asks_for_a_new_one(
    qtbot: QtBot, dialog_for: Callable[..., ConsentDialog]
) -> None:
    dialog = dialog_for(DELIVERY)
    fill(dialog, DELIVERY_FORM)
    preview(qtbot, dialog)
    type_text(qtbot, dialog.form.editors["patronymic"], "Б")  # typed on after the preview
    assert dialog.preview.toPlainText() == ""
    assert not dialog.print_button.isEnabled() and not dialog.signed_button.isEnabled()
    preview(qtbot, dialog)
    assert dialog.print_button.isEnabled()


def test_a_preprinted_form_needs_its_number_and_no_printing(
    qtbot: QtBot, dialog_for: Callable[..., ConsentDialog], shop: TillFixture
) -> None:
    dialog = dialog_for(DELIVERY)
    fill(dialog, DELIVERY_FORM)
    assert not dialog.form_number.isEnabled()
    dialog.method_form.setChecked(True)
    assert dialog.form_number.isEnabled()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.form_number_error.text() and dialog.status.problem  # the number is missing
    assert dialog.preview.toPlainText() == ""

    dialog.form_number.setText("F-000123")
    preview(qtbot, dialog)
    assert dialog.form_number_error.text() == ""
    assert dialog.signed_button.isEnabled() and not dialog.print_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        qtbot.mouseClick(dialog.signed_button, Qt.MouseButton.LeftButton)
    with shop.db.read_session() as s:
        assert s.scalars(select(Consent.method)).all() == ["preprinted-form"]
        assert not any(s.scalars(select(ConsentEvent.slip_printed)))


def test_without_a_printer_only_a_preprinted_form_can_be_signed(
    qtbot: QtBot, dialog_for: Callable[..., ConsentDialog], shop: TillFixture
) -> None:
    offline = make_state(shop, printing=False)
    sign_in(offline, shop, Role.SALES_MANAGER)
    try:
        dialog = dialog_for(DELIVERY, on=offline)
        fill(dialog, DELIVERY_FORM)
        preview(qtbot, dialog)
        assert not dialog.print_button.isEnabled() and not dialog.signed_button.isEnabled()
        dialog.method_form.setChecked(True)
        dialog.form_number.setText("F-000124")
        preview(qtbot, dialog)
        assert dialog.signed_button.isEnabled()
    finally:
        offline.ops.shutdown()


def test_a_refusal_wipes_everything_typed_and_stores_nothing(
    qtbot: QtBot, dialog_for: Callable[..., ConsentDialog], shop: TillFixture
) -> None:
    dialog = dialog_for(DELIVERY)
    fill(dialog, DELIVERY_FORM)
    preview(qtbot, dialog)
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT):
        qtbot.mouseClick(dialog.refused_button, Qt.MouseButton.LeftButton)
        confirm_wipe(qtbot, dialog)
    assert dialog.refused and dialog.recorded is None
    typed = [e.text() for e in dialog.form.editors.values() if isinstance(e, QLineEdit)]
    assert not any(typed) and dialog.preview.toPlainText() == ""
    for model in (Buyer, Consent, ConsentEvent):
        assert count(shop, model) == 0, model.__name__


def test_a_returning_buyer_is_asked_only_for_what_is_not_held(
    dialog_for: Callable[..., ConsentDialog], shop: TillFixture
) -> None:
    known = register(shop, delivery_buyer(), DELIVERY).buyer
    again = dialog_for(DELIVERY, known)
    # Name, phone and address are held: only the optional patronymic is left to offer.
    assert again.form.shown_fields == ["patronymic"]
    more = dialog_for(INSTALLMENT, known)
    assert more.form.shown_fields == [
        "patronymic",
        "iin",
        "birth_date",
        "registration_address",
        "id_doc_type",
        "id_doc_number",
        "id_doc_issue_date",
        "id_doc_issuer",
    ]
    assert known.display_name in more.buyer_caption.text()


def test_buyer_data_typed_is_what_the_draft_carries(
    dialog_for: Callable[..., ConsentDialog],
) -> None:
    dialog = dialog_for(DELIVERY)
    fill(dialog, DELIVERY_FORM)
    draft = dialog.draft()
    assert draft.buyer == BuyerData(**DELIVERY_FORM)
    assert draft.needs == DELIVERY and draft.buyer_id is None
