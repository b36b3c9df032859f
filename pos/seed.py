"""Realistic synthetic buyers and sales for demos and benchmarks, through the real services.

Deterministic for a seed: the same names, IINs, phones and amounts on a fresh till. Buyers
and sales are interleaved in time over the past year, in batches of one transaction each,
so a million buyers is a matter of minutes, not hours.
"""

from __future__ import annotations

import datetime as dt
import random
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import select, text

from pos.domain.buyer import BuyerData
from pos.domain.enums import ConsentMethod, PaymentMethod, RecipientCategory, Sex
from pos.domain.errors import PosError
from pos.domain.iin import make_iin
from pos.domain.minimization import SaleNeeds
from pos.services import catalog
from pos.services.consents import ConsentDraft, record_consent_in
from pos.services.context import ServiceContext
from pos.services.disclosures import hand_over_recorded_in
from pos.services.lookups import local_date, store_info
from pos.services.sales import CreditTerms, LineInput, NewSale, record_sale_in
from pos.services.shifts import close_shift_in, historical_shift_in, totals_of
from pos.services.uow import UnitOfWork
from pos.storage.database import CACHE_KIB
from pos.storage.models import Buyer, PolicyVersion, Product, Shift

BATCH = 500
SEED_CACHE_KIB = 512 * 1024

KAZAKH_MALE = [
    "Нурлан",
    "Ерлан",
    "Асхат",
    "Данияр",
    "Бауыржан",
    "Ержан",
    "Арман",
    "Қайрат",
    "Самат",
    "Тимур",
    "Әділет",
    "Мұхтар",
    "Ғалым",
    "Жандос",
    "Азамат",
    "Нұрсұлтан",
    "Ринат",
    "Серік",
]
KAZAKH_FEMALE = [
    "Асель",
    "Айгерим",
    "Динара",
    "Гульнара",
    "Жанар",
    "Сауле",
    "Айжан",
    "Мадина",
    "Әйгерім",
    "Аружан",
    "Ақмарал",
    "Гүлнұр",
    "Назерке",
    "Салтанат",
    "Жұлдыз",
    "Дана",
]
RUSSIAN_MALE = [
    "Александр",
    "Сергей",
    "Дмитрий",
    "Андрей",
    "Алексей",
    "Иван",
    "Максим",
    "Владимир",
    "Николай",
    "Евгений",
    "Павел",
    "Артём",
]
RUSSIAN_FEMALE = [
    "Елена",
    "Ольга",
    "Наталья",
    "Татьяна",
    "Ирина",
    "Анна",
    "Мария",
    "Светлана",
    "Юлия",
    "Екатерина",
    "Алёна",
    "Ксения",
]
KAZAKH_SURNAMES = [
    "Нурланов",
    "Ахметов",
    "Сейтказиев",
    "Жумабаев",
    "Касымов",
    "Омаров",
    "Искаков",
    "Абенов",
    "Тулегенов",
    "Сагынтаев",
    "Бекмуханов",
    "Есенов",
    "Қалиев",
    "Мұсабеков",
    "Әлиев",
    "Байжанов",
    "Оспанов",
    "Кенжебаев",
]
RUSSIAN_SURNAMES = [
    "Иванов",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Васильев",
    "Петров",
    "Соколов",
    "Михайлов",
    "Новиков",
    "Фёдоров",
    "Морозов",
    "Волков",
    "Лебедев",
    "Козлов",
]
KAZAKH_FATHERS = [
    "Серик",
    "Болат",
    "Марат",
    "Канат",
    "Нурлан",
    "Ерлан",
    "Жанат",
    "Талгат",
    "Аскар",
    "Мурат",
]
RUSSIAN_FATHERS = ["Александр", "Сергей", "Николай", "Владимир", "Иван", "Пётр", "Михаил", "Виктор"]
CITIES = [
    "Алматы",
    "Астана",
    "Шымкент",
    "Караганда",
    "Актобе",
    "Тараз",
    "Павлодар",
    "Усть-Каменогорск",
    "Семей",
    "Атырау",
    "Костанай",
    "Кызылорда",
]
STREETS = [
    "пр. Абая",
    "ул. Жибек Жолы",
    "пр. Назарбаева",
    "ул. Толе би",
    "ул. Сатпаева",
    "пр. Республики",
    "ул. Кунаева",
    "ул. Байтурсынова",
    "мкр. Самал-2",
    "ул. Пушкина",
    "ул. Гагарина",
    "пр. Аль-Фараби",
]
MOBILE_PREFIXES = [
    "700",
    "701",
    "702",
    "705",
    "707",
    "708",
    "747",
    "771",
    "775",
    "776",
    "777",
    "778",
]
BANKS = [
    ("Halyk Bank", "Рассрочка 0-0-12"),
    ("Kaspi Bank", "Kaspi Red"),
    ("Freedom Bank", "Рассрочка 0-0-24"),
    ("Home Credit Bank", "Кредит на товар"),
    ("Банк ЦентрКредит", "Кредит 12 мес"),
]
ISSUERS = ["МВД РК", "МЮ РК"]
# Who takes the parcels of delivery sales, and how often: the postal service or a courier.
CARRIERS = [
    ("Казпочта", RecipientCategory.POSTAL, 0.35),
    ("CDEK", RecipientCategory.COURIER, 0.25),
    ("Exline", RecipientCategory.COURIER, 0.2),
    ("Alem-Tat", RecipientCategory.COURIER, 0.1),
    ("DPD Kazakhstan", RecipientCategory.COURIER, 0.1),
]
EMAIL_DOMAINS = ["mail.kz", "mail.ru", "gmail.com", "inbox.kz", "yandex.kz"]
TRANSLIT = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "е": "e",
        "ё": "e",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "й": "i",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "sch",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "yu",
        "я": "ya",
        "ә": "a",
        "ғ": "g",
        "қ": "q",
        "ң": "n",
        "ө": "o",
        "ұ": "u",
        "ү": "u",
        "һ": "h",
        "і": "i",
    }
)

PRODUCTS: list[tuple[str, str, str, int]] = [
    ("4870001000011", "Смартфон Samsung Galaxy A55", "phones", 21_999_000),
    ("4870001000028", "Смартфон Apple iPhone 15 128GB", "phones", 45_999_000),
    ("4870001000035", "Смартфон Xiaomi Redmi Note 13", "phones", 10_999_000),
    ("4870001000042", "Ноутбук Lenovo IdeaPad 5", "computers", 38_990_000),
    ("4870001000059", "Ноутбук ASUS VivoBook 15", "computers", 29_990_000),
    ("4870001000066", 'Телевизор LG 55" 4K', "tv", 27_990_000),
    ("4870001000073", 'Телевизор Samsung 65" QLED', "tv", 54_990_000),
    ("4870001000080", "Холодильник Indesit DF 5200", "appliances", 19_990_000),
    ("4870001000097", "Стиральная машина Bosch Serie 4", "appliances", 24_990_000),
    ("4870001000103", "Пылесос Dyson V12", "appliances", 31_990_000),
    ("4870001000110", "Микроволновая печь Samsung", "appliances", 4_590_000),
    ("4870001000127", "Наушники JBL Tune 520BT", "audio", 2_290_000),
    ("4870001000134", "Колонка JBL Charge 5", "audio", 7_490_000),
    ("4870001000141", "Чехол для смартфона", "accessories", 399_000),
    ("4870001000158", "Зарядное устройство USB-C 25W", "accessories", 549_000),
    ("4870001000165", "Кабель USB-C 1 м", "accessories", 199_000),
    ("4870001000172", "Защитное стекло", "accessories", 249_000),
    ("4870001000189", "Карта памяти 128GB", "accessories", 599_000),
    ("4870001000196", "Утюг Philips", "appliances", 1_890_000),
    ("4870001000202", "Электрочайник Tefal", "appliances", 1_190_000),
]


@dataclass(frozen=True, slots=True)
class SeedResult:
    buyers: int
    sales: int
    seconds: float


@dataclass(slots=True)
class _Person:
    id: uuid.UUID
    kind: str  # "delivery", "credit" or "marketing"
    delivery: bool


class _Generator:
    def __init__(self, rng: random.Random, taken_iins: set[str]) -> None:
        self.rng = rng
        self.iins = taken_iins
        self.phones: set[str] = set()

    def person(self) -> tuple[Sex, str, str, str]:
        rng = self.rng
        sex = Sex.MALE if rng.random() < 0.5 else Sex.FEMALE
        kazakh = rng.random() < 0.7
        if kazakh:
            given = rng.choice(KAZAKH_MALE if sex is Sex.MALE else KAZAKH_FEMALE)
            surname = rng.choice(KAZAKH_SURNAMES)
            father = rng.choice(KAZAKH_FATHERS)
            patronymic = father + ("ович" if sex is Sex.MALE else "овна")
            if rng.random() < 0.3:
                patronymic = father + ("ұлы" if sex is Sex.MALE else "қызы")
        else:
            given = rng.choice(RUSSIAN_MALE if sex is Sex.MALE else RUSSIAN_FEMALE)
            surname = rng.choice(RUSSIAN_SURNAMES)
            father = rng.choice(RUSSIAN_FATHERS)
            stem = father[:-1] + "и" if father.endswith("й") else father
            patronymic = (
                stem + ("евич" if father.endswith("й") else "ович")
                if sex is Sex.MALE
                else stem + ("евна" if father.endswith("й") else "овна")
            )
        if sex is Sex.FEMALE:
            surname = surname + "а"
        return sex, given, surname, patronymic

    def birth_date(self) -> dt.date:
        start = dt.date(1950, 1, 1).toordinal()
        end = dt.date(2006, 12, 31).toordinal()
        return dt.date.fromordinal(self.rng.randint(start, end))

    def iin(self, birth: dt.date, sex: Sex) -> str:
        while True:
            iin = make_iin(birth, sex, self.rng.randint(0, 9999))
            if iin is not None and iin not in self.iins:
                self.iins.add(iin)
                return iin

    def phone(self) -> str:
        while True:
            number = (
                "+7" + self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randint(0, 9_999_999):07d}"
            )
            if number not in self.phones:
                self.phones.add(number)
                return number

    def address(self) -> str:
        rng = self.rng
        flat = f", кв. {rng.randint(1, 300)}" if rng.random() < 0.7 else ""
        return f"{rng.choice(CITIES)}, {rng.choice(STREETS)}, {rng.randint(1, 250)}{flat}"

    def email(self, given: str, surname: str) -> str:
        login = f"{given.lower().translate(TRANSLIT)}.{surname.lower().translate(TRANSLIT)}{self.rng.randint(1, 999)}"
        return f"{login}@{self.rng.choice(EMAIL_DOMAINS)}"

    def buyer(self, when: dt.date) -> tuple[str, BuyerData, SaleNeeds]:
        rng = self.rng
        sex, given, surname, patronymic = self.person()
        roll = rng.random()
        marketing = rng.random() < 0.25
        if roll < 0.45:
            data = BuyerData(
                surname=surname if rng.random() < 0.8 else None,
                given_name=given,
                phone=self.phone(),
                delivery_address=self.address(),
                email=self.email(given, surname) if marketing else None,
            )
            return (
                "delivery",
                data,
                SaleNeeds(PaymentMethod.CASH, delivery=True, marketing=marketing),
            )
        if roll < 0.9:
            birth = self.birth_date()
            birth = min(birth, when - dt.timedelta(days=18 * 366))
            issued = dt.date.fromordinal(
                rng.randint(
                    max(birth.toordinal() + 16 * 366, dt.date(2010, 1, 1).toordinal()),
                    when.toordinal(),
                )
            )
            delivery = rng.random() < 0.3
            payment = PaymentMethod.INSTALLMENT if rng.random() < 0.6 else PaymentMethod.CREDIT
            data = BuyerData(
                surname=surname,
                given_name=given,
                patronymic=patronymic if rng.random() < 0.85 else None,
                iin=self.iin(birth, sex),
                birth_date=birth,
                phone=self.phone(),
                registration_address=self.address(),
                delivery_address=self.address() if delivery else None,
                id_doc_type="id_card" if rng.random() < 0.9 else "passport",
                id_doc_number=f"{rng.randint(0, 999_999_999):09d}"
                if rng.random() < 0.9
                else f"N{rng.randint(0, 9_999_999):07d}",
                id_doc_issue_date=issued,
                id_doc_issuer=rng.choice(ISSUERS),
                email=self.email(given, surname) if marketing else None,
            )
            return "credit", data, SaleNeeds(payment, delivery=delivery, marketing=marketing)
        if rng.random() < 0.5:
            data = BuyerData(given_name=given, phone=self.phone())
        else:
            data = BuyerData(given_name=given, email=self.email(given, surname))
        return "marketing", data, SaleNeeds(PaymentMethod.CASH, marketing=True)


def ensure_products(ctx: ServiceContext) -> list[tuple[uuid.UUID, str, str, str, int]]:
    with ctx.db.read_session() as session:
        have = session.scalar(select(Product.id).limit(1))
    if have is None:
        catalog.add_products(ctx, PRODUCTS)
    with ctx.db.read_session() as session:
        rows = session.scalars(select(Product).where(Product.active.is_(True))).all()
        return [(p.id, p.barcode, p.name, p.category, p.price_tiyn) for p in rows]


def seed(
    ctx: ServiceContext,
    *,
    buyers: int,
    sales: int,
    seed: int = 1,
    days: int = 365,
    report: Callable[[str], None] | None = None,
) -> SeedResult:
    """Add `buyers` buyers (each with a consent) and `sales` sales through the services."""
    started = time.perf_counter()
    rng = random.Random(seed)
    products = ensure_products(ctx)
    now = ctx.clock()
    with ctx.db.read_session() as session:
        first_policy = session.scalar(
            select(PolicyVersion.effective_date).order_by(PolicyVersion.effective_date).limit(1)
        )
        taken = set(session.scalars(select(Buyer.iin).where(Buyer.iin.is_not(None))).all())
    start = now - dt.timedelta(days=days)
    if first_policy is not None:
        policy_start = dt.datetime.combine(first_policy, dt.time(4, 0), tzinfo=dt.UTC)
        start = max(start, policy_start)
    span = max((now - start).total_seconds(), 1.0)
    gen = _Generator(rng, {i for i in taken if i})
    # Hand-overs draw from their own stream, so the buyers and sales of a seed stay the same.
    carrier_rng = random.Random(seed * 7919 + 17)

    # One timeline of registrations and sales, in time order.
    steps = sorted(
        [(rng.random(), "buyer") for _ in range(buyers)]
        + [(rng.random(), "sale") for _ in range(sales)]
    )
    people: dict[str, list[_Person]] = {"delivery": [], "credit": [], "marketing": []}
    shifts = _DayShifts()
    done_buyers = done_sales = 0
    last_report = started
    for offset in range(0, len(steps), BATCH):
        chunk = steps[offset : offset + BATCH]
        fresh: dict[str, list[_Person]] = {"delivery": [], "credit": [], "marketing": []}
        # Sales pick buyers from earlier batches only, so nothing here needs to read rows
        # still pending in this batch and the whole batch goes out in one flush.
        with UnitOfWork(ctx) as uow, uow.session.no_autoflush:
            # A bulk load touches index pages all over a large file; a bigger page cache
            # for this connection saves re-reading and re-decrypting them (reset at the end).
            uow.session.execute(text(f"PRAGMA cache_size = -{SEED_CACHE_KIB}"))
            for fraction, what in chunk:
                uow.now = start + dt.timedelta(seconds=fraction * span)
                if what == "buyer":
                    kind, data, needs = gen.buyer(uow.now.date())
                    draft = ConsentDraft(
                        needs=needs,
                        buyer=data,
                        language=rng.choice(("ru", "ru", "kk", "en")),
                        method=ConsentMethod.PAPER_SLIP_SIGNED
                        if rng.random() < 0.95
                        else ConsentMethod.PREPRINTED_FORM,
                        form_number=f"F-{rng.randint(100000, 999999)}",
                    )
                    if draft.method is ConsentMethod.PAPER_SLIP_SIGNED:
                        draft = replace(draft, form_number=None)
                    _, buyer_id = record_consent_in(
                        uow, draft, slip_printed=draft.method is ConsentMethod.PAPER_SLIP_SIGNED
                    )
                    fresh[kind].append(
                        _Person(buyer_id, kind, needs.delivery or data.delivery_address is not None)
                    )
                    done_buyers += 1
                else:
                    sale = _sale(rng, products, people)
                    sale_id = record_sale_in(uow, sale, shift_id=shifts.for_sale(uow))
                    if sale.delivery and sale.buyer_id is not None:
                        _hand_over(uow, sale_id, sale.buyer_id, carrier_rng, now)
                    done_sales += 1
            if offset + BATCH >= len(steps):
                shifts.close(uow)
            uow.commit()
        for kind, added in fresh.items():
            people[kind].extend(added)
        if report and time.perf_counter() - last_report > 5:
            last_report = time.perf_counter()
            report(f"seeded {done_buyers}/{buyers} buyers, {done_sales}/{sales} sales")
    with ctx.db.connection() as conn:  # the pooled connection the batches used
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return SeedResult(done_buyers, done_sales, time.perf_counter() - started)


class _DayShifts:
    """The seeded sales go into one past shift per store day, opened at the day's first
    sale and closed (counted as expected) after its last: the history a till would have.
    These shifts are never the register's open one, so seeding works beside a real shift."""

    def __init__(self) -> None:
        self.shift_id: uuid.UUID | None = None
        self.day: dt.date | None = None
        self.last_sale: dt.datetime | None = None

    def for_sale(self, uow: UnitOfWork) -> uuid.UUID:
        day = local_date(uow.now, store_info(uow.session, uow.actor).timezone)
        if self.shift_id is None or day != self.day:
            self.close(uow)
            self.shift_id, self.day = historical_shift_in(uow).id, day
        self.last_sale = uow.now
        return self.shift_id

    def close(self, uow: UnitOfWork) -> None:
        if self.shift_id is None or self.last_sale is None:
            return
        sold_at = uow.now
        uow.now = self.last_sale + dt.timedelta(minutes=5)
        try:
            uow.flush()
            shift = uow.session.get_one(Shift, self.shift_id)
            close_shift_in(uow, totals_of(uow.session, shift).expected_cash_tiyn, shift)
        finally:
            uow.now = sold_at
        self.shift_id = None


def _hand_over(
    uow: UnitOfWork,
    sale_id: uuid.UUID,
    buyer_id: uuid.UUID,
    rng: random.Random,
    now: dt.datetime,
) -> None:
    """The parcel goes to a carrier within two days, recorded in the disclosure register as
    at the counter; one whose pick-up time is still ahead stays pending, as on a real till."""
    sold_at = uow.now
    at = sold_at + dt.timedelta(hours=rng.uniform(1, 48))
    roll, carrier, category = rng.random(), CARRIERS[-1][0], CARRIERS[-1][1]
    for name, kind, share in CARRIERS:
        if roll < share:
            carrier, category = name, kind
            break
        roll -= share
    if at > now:
        return
    uow.now = at
    try:
        hand_over_recorded_in(uow, sale_id, buyer_id, carrier, category)
    except PosError:
        pass  # e.g. the delivery consent ran out before pick-up: nothing goes to the carrier
    finally:
        uow.now = sold_at


def _sale(
    rng: random.Random,
    products: list[tuple[uuid.UUID, str, str, str, int]],
    people: dict[str, list[_Person]],
) -> NewSale:
    count = 1 if rng.random() < 0.6 else rng.randint(2, 4)
    lines = tuple(
        LineInput(
            name=name,
            quantity=1 if price > 1_000_000 else rng.randint(1, 3),
            unit_price_tiyn=price,
            category=cat,
            barcode=code,
            product_id=pid,
        )
        for pid, code, name, cat, price in rng.sample(products, count)
    )
    total = sum(int(line.quantity) * line.unit_price_tiyn for line in lines)
    roll = rng.random()
    credit_people = people["credit"]
    delivery_people = people["delivery"] if roll < 0.72 else []
    if roll >= 0.8 and credit_people:
        person = rng.choice(credit_people)
        payment = PaymentMethod.INSTALLMENT if roll < 0.92 else PaymentMethod.CREDIT
        bank, product = rng.choice(BANKS)
        return NewSale(
            lines=lines,
            payment=payment,
            buyer_id=person.id,
            delivery=person.delivery and rng.random() < 0.5,
            credit=CreditTerms(
                bank,
                product,
                rng.choice((3, 6, 12, 24)),
                down_payment_tiyn=(total // 10) * rng.choice((0, 0, 1, 2)),
                bank_form_reference=f"{bank[:2].upper()}-{rng.randint(10**6, 10**7)}",
            ),
        )
    payment = PaymentMethod.CASH if rng.random() < 0.55 else PaymentMethod.CARD
    if 0.55 <= roll < 0.72 and delivery_people:
        person = rng.choice(delivery_people)
        return NewSale(lines=lines, payment=payment, buyer_id=person.id, delivery=True)
    if 0.72 <= roll < 0.8:
        pool = people["marketing"] or people["delivery"]
        if pool:
            return NewSale(lines=lines, payment=payment, buyer_id=rng.choice(pool).id)
    tendered = None
    if payment is PaymentMethod.CASH:
        tendered = -(-total // 100_000) * 100_000  # rounded up to the next 1 000 ₸ note
    return NewSale(lines=lines, payment=payment, tendered_tiyn=tendered)
