"""`pos print-sample`: any document with demo data, for setting up a store's printer.

The demo buyer, sale and requests are made up here and never stored; the seller's
details come from the till's settings when they are set, so the owner sees their own.
Every sample is marked as a sample at its top and bottom.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from pos.domain.buyer import BuyerData
from pos.domain.enums import (
    ConsentMethod,
    ConsentState,
    CreditStatus,
    DataCategory,
    PaymentMethod,
    Purpose,
    RecipientCategory,
    RequestKind,
    RequestOutcome,
    SaleType,
)
from pos.domain.errors import PosError
from pos.domain.vat import vat_included
from pos.domain.views import (
    AccessReport,
    BuyerView,
    ConsentEventView,
    ConsentRecordView,
    ConsentSlipView,
    CreditView,
    DisclosureView,
    ObligationInfo,
    OperatorInfo,
    PurposeStatus,
    RequestConfirmationView,
    ResponsiblePerson,
    SaleLineView,
    SaleView,
    ScheduleItem,
    SlipPurpose,
    SubjectRequestView,
)
from pos.services import settings
from pos.services.context import ServiceContext
from pos.services.delivery_slips import DeliverySlipView
from printing.docs import (
    access_report,
    confirmation,
    consent_slip,
    delivery_slip,
    installment,
    receipt,
    test_page,
)
from printing.layout import Document
from printing.service import PrintService

SAMPLE_DOCUMENTS = (
    "consent-slip",
    "receipt",
    "installment",
    "access-report",
    "withdrawal",
    "refusal",
    "test-page",
    "delivery-slip",
)

DEMO_OPERATOR = OperatorInfo(
    name="ТОО «Үлгі Ритейл»",
    bin="000000000000",
    email="privacy@example.kz",
    address="050000, Алматы қ., Абай даңғылы, 1",
)
DEMO_RESPONSIBLE = ResponsiblePerson(
    name="Нұрлан Әбенов",
    position="деректерді қорғау жөніндегі маман",
    email="dpo@example.kz",
    phone="+7 727 000 00 00",
)
DEMO_TZ = "Asia/Almaty"
DEMO_BUYER = BuyerData(
    surname="Сәрсенбаева",
    given_name="Әлия",
    patronymic="Қайратқызы",
    iin="920315400012",
    birth_date=dt.date(1992, 3, 15),
    phone="+77010000000",
    registration_address="Алматы қ., Әуезов ауданы, Жандосов к-сі, 1",
    id_doc_type="id_card",
    id_doc_number="000000001",
    id_doc_issue_date=dt.date(2020, 1, 10),
    id_doc_issuer="ҚР ІІМ",
)
DEMO_NAME = "Сәрсенбаева Әлия Қайратқызы"
DEMO_MASKED_IIN = "9203******12"
STORE = ("Үлгі дүкен", "DEMO-01", "1", "Айгүл Сейітова")


def _operator(ctx: ServiceContext) -> OperatorInfo:
    value = settings.read(ctx, settings.OPERATOR)
    if value.get("name") and value.get("bin") and value.get("email") and value.get("address"):
        return OperatorInfo(value["name"], value["bin"], value["email"], value["address"])
    return DEMO_OPERATOR


def _schedule(start: dt.date, months: int, amount: int) -> tuple[ScheduleItem, ...]:
    items = []
    for n in range(1, months + 1):
        year, month = divmod(start.month - 1 + n, 12)
        items.append(
            ScheduleItem(n, dt.date(start.year + year, month + 1, min(start.day, 28)), amount)
        )
    return tuple(items)


def demo_slip(operator: OperatorInfo, at: dt.datetime) -> ConsentSlipView:
    """A credit-sale consent with marketing ticked and delivery not."""
    name, code, register, staff = STORE
    blocks = (
        SlipPurpose(
            Purpose.SALE,
            True,
            True,
            (DataCategory.FULL_NAME, DataCategory.PHONE, DataCategory.PURCHASE_HISTORY),
            (RecipientCategory.COUNTERPARTY,),
        ),
        SlipPurpose(
            Purpose.DELIVERY,
            False,
            False,
            (),
            (RecipientCategory.COURIER, RecipientCategory.POSTAL),
        ),
        SlipPurpose(
            Purpose.CREDIT,
            True,
            True,
            (
                DataCategory.FULL_NAME,
                DataCategory.IIN,
                DataCategory.BIRTH_DATE,
                DataCategory.PHONE,
                DataCategory.REGISTRATION_ADDRESS,
                DataCategory.ID_DOCUMENT,
            ),
            (RecipientCategory.PARTNER_BANK,),
        ),
        SlipPurpose(Purpose.INSURANCE, False, False, (), (RecipientCategory.INSURER,)),
        SlipPurpose(
            Purpose.MARKETING,
            True,
            False,
            (DataCategory.PHONE, DataCategory.PURCHASE_HISTORY),
            (),
            valid_until=at.date() + dt.timedelta(days=1095),
        ),
    )
    return ConsentSlipView(
        consent_id=uuid.UUID("00000000-0000-4000-8000-000000000001"),
        operator=operator,
        policy_label="2025-01-22",
        policy_effective=dt.date(2025, 1, 22),
        policy_sha256="0" * 64,
        slip_template="slip-1",
        sale_type=SaleType.CREDIT,
        purposes=blocks,
        data_categories=(
            DataCategory.FULL_NAME,
            DataCategory.IIN,
            DataCategory.BIRTH_DATE,
            DataCategory.PHONE,
            DataCategory.REGISTRATION_ADDRESS,
            DataCategory.ID_DOCUMENT,
            DataCategory.PURCHASE_HISTORY,
        ),
        recipients=(RecipientCategory.PARTNER_BANK, RecipientCategory.COUNTERPARTY),
        cross_border=False,
        published=False,
        buyer_name=DEMO_NAME,
        masked_iin=DEMO_MASKED_IIN,
        store_name=name,
        store_code=code,
        register_code=register,
        staff_name=staff,
        at=at,
        timezone=DEMO_TZ,
        language="kk",
        method=ConsentMethod.PAPER_SLIP_SIGNED,
        responsible=DEMO_RESPONSIBLE,
    )


def demo_sale(at: dt.datetime) -> SaleView:
    """An installment sale of three lines."""
    name, code, register, staff = STORE
    lines = (
        SaleLineView(
            1,
            "Смартфон Samsung Galaxy A15 128 ГБ",
            "8806095000001",
            "phones",
            1000,
            8_999_000,
            8_999_000,
            vat_percent=16,
            vat_tiyn=vat_included(8_999_000, 16),
        ),
        SaleLineView(
            2,
            "Защитное стекло",
            "4600000000002",
            "accessories",
            2000,
            350_000,
            700_000,
            name_kk="Қорғаныш шынысы",
            vat_percent=16,
            vat_tiyn=vat_included(700_000, 16),
        ),
        SaleLineView(
            3,
            "Чехол-книжка",
            "4600000000003",
            "accessories",
            1000,
            499_000,
            499_000,
            name_kk="Чехол-кітапша",
            vat_percent=16,
            vat_tiyn=vat_included(499_000, 16),
        ),
    )
    total = sum(line.total_tiyn for line in lines)
    sale_id = uuid.UUID("00000000-0000-4000-8000-000000000002")
    credit = CreditView(
        id=uuid.UUID("00000000-0000-4000-8000-000000000003"),
        sale_id=sale_id,
        kind=SaleType.INSTALLMENT,
        partner_bank="Halyk Bank",
        product="0-0-12",
        term_months=12,
        principal_tiyn=total,
        down_payment_tiyn=0,
        monthly_payment_tiyn=total // 12,
        outstanding_tiyn=total,
        status=CreditStatus.ACTIVE,
        bank_form_reference="HB-000000",
        opened_at=at,
        schedule=_schedule(at.date(), 12, total // 12),
    )
    return SaleView(
        id=sale_id,
        receipt_no=1,
        store_name=name,
        store_code=code,
        register_code=register,
        staff_name=staff,
        created_at=at,
        timezone=DEMO_TZ,
        sale_type=SaleType.INSTALLMENT,
        payment_method=PaymentMethod.INSTALLMENT,
        delivery=False,
        lines=lines,
        total_tiyn=total,
        tendered_tiyn=None,
        change_tiyn=None,
        buyer_id=uuid.UUID("00000000-0000-4000-8000-000000000004"),
        buyer_masked_name="Ә*** С.",
        consent_id=uuid.UUID("00000000-0000-4000-8000-000000000001"),
        credit=credit,
    )


def demo_report(operator: OperatorInfo, at: dt.datetime) -> AccessReport:
    """The access report of the demo buyer after the demo sale."""
    sale = demo_sale(at)
    slip = demo_slip(operator, at)
    credit = sale.credit
    if credit is None:  # pragma: no cover - demo_sale always has one
        raise ValueError("the demo sale has no installment")
    purposes = tuple(
        PurposeStatus(p, ConsentState.GIVEN, "2025-01-22", at, None, slip.consent_id)
        for p in (Purpose.SALE, Purpose.CREDIT)
    )
    buyer = BuyerView(
        id=sale.buyer_id or uuid.uuid4(),
        data=DEMO_BUYER,
        sex="female",
        status="active",
        created_at=at,
        updated_at=at,
        purposes=purposes,
        current_policy_label="2025-01-22",
        reconsent_needed=False,
        obligations=(
            ObligationInfo(credit.id, SaleType.INSTALLMENT, "Halyk Bank", sale.total_tiyn, None),
        ),
    )
    record = ConsentRecordView(
        id=slip.consent_id,
        policy_label=slip.policy_label,
        policy_sha256=slip.policy_sha256,
        sale_type=slip.sale_type,
        language="kk",
        method=ConsentMethod.PAPER_SLIP_SIGNED,
        form_number=None,
        given_at=at,
        valid_until=None,
        purposes=(Purpose.SALE, Purpose.CREDIT),
        data_categories=slip.data_categories,
        recipients=slip.recipients,
        store_code=slip.store_code,
        events=tuple(
            ConsentEventView(at, p, ConsentState.GIVEN, "buyer", None, None)
            for p in (Purpose.SALE, Purpose.CREDIT)
        ),
    )
    disclosure = DisclosureView(
        id=uuid.uuid4(),
        at=at,
        recipient_category=RecipientCategory.PARTNER_BANK,
        recipient_name="Halyk Bank",
        purpose=Purpose.CREDIT,
        legal_basis=None,
        data_categories=slip.data_categories[:-1],
        sale_id=sale.id,
    )
    request = SubjectRequestView(
        uuid.uuid4(), RequestKind.ACCESS, at, at, RequestOutcome.FULFILLED, None, None
    )
    return AccessReport(
        generated_at=at,
        operator=operator,
        store_name=STORE[0],
        timezone=DEMO_TZ,
        buyer=buyer,
        consents=(record,),
        purchases=(sale,),
        credits=(credit,),
        disclosures=(disclosure,),
        requests=(request,),
    )


def demo_confirmation(
    operator: OperatorInfo, at: dt.datetime, kind: RequestKind
) -> RequestConfirmationView:
    """A withdrawal (or refusal) that keeps the credit purpose until the installment is paid."""
    name, code, register, staff = STORE
    refusal = kind is RequestKind.WRITTEN_REFUSAL
    return RequestConfirmationView(
        request_id=uuid.UUID("00000000-0000-4000-8000-000000000005"),
        kind=kind,
        outcome=RequestOutcome.PARTLY_FULFILLED,
        buyer_name=DEMO_NAME,
        masked_iin=DEMO_MASKED_IIN,
        purposes=(Purpose.SALE, Purpose.MARKETING) if not refusal else (Purpose.MARKETING,),
        kept_purposes=(Purpose.CREDIT,),
        detail="credit outstanding",
        reference="№ 15/2025" if refusal else None,
        blocked_until=at.date() + dt.timedelta(days=365),
        at=at,
        timezone=DEMO_TZ,
        store_name=name,
        store_code=code,
        register_code=register,
        staff_name=staff,
        operator=operator,
    )


def demo_delivery_slip(at: dt.datetime) -> DeliverySlipView:
    """The courier's slip of a demo delivery sale: a made-up recipient, nothing real."""
    name, code, register, _staff = STORE
    sale = demo_sale(at)
    return DeliverySlipView(
        sale_id=sale.id,
        receipt="1",
        sold_at=at,
        timezone=DEMO_TZ,
        store_name=name,
        store_code=code,
        register_code=register,
        full_name="Үлгі Айгүл Серікқызы",
        phone="+7 700 000 00 00",
        delivery_address="050000, Алматы қ., Үлгі көшесі, 1, 1 пәтер",
        categories=(DataCategory.FULL_NAME, DataCategory.PHONE, DataCategory.DELIVERY_ADDRESS),
        lines=sale.lines,
    )


def sample_renderer(ctx: ServiceContext, document: str) -> Callable[[str, int], Document]:
    """How to lay out the sample `document` (one of SAMPLE_DOCUMENTS)."""
    at = ctx.clock()
    if document == "consent-slip":
        slip = demo_slip(_operator(ctx), at)
        return lambda lang, cols: consent_slip.build(slip, lang, cols, sample=True)
    if document == "receipt":
        sale = demo_sale(at)
        return lambda lang, cols: receipt.build(sale, lang, cols, sample=True)
    if document == "installment":
        sale = demo_sale(at)
        return lambda lang, cols: installment.build(sale, lang, cols, sample=True)
    if document == "access-report":
        report = demo_report(_operator(ctx), at)
        return lambda lang, cols: access_report.build(report, lang, cols, sample=True)
    if document in ("withdrawal", "refusal"):
        kind = RequestKind.WITHDRAWAL if document == "withdrawal" else RequestKind.WRITTEN_REFUSAL
        view = demo_confirmation(_operator(ctx), at, kind)
        return lambda lang, cols: confirmation.build(view, lang, cols, sample=True)
    if document == "delivery-slip":
        courier = demo_delivery_slip(at)
        return lambda lang, cols: delivery_slip.build(courier, lang, cols, sample=True)
    if document == "test-page":
        from printing.config import load

        config = load(ctx)
        model = config.model()
        return lambda lang, cols: test_page.build(config.url, model, lang)
    raise ValueError(f"no sample of {document!r}; choose from: {', '.join(SAMPLE_DOCUMENTS)}")


def print_sample(
    ctx: ServiceContext, document: str, language: str, *, report: Callable[[str], None]
) -> int:
    """Print the sample; report one line; 0 when printed, 1 when not."""
    try:
        render = sample_renderer(ctx, document)
    except (PosError, ValueError) as exc:
        report(f"sample not printed: {exc}")
        return 1
    outcome = PrintService(ctx).print_transient(f"sample {document}", render, language)
    report(outcome.message)
    return 0 if outcome.ok else 1
