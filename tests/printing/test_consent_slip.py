"""The consent slip as the buyer reads it off a network printer, in ru, kk and en."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest

from pos.domain.enums import ConsentMethod
from pos.domain.views import ConsentSlipView
from pos.services.consents import ConsentDraft, preview_consent, record_consent
from pos.services.context import ServiceContext
from printing.i18n import date_text, label, t
from printing.service import PrintService
from tests.support.escpos_decoder import POS5890_PAGES, GlyphReader, Printout, Raster, TextLine
from tests.support.printer import FakePrinter, printout, set_printer
from tests.support.tills import CREDIT, DELIVERY, TillFixture, credit_buyer, delivery_buyer

KAZAKH = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")
# І and і are also Ukrainian letters, so Windows-1251 has them; the others it lacks.
NOT_IN_1251 = KAZAKH - set("Іі")
AT = dt.datetime(2025, 3, 15, 9, 5, tzinfo=dt.UTC)


def squeeze(text: str) -> str:
    return "".join(text.split())


def slip_fields(slip: ConsentSlipView, lang: str) -> list[str]:
    """Every field the slip must carry (CONSENT.md K3, BRIEF 4.3), as the buyer reads it."""
    op = slip.operator
    local = AT.astimezone(ZoneInfo(slip.timezone)).strftime("%d.%m.%Y %H:%M")
    fields = [
        t("slip.title", lang),
        op.name,
        f"{t('bin', lang)}: {op.bin}",
        op.email,
        op.address,
        t("slip.policy", lang, label=slip.policy_label, date=date_text(slip.policy_effective)),
        slip.policy_sha256[:16],
        label("sale_type", slip.sale_type, lang),
        t("slip.cross_border", lang, yesno=t("no", lang)),
        t("slip.published", lang, yesno=t("no", lang)),
        t("slip.withdraw", lang, email=op.email),
        slip.buyer_name,
        slip.store_name,
        slip.store_code,
        f"{t('register', lang)}: {slip.register_code}",
        slip.staff_name,
        local,
        str(slip.consent_id),
        t("slip.signature", lang),
    ]
    for block in slip.purposes:
        mark = "[X]" if block.ticked else "[ ]"
        fields.append(f"{mark} {label('purpose', block.purpose, lang)}")
        if block.ticked:
            for category in block.data_categories:
                fields.append(label("category", category, lang))
            for recipient in block.recipients:
                fields.append(label("recipient", recipient, lang))
    for category in slip.data_categories:
        fields.append(label("category", category, lang))
    if slip.masked_iin:
        fields.append(f"{t('iin', lang)}: {slip.masked_iin}")
    return fields


def _slip(
    till: TillFixture,
    lang: str,
    *,
    credit: bool = False,
    method: ConsentMethod = ConsentMethod.PAPER_SLIP_SIGNED,
    form_number: str | None = None,
) -> ConsentSlipView:
    ctx = ServiceContext(till.db, till.manager, clock=lambda: AT)
    return preview_consent(
        ctx,
        ConsentDraft(
            needs=CREDIT if credit else DELIVERY,
            buyer=credit_buyer() if credit else delivery_buyer(),
            language=lang,
            drafted_at=AT,
            method=method,
            form_number=form_number,
        ),
    )


def _check_common(
    paper: Printout,
    slip: ConsentSlipView,
    lang: str,
    columns: int,
    reader: GlyphReader,
    *,
    native_qr: bool = True,
) -> None:
    # Bitmap lines read back with look-alike letters folded (Latin "a" and Cyrillic "а").
    squeezed = reader.fold(paper.squeezed())
    missing = [f for f in slip_fields(slip, lang) if reader.fold(squeeze(f)) not in squeezed]
    assert not missing, f"fields missing from the {lang} slip: {missing}"
    assert paper.lines[-1] == "[CUT]"
    assert (f"[QR {slip.consent_id}]" in paper.lines) is native_qr
    for line, kind in zip(paper.lines, paper.kinds, strict=True):
        if kind in ("text", "image-text"):
            assert len(line) <= columns, f"line wider than {columns}: {line!r}"
            assert "?" not in line and "\ufffd" not in line


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_every_field_in_kz1048_text(
    till: TillFixture, service: PrintService, printer: FakePrinter, reader: GlyphReader, lang: str
) -> None:
    slip = _slip(till, lang, credit=True)
    outcome = service.print_consent_slip(slip)
    assert outcome.ok, outcome.message
    assert outcome.job_id is None  # nothing is stored before the buyer signs

    paper = printout(printer.wait_jobs(1)[0], reader)
    _check_common(paper, slip, lang, 48, reader)
    # The full IIN is never printed, only its masked form.
    iin = credit_buyer().iin
    assert iin and iin not in paper.text
    # The default profile has KZ-1048: every line is text, Kazakh ones in page 53.
    assert set(paper.kinds) <= {"text", "qr", "cut"}
    text_lines = [e for e in paper.events if isinstance(e, TextLine)]
    kazakh_lines = [e for e in text_lines if KAZAKH & set(e.text)]
    if lang == "kk":
        assert len(kazakh_lines) > 10
        assert all(e.pages == {53} for e in kazakh_lines)
        assert "ДЕРБЕС ДЕРЕКТЕРДІ ЖИНАУҒА ЖӘНЕ ӨҢДЕУГЕ КЕЛІСІМ" in paper.text
        assert "Сатып алушының қолы:" in paper.text
    title = next(e for e in text_lines if e.text.strip())
    assert title.bold and title.tall


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_every_field_as_bitmap_where_the_printer_has_no_kz1048(
    till: TillFixture, printer: FakePrinter, reader: GlyphReader, lang: str
) -> None:
    set_printer(till, printer.url, profile="POS-5890", paper_width=58)
    service = PrintService.for_till(till.ctx(till.manager), till.paths)
    slip = _slip(till, lang, credit=True)
    assert service.print_consent_slip(slip).ok

    paper = printout(printer.wait_jobs(1)[0], reader, POS5890_PAGES)
    _check_common(paper, slip, lang, 32, reader, native_qr=False)
    for event, line, kind in zip(paper.sources, paper.lines, paper.kinds, strict=True):
        if isinstance(event, Raster) and kind == "image-text":
            assert event.width == 384  # 58 mm paper: 32 cells of 12 dots
            assert event.height in (30, 60)
        if NOT_IN_1251 & set(line):
            # No Kazakh page on this printer: those lines are drawn, and read back intact.
            assert kind == "image-text", line
        if isinstance(event, TextLine) and event.text.strip() and not event.text.isascii():
            assert event.pages == {73}  # Cyrillic as text in Windows-1251
    if lang == "kk":
        drawn = [
            line
            for line, kind in zip(paper.lines, paper.kinds, strict=True)
            if kind == "image-text"
        ]
        assert any(reader.fold("ДЕРБЕС ДЕРЕКТЕРДІ") in x for x in drawn)
        assert len(drawn) > 10
    # No native QR on this printer: the consent number is drawn as a QR image instead.
    images = [e for e in paper.events if isinstance(e, Raster) and reader.read(e) is None]
    assert len(images) == 1 and images[0].width == 384


def test_qr_image_is_the_consent_number(
    till: TillFixture, printer: FakePrinter, reader: GlyphReader
) -> None:
    import qrcode

    from printing import raster

    set_printer(till, printer.url, profile="POS-5890", paper_width=58)
    service = PrintService.for_till(till.ctx(till.manager), till.paths)
    slip = _slip(till, "ru")
    assert service.print_consent_slip(slip).ok
    paper = printout(printer.wait_jobs(1)[0], reader, POS5890_PAGES)
    image = next(e for e in paper.events if isinstance(e, Raster) and reader.read(e) is None)
    code = qrcode.QRCode(
        box_size=1, border=raster.QR_BORDER, error_correction=qrcode.constants.ERROR_CORRECT_M
    )
    code.add_data(str(slip.consent_id))
    code.make(fit=True)
    matrix = code.get_matrix()
    pixels = image.image()
    side = len(matrix) * raster.QR_BOX
    left = (image.width - side) // 2
    assert image.height == side
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            dot = pixels.getpixel((left + x * raster.QR_BOX + 2, y * raster.QR_BOX + 2))
            assert bool(dot) == dark


def test_preprinted_form_number_is_on_the_slip(
    till: TillFixture, service: PrintService, printer: FakePrinter, reader: GlyphReader
) -> None:
    slip = _slip(till, "ru", method=ConsentMethod.PREPRINTED_FORM, form_number="A-000123")
    assert service.print_consent_slip(slip).ok
    paper = printout(printer.wait_jobs(1)[0], reader)
    assert "Бланк №: A-000123" in paper.text


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_reprint_after_signing_prints_the_same_slip(
    till: TillFixture, service: PrintService, printer: FakePrinter, reader: GlyphReader, lang: str
) -> None:
    ctx = ServiceContext(till.db, till.manager, clock=lambda: AT)
    draft = ConsentDraft(needs=DELIVERY, buyer=delivery_buyer(), language=lang, drafted_at=AT)
    slip = preview_consent(ctx, draft)
    assert service.print_consent_slip(slip).ok
    recorded = record_consent(till.ctx(till.manager), draft, slip_printed=True)

    outcome = service.reprint_consent_slip(recorded.consent_id)
    assert outcome.ok, outcome.message
    assert outcome.job_id is not None
    first, second = (printout(job, reader) for job in printer.wait_jobs(2)[:2])
    # The reprint is the signed slip, marked as a copy at its top and bottom.
    copy = t("slip.copy", lang)
    assert [line for line in second.lines if line.strip() != copy] == first.lines
    assert [line.strip() for line in second.lines].count(copy) == 2
    # Asked for another language, the stored consent is printed in it.
    assert service.reprint_consent_slip(recorded.consent_id, "en" if lang != "en" else "kk").ok
    third = printout(printer.wait_jobs(3)[2], reader)
    assert third.lines != first.lines
    assert re.search(str(recorded.consent_id), third.text)
