"""Screenshots of the main screens in every language and size, for a person to look at.

    xvfb-run -a .venv/bin/python -m tests.ui.screenshots [--out screenshots]

Builds a throwaway till (products, a registered buyer with an installment), drives the
window to each screen and saves PNGs named screen-language-WxH.png. It also lists any
label or button whose text does not fit its width (cut off), per screen.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import os
import sys
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from pos.domain.codes import Code
from pos.domain.enums import PaymentMethod, Role
from pos.domain.errors import PosError, Refused
from pos.domain.minimization import SaleNeeds
from pos.domain.money import Money
from pos.domain.shifts import CashMoveKind
from pos.seed import ensure_products
from pos.services import buyers, catalog, held, shifts
from pos.services.sales import LineInput, NewSale, record_sale
from pos.services.staff import add_staff, deactivate_staff, set_pin, sign_in
from tests.support.layout_check import cut_off
from tests.support.tills import (
    ADMIN_PIN,
    INSTALLMENT,
    MANAGER_PIN,
    TillFixture,
    credit_buyer,
    installment_sale,
    make_till,
    register,
)
from ui.app import build_window
from ui.i18n import LANGUAGES
from ui.messages import field_message, line_message
from ui.state import TillHandle
from ui.widgets.consent_dialog import ConsentDialog
from ui.widgets.main_window import MainWindow
from ui.widgets.shift_dialogs import AmountDialog, AmountMode, ShiftReportDialog

SIZES = ((1280, 800), (1024, 768))
HOURS_2 = dt.timedelta(hours=2)


def pump(ms: int = 50) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=timeout)
    while not condition():
        if dt.datetime.now(dt.UTC) > deadline:
            raise TimeoutError("the window did not get there in time")
        pump(20)


def make_shop(home: Path) -> TillFixture:
    till = make_till(home)
    ctx = till.ctx()
    ensure_products(ctx)
    set_pin(ctx, till.identity.admin_staff_id, ADMIN_PIN)
    recorded = register(till, credit_buyer(), INSTALLMENT)
    installment_sale(till, recorded.buyer.id, total_tiyn=30_000_000, term=6)
    # The shift's cash: the float was topped up, so the X and Z have a drawer to count.
    shifts.move_cash(till.ctx(till.cashier), CashMoveKind.IN, 2_000_000, "размен")
    # The staff screen's states: one locked out until an admin unlocks, one deactivated.
    locked = add_staff(ctx, "Самат Ахметов", Role.CASHIER, "7392")
    for lockout in range(3):  # each lockout waited out, as a guesser would
        later = dataclasses.replace(ctx, clock=lambda n=lockout: ctx.clock() + n * HOURS_2)
        for _ in range(5):
            with contextlib.suppress(PosError):
                sign_in(later, locked.id, "0000")
    gone = add_staff(ctx, "Бауыржан Сейтқали", Role.SALES_MANAGER, "6285")
    deactivate_staff(ctx, gone.id)
    # A weighed product (issue 14, weigh): sold by the kilogram, its weight typed at the till.
    prices = home / "weighed.csv"
    prices.write_text(
        "barcode,name,price,name_kk,unit,vat,code\n"
        "2000123000006,Яблоки апорт,899.99,Апорт алмасы,kg,0,00123\n",
        encoding="utf-8",
    )
    catalog.import_file(ctx, prices)
    return till


def shoot_store_day(
    window: MainWindow, till: TillFixture, save: Callable[[QWidget, str], None]
) -> None:
    """Issue 13's sale-screen states: split payment with the large due/tendered/change
    kept after the sale, held sales, the return dialog (also past 14 days), reprints."""
    sale = window.sale
    sale.new_sale()
    for product in (
        catalog.search(till.ctx(), "Кабель")[:1] + catalog.search(till.ctx(), "Чехол")[:1]
    ):
        sale.add_product(product)
    sale.set_payment(PaymentMethod.CASH)
    sale.tender.card_amount.setText("3000")
    sale.tender.card_ref.setText("123456789012")
    sale.tender.tendered.setText("5000")
    sale.tender.show_change()
    save(window, "sale-split")
    before = sale.last_sale
    sale.finish()
    wait_for(lambda: sale.last_sale is not before)
    save(window, "sale-done")
    recorded = sale.last_sale
    assert recorded is not None

    cashier = till.ctx(till.cashier)
    held.hold_sale(cashier, (LineInput("Кабель USB-C 1 м", 2, 199_000),))
    sale.open_held()
    dialog = sale.held_dialog
    assert dialog is not None
    wait_for(lambda: dialog.items.count() > 0)
    save(dialog, "held")
    dialog.reject()
    pump(50)

    sale.open_reprint()
    reprint = sale.reprint_dialog
    assert reprint is not None
    wait_for(lambda: reprint.items.count() > 0)
    save(reprint, "reprint")
    reprint.reject()
    pump(50)

    sale.open_return()
    ret = sale.return_dialog
    assert ret is not None
    ret.receipt.setText(recorded.reference)
    ret.find_receipt()
    wait_for(lambda: bool(ret.spins))
    ret.spins[0].setValue(1)
    ret.reason.setText("брак")
    save(ret, "return")
    old = record_sale(
        dataclasses.replace(cashier, clock=lambda: cashier.clock() - dt.timedelta(days=20)),
        NewSale(lines=(LineInput("Кабель USB-C 1 м", 1, 199_000),)),
    )
    ret.receipt.setText(old.reference)
    ret.find_receipt()
    wait_for(ret.late_box.isVisible)
    save(ret, "return-late")
    ret.reject()
    pump(50)
    sale.new_sale()


def shoot_weighed(
    window: MainWindow, till: TillFixture, save: Callable[[QWidget, str], None]
) -> None:
    """Issue 14 (weigh): a weighed line's weight typed (0,750 kg), beside a piece line of a
    large total; then the recorded sale's large figures, said once on the message line."""
    sale = window.sale
    sale.new_sale()
    for product in (
        catalog.search(till.ctx(), "Смартфон")[:1] + catalog.search(till.ctx(), "Яблоки")[:1]
    ):
        sale.add_product(product)
    sale.cart_view.lines.selectRow(0)
    sale.type_quantity("999")
    sale.cart_view.lines.selectRow(1)
    sale.entry.focus_quantity()
    sale.type_quantity("0,750")
    sale.set_payment(PaymentMethod.CASH)
    sale.tender.tendered.setText("")
    sale.tender.show_change()
    save(window, "sale-weighed")
    before = sale.last_sale
    sale.finish()
    wait_for(lambda: sale.last_sale is not before)
    save(window, "sale-weighed-done")
    sale.new_sale()


def shoot_manager_screens(
    window: MainWindow, save: Callable[[QWidget, str], None], size: tuple[int, int]
) -> None:
    """Issue 13 (uifix): the consent's "wipe what was typed?" question, a withdrawal refused
    with its paper, and the credit repayment screen."""
    w, h = size
    state = window.state
    consent = ConsentDialog(state, SaleNeeds(PaymentMethod.CASH, delivery=True), None, window)
    consent.resize(min(980, w - 40), min(680, h - 60))
    consent.show()
    consent.form.editors["surname"].setText("Жұмабаева")  # type: ignore[union-attr]
    consent.ask_refused()
    box = consent.confirm_box
    assert box is not None
    pump(80)
    save(box, "consent-confirm")
    box.reject()
    pump(30)
    consent.reject()
    consent.deleteLater()

    window.open_credit_pay()
    pay = window.credit_dialog
    assert pay is not None
    pay.resize(min(900, w - 40), min(560, h - 60))
    wait_for(lambda: pay.table.rowCount() > 0 and state.ops.in_flight == 0)
    pay.amount.setText("50000")
    save(pay, "credit-pay")
    pay.do_pay()
    wait_for(lambda: state.ops.in_flight == 0 and pay.last_slip is not None)
    wait_for(lambda: state.ops.in_flight == 0)
    save(pay, "credit-paid")
    pay.close()
    pump(50)


def shoot_refused_withdrawal(
    window: MainWindow, save: Callable[[QWidget, str], None], rights: QWidget
) -> None:
    """The rights dialog after a withdrawal an obligation blocks: the refusal on screen,
    ready to print for the buyer."""
    from ui.widgets.rights.dialog import RightsDialog

    assert isinstance(rights, RightsDialog)
    rights.withdraw_tab.do_withdraw()
    wait_for(lambda: window.state.ops.in_flight == 0 and rights.status.problem)
    save(rights, "rights-refused")


def shoot_admin_screens(
    window: MainWindow, save: Callable[[QWidget, str], None], environment_printer: str
) -> None:
    """Issue 13 (uifix): the printer tab naming the POS_PRINTER printer, the credit tab."""
    state = window.state
    saved = os.environ.get("POS_PRINTER")
    os.environ["POS_PRINTER"] = environment_printer
    try:
        window.open_settings()
    finally:
        if saved is None:
            os.environ.pop("POS_PRINTER", None)
        else:
            os.environ["POS_PRINTER"] = saved
    dialog = window.settings_dialog
    assert dialog is not None
    wait_for(lambda: state.ops.in_flight == 0)
    dialog.printer_url.setText("tcp://192.168.1.50:9100")
    dialog.tabs.setCurrentIndex(1)
    save(dialog, "settings-printer")
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
    save(dialog, "settings-credit")
    dialog.close()
    pump(50)


def shoot(
    window: MainWindow, till: TillFixture, out: Path, language: str, size: tuple[int, int]
) -> list[str]:
    w, h = size
    tag = f"{language}-{w}x{h}"
    state = window.state
    problems: list[str] = []
    window.resize(w, h)
    state.set_language(language)
    pump(100)

    def save(widget: QWidget, name: str) -> None:
        pump(80)
        widget.grab().save(str(out / f"{name}-{tag}.png"))
        problems.extend(f"{name}-{tag}: {p}" for p in cut_off(widget))

    if state.actor is not None:
        state.sign_out()
    wait_for(lambda: window.login.ready)
    save(window, "login")

    # Sign in as the sales manager, as a cashier would with the keyboard.
    login = window.login
    for row, person in enumerate(login._staff):
        if person.role is Role.SALES_MANAGER:
            login.staff_list.setCurrentRow(row)
    login.pin.setText(MANAGER_PIN)
    login.sign_in_button.click()
    wait_for(lambda: state.actor is not None)
    sale = window.sale
    for product in (
        catalog.search(till.ctx(), "Смартфон")[:2] + catalog.search(till.ctx(), "Кабель")[:1]
    ):
        sale.add_product(product)
    sale.buyer.buyer_panel.search.field.setText("Ахмет")
    wait_for(lambda: sale.buyer.buyer_panel.search.results.count() > 0)
    found = buyers.find_buyers(till.ctx(), "Ахмет")[0]
    sale.buyer.buyer_panel.search.open_id(found.id)
    wait_for(lambda: sale.cart.buyer is not None)
    sale.set_payment(PaymentMethod.INSTALLMENT)
    pump(100)
    save(window, "sale")

    sale.cart_view.lines.selectRow(0)
    sale.open_discount()
    discount = sale.discount_dialog
    assert discount is not None
    wait_for(lambda: discount.limit is not None)
    discount.value.setText("15%")
    discount.reason.setCurrentIndex(0)
    save(discount, "discount")
    discount.reject()
    discount.deleteLater()

    consent = ConsentDialog(
        state, SaleNeeds(PaymentMethod.INSTALLMENT, delivery=True), None, window
    )
    consent.resize(min(980, w - 40), min(680, h - 60))
    consent.show()
    for name, value in (
        ("surname", "Жұмабаева"),
        ("given_name", "Әйгерім"),
        ("iin", "12345"),
        ("phone", "+7 701 555 12 34"),
        ("delivery_address", "Алматы, Абай даңғылы, 150, 12 пәтер"),
    ):
        editor = consent.form.editors[name]
        editor.setText(value)  # type: ignore[union-attr]
    consent.form.check()
    save(consent, "consent")
    consent.reject()
    consent.deleteLater()

    preview = ConsentDialog(state, SaleNeeds(PaymentMethod.CASH, delivery=True), None, window)
    preview.resize(min(980, w - 40), min(680, h - 60))
    preview.show()
    for name, value in (
        ("surname", "Жұмабаева"),
        ("given_name", "Әйгерім"),
        ("phone", "+7 701 555 12 34"),
        ("delivery_address", "Алматы, Абай даңғылы, 150, 12 пәтер"),
    ):
        preview.form.editors[name].setText(value)  # type: ignore[union-attr]
    preview.do_preview()
    wait_for(lambda: bool(preview.preview.toPlainText()))
    save(preview, "consent-preview")
    preview.reject()
    preview.deleteLater()

    window.open_rights()
    rights = window.rights_dialog
    assert rights is not None
    rights.resize(min(1000, w - 20), min(680, h - 40))
    rights.search.field.setText("Ахмет")
    wait_for(lambda: rights.search.results.count() > 0)
    rights.search.open_id(found.id)
    wait_for(lambda: rights.buyer is not None)
    rights.tabs.setCurrentIndex(2)
    rights.withdraw_tab._all_toggled(True)
    rights.withdraw_tab.all_purposes.setChecked(True)
    wait_for(lambda: bool(rights.withdraw_tab.blockers.text()))
    save(rights, "rights")
    shoot_refused_withdrawal(window, save, rights)
    rights.close()
    pump(50)
    shoot_manager_screens(window, save, size)
    shoot_store_day(window, till, save)
    shoot_weighed(window, till, save)

    shoot_shift(window, till, save, w, h)
    shoot_fiscal(window, save, w, h)

    state.sign_out()
    for row, person in enumerate(login._staff):
        if person.role is Role.STORE_ADMIN:
            login.staff_list.setCurrentRow(row)
    login.pin.setText(ADMIN_PIN)
    login.sign_in_button.click()
    wait_for(lambda: state.actor is not None)
    window.open_settings()
    settings_dialog = window.settings_dialog
    assert settings_dialog is not None
    wait_for(lambda: state.ops.in_flight == 0)
    save(settings_dialog, "settings")
    settings_dialog.tabs.setCurrentIndex(3)
    save(settings_dialog, "settings-key")
    settings_dialog.close()
    pump(50)
    shoot_admin_screens(window, save, "tcp://192.168.1.60:9100")

    window.open_staff()
    staff = window.staff_dialog
    assert staff is not None
    staff.resize(min(960, w - 40), min(600, h - 60))
    wait_for(lambda: bool(staff.rows) and state.ops.in_flight == 0)
    staff.table.selectRow(len(staff.rows) - 1)  # the one locked out: unlock is offered
    save(staff, "staff")
    staff.table.selectRow(0)  # oneself: only the PIN can be changed here
    save(staff, "staff-self")
    staff.close()
    pump(50)
    return problems


def shoot_shift(
    window: MainWindow,
    till: TillFixture,
    save: Callable[[QWidget, str], None],
    w: int,
    h: int,
) -> None:
    """The shift's dialogs: opening, cash out with a reason, the blind count, X and Z."""
    state = window.state
    for mode, name in (
        (AmountMode.OPEN, "shift-open"),
        (AmountMode.CASH_OUT, "cash-out"),
        (AmountMode.CLOSE, "shift-close-blind"),
    ):
        dialog = AmountDialog(state, mode, window)
        dialog.show()
        if mode is AmountMode.OPEN:
            dialog.message.error(line_message(Code.SHIFT_NONE_OPEN))  # as offered by a sale
        if mode is AmountMode.CASH_OUT:
            dialog.amount.setText("50000")
            dialog.reason.setCurrentIndex(0)
        save(dialog, name)
        if mode is AmountMode.CASH_OUT:
            # Issue 15 (fiscal2): the cash register refused it (8): what its box holds.
            refused = Refused(Code.CASH_OUT_REFUSED_BY_KKM, field="amount", in_box=Money(12_500_00))
            dialog.amount_row.show_error(field_message(refused))
            save(dialog, "cash-out-refused-by-kkm")
        dialog.close()
        dialog.deleteLater()
    x = shifts.x_report(state.ctx())
    z = dataclasses.replace(
        x,
        closed_at=x.at,
        closed_by=x.opened_by,
        counted_tiyn=x.totals.expected_cash_tiyn - 50_000,
        difference_tiyn=-50_000,
    )
    for view, is_z, name in ((x, False, "x-report"), (z, True, "z-report")):
        report = ShiftReportDialog(state, view, z=is_z, parent=window)
        report.resize(min(560, w - 40), min(700, h - 60))
        report.show()
        save(report, name)
        report.close()
        report.deleteLater()
    pump(50)


def shoot_fiscal(window: MainWindow, save: Callable[[QWidget, str], None], w: int, h: int) -> None:
    """Issue 15: the fiscal documents waiting (the demo till is in training mode, so the
    rows are made up: one unreachable, one held for a fix with the register's reason)."""
    from pos.domain.fiscal import FiscalKind, FiscalState, Provider
    from pos.services.fiscal import FiscalView
    from pos.services.fiscal_waiting import WaitingDocument

    now = dt.datetime.now(dt.UTC)

    def doc(
        kind: FiscalKind,
        state: FiscalState,
        age: dt.timedelta,
        attempts: int,
        code: int | None,
        error: str | None,
    ) -> FiscalView:
        return FiscalView(
            id=uuid.uuid4(),
            kind=kind,
            subject_id=uuid.uuid4(),
            state=state,
            provider=Provider.WEBKASSA,
            attempts=attempts,
            last_code=code,
            last_error=error,
            created_at=now - age,
            result=None,
        )

    rows = [
        WaitingDocument(
            doc(
                FiscalKind.SALE,
                FiscalState.FAILED,
                dt.timedelta(hours=2, minutes=5),
                3,
                9,
                "Сумма оплат меньше суммы чека",
            ),
            1042,
            1_990_00,
        ),
        WaitingDocument(
            doc(
                FiscalKind.SALE,
                FiscalState.PENDING,
                dt.timedelta(minutes=47),
                2,
                0,
                "connection refused",
            ),
            1043,
            5_000_00,
        ),
        WaitingDocument(
            doc(FiscalKind.CASH_OUT, FiscalState.PENDING, dt.timedelta(minutes=12), 0, None, None),
            None,
            50_000_00,
        ),
    ]
    window.open_fiscal()
    dialog = window.fiscal_dialog
    assert dialog is not None
    dialog.resize(min(900, w - 40), min(480, h - 60))
    wait_for(lambda: dialog.loaded and window.state.ops.in_flight == 0)
    dialog.show_rows(rows)
    dialog.table.selectRow(0)
    save(dialog, "fiscal-waiting")
    dialog.close()
    pump(50)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="screenshots", type=Path)
    args = parser.parse_args(argv)
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen" and not os.environ.get("DISPLAY"):
        print("run under xvfb-run -a (or set QT_QPA_PLATFORM=offscreen)", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["screenshots"])
    with tempfile.TemporaryDirectory() as tmp:
        till = make_shop(Path(tmp) / "home")
        window = build_window(TillHandle(till.paths, till.db, till.identity), language="ru")
        window.show()
        window.start()
        problems: list[str] = []
        try:
            for language in LANGUAGES:
                for size in SIZES:
                    problems += shoot(window, till, args.out, language, size)
        finally:
            window.shutdown()
            window.close()
            till.db.close()
    QCoreApplication.processEvents()
    print(f"saved {len(list(args.out.glob('*.png')))} screenshots under {args.out}/")
    for line in problems:
        print("cut off:", line)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
