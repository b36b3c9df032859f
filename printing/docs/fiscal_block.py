"""The fiscal part of a receipt (FISCAL.md), always in Kazakh and Russian together.

A receipt with a fiscal result carries the seller, the KKM's factory and registration
numbers, the receipt's number in the shift, the fiscal time and sign, the OFD and its
check site, "ФИСКАЛДЫҚ ЧЕК / ФИСКАЛЬНЫЙ ЧЕК", the autonomous-mode mark when offline and
the QR code of the ticket URL. Without a result nothing here looks fiscal: a pending
sale says it is not yet a fiscal receipt, a training one that it is not a fiscal receipt.
Lines the printer's code page lacks letters for (Kazakh) go out as raster by the encoder.
"""

from __future__ import annotations

from pos.domain.fiscal import FiscalState
from pos.domain.money import format_tiyn
from pos.services.fiscal import FiscalReceipt
from printing.i18n import datetime_text
from printing.layout import Page

FISCAL_TITLE = "ФИСКАЛДЫҚ ЧЕК / ФИСКАЛЬНЫЙ ЧЕК"
NOT_YET = ("ӘЛІ ФИСКАЛДЫҚ ЧЕК ЕМЕС", "ЕЩЁ НЕ ФИСКАЛЬНЫЙ ЧЕК")
NOT_YET_NOTE = (
    "Фискалдық чек кейін беріледі",
    "Фискальный чек будет выдан позже",
)
NOT_FISCAL = ("ФИСКАЛДЫҚ ЧЕК ЕМЕС", "НЕ ЯВЛЯЕТСЯ ФИСКАЛЬНЫМ ЧЕКОМ")
TRAINING = ("Оқу режимі: ККМ жоқ", "Учебный режим: без ККМ")
OFFLINE = ("АВТОНОМДЫ РЕЖИМ", "АВТОНОМНЫЙ РЕЖИМ")
COPY = ("КӨШІРМЕ", "КОПИЯ")


def _both(page: Page, pair: tuple[str, str], *, bold: bool = True) -> None:
    page.center(pair[0], bold=bold)
    page.center(pair[1], bold=bold)


def header(page: Page, part: FiscalReceipt | None, *, marked_copy: bool = False) -> None:
    """Above the lines: the copy mark (a receipt printed before: a reprint, or the same
    receipt again), unless the receipt marks it already, and what kind of paper this is."""
    if part is not None and part.copy and not marked_copy:
        _both(page, COPY)
    doc = part.document if part is not None else None
    if doc is not None and doc.state is FiscalState.DONE and doc.result is not None:
        page.center(FISCAL_TITLE, bold=True)
        if doc.result.offline:
            _both(page, OFFLINE)
    elif doc is not None and doc.state in (FiscalState.PENDING, FiscalState.FAILED):
        _both(page, NOT_YET)
    else:
        _both(page, NOT_FISCAL)


def footer(
    page: Page,
    part: FiscalReceipt | None,
    timezone: str,
    vat_by_rate: list[tuple[int, int, int]],
) -> None:
    """Below the total: VAT, the fiscal details and the QR code, or the not-fiscal notes."""
    doc = part.document if part is not None else None
    if part is None or doc is None or doc.state is FiscalState.TRAINING:
        _both(page, TRAINING, bold=False)
        _both(page, NOT_FISCAL)
        return
    if doc.state is not FiscalState.DONE or doc.result is None:
        _both(page, NOT_YET_NOTE, bold=False)
        _both(page, NOT_YET)
        return
    r = doc.result
    page.rule()
    for rate, total, vat in vat_by_rate:  # (rate %, total, VAT inside) per rate
        if rate:
            page.pair(f"ҚҚС / НДС {rate}%", format_tiyn(vat))
        else:
            page.pair("ҚҚС-сыз / Без НДС", format_tiyn(total))
    if part.seller_name:
        page.text(part.seller_name)
    if part.seller_bin:
        page.pair("БСН/ЖСН / БИН/ИИН", part.seller_bin)
    page.pair("ККМ ЗНК / ЗНМ ККМ", r.factory_number)
    page.pair("ККМ ТН / РНМ ККМ", r.registration_number)
    if r.order_number is not None:
        page.pair("Ауысымдағы чек № / Чек № в смене", str(r.order_number))
    page.pair("Ауысым / Смена", str(r.shift_number))
    page.pair("Уақыты / Время", datetime_text(r.at, timezone))
    page.pair("ФБ / ФП", r.fiscal_sign, bold=True)
    page.pair("БАРЛЫҒЫ / ИТОГО", format_tiyn(r.total_tiyn), bold=True)
    if r.ofd_name:
        page.text(f"ФДО / ОФД: {r.ofd_name}")
    if r.ofd_host:
        page.text(f"Чекті тексеру / Проверка чека: {r.ofd_host}")
    if r.offline:
        _both(page, OFFLINE)
    page.center(FISCAL_TITLE, bold=True)
    if r.ticket_url:
        page.qr(r.ticket_url)
