"""Pure domain rules: IIN, phone, e-mail, names, money, masking, minimization."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.domain.buyer import BuyerData, clean_buyer
from pos.domain.contact import normalize_email, normalize_phone
from pos.domain.enums import PaymentMethod, Purpose, Sex
from pos.domain.errors import ValidationError, ValidationErrors
from pos.domain.iin import check_digit, make_iin, parse_iin
from pos.domain.masking import mask_email, mask_iin, mask_name, mask_phone
from pos.domain.minimization import SaleNeeds, purposes_justifying, requirements_for
from pos.domain.money import format_tiyn
from pos.domain.names import name_tokens, prefix_upper_bound, search_key
from pos.domain.payment import parse_tenge

# Built by hand from the published algorithm (weights 1..11, then 3..11,1,2), not by make_iin.
KNOWN_VALID = "920315401237"  # 1992-03-15, female, 20th century


def test_known_iin_is_accepted_and_decoded() -> None:
    info = parse_iin(KNOWN_VALID)
    assert info.birth_date == dt.date(1992, 3, 15)
    assert info.sex is Sex.FEMALE


def test_check_digit_second_pass_is_used_when_first_gives_ten() -> None:
    # For these 11 digits the first pass leaves remainder 10.
    first11 = next(
        f"{n:011d}"
        for n in range(10**10, 10**10 + 10_000)
        if sum(int(c) * w for c, w in zip(f"{n:011d}", range(1, 12), strict=True)) % 11 == 10
    )
    second = (
        sum(int(c) * w for c, w in zip(first11, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), strict=True))
        % 11
    )
    assert check_digit(first11) == (None if second == 10 else second)


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2025, 12, 31)),
    st.sampled_from(list(Sex)),
    st.integers(0, 9999),
)
def test_generated_iins_round_trip(birth: dt.date, sex: Sex, serial: int) -> None:
    iin = make_iin(birth, sex, serial)
    if iin is None:
        return
    info = parse_iin(iin, birth_date=birth)
    assert (info.birth_date, info.sex) == (birth, sex)


@given(st.integers(0, 9).filter(lambda d: d != int(KNOWN_VALID[11])))
def test_a_changed_check_digit_is_rejected_as_such(digit: int) -> None:
    with pytest.raises(ValidationError, match="check digit"):
        parse_iin(KNOWN_VALID[:11] + str(digit))


def test_a_changed_serial_digit_is_caught_by_the_checksum() -> None:
    changed = KNOWN_VALID[:8] + "9" + KNOWN_VALID[9:]
    with pytest.raises(ValidationError, match="check digit"):
        parse_iin(changed)


@pytest.mark.parametrize(
    ("iin", "birth", "message"),
    [
        ("92031540123", None, "exactly 12 digits"),
        ("9203154012377", None, "exactly 12 digits"),
        ("92031540123a", None, "exactly 12 digits"),
        ("921315400000", None, None),  # month 13: checksum or date, whichever fails first
        (KNOWN_VALID, dt.date(1992, 3, 16), "does not match the date of birth"),
        (KNOWN_VALID, dt.date(1892, 3, 15), "century digit"),
    ],
)
def test_bad_iins_are_rejected_with_the_reason(
    iin: str, birth: dt.date | None, message: str | None
) -> None:
    with pytest.raises(ValidationError) as err:
        parse_iin(iin, birth_date=birth)
    if message:
        assert message in str(err.value)
    assert iin not in str(err.value)


def test_impossible_date_is_named() -> None:
    first11 = "9213154" + "0000"
    for serial in range(10000):
        candidate = f"921315{4}{serial:04d}"
        digit = check_digit(candidate)
        if digit is not None:
            with pytest.raises(ValidationError, match="date of birth that does not exist"):
                parse_iin(candidate + str(digit))
            return
    pytest.fail(f"no checksum-valid IIN with month 13 near {first11}")


def test_century_digit_out_of_range_is_named() -> None:
    for serial in range(10000):
        candidate = f"920315{7}{serial:04d}"
        digit = check_digit(candidate)
        if digit is not None:
            with pytest.raises(ValidationError, match="7th digit"):
                parse_iin(candidate + str(digit))
            return
    pytest.fail("no checksum-valid IIN with century digit 7")


@pytest.mark.parametrize(
    "typed",
    ["+7 701 555 12 34", "8 (701) 555-12-34", "87015551234", "7015551234", "+77015551234"],
)
def test_kazakh_phone_spellings_normalise_to_e164(typed: str) -> None:
    assert normalize_phone(typed) == "+77015551234"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("+7 495 123 45 67", "not a Kazakhstan number"),
        ("12345", "not valid"),
        ("", "empty"),
        ("abc", "not"),
    ],
)
def test_bad_phones_are_rejected(typed: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        normalize_phone(typed)


def test_email_form() -> None:
    assert normalize_email(" Aigerim.N@Mail.KZ ") == "Aigerim.N@mail.kz"
    for bad in ("aigerim", "a@b", "a@@b.kz", "a b@c.kz", "@mail.kz"):
        with pytest.raises(ValidationError, match="e-mail"):
            normalize_email(bad)


def test_search_keys_fold_cyrillic_kazakh_and_latin() -> None:
    assert search_key("Асель") == search_key("асель") == "асель"
    assert search_key("ӘДІЛЕТ") == "әділет"
    assert search_key("Алёна") == "алена"
    assert search_key("ASEL") == "asel"
    assert name_tokens("Иванова-Петрова", "Анна", None) == {
        "иванова-петрова",
        "иванова",
        "петрова",
        "анна",
    }
    assert prefix_upper_bound("ас") == "ат"


def test_money_is_printed_in_tenge() -> None:
    assert format_tiyn(1_234_500) == "12 345,00 ₸"
    assert format_tiyn(5) == "0,05 ₸"
    assert format_tiyn(-150) == "-1,50 ₸"
    assert parse_tenge("12 345,50") == 1_234_550
    assert parse_tenge("99.9") == 9_990
    with pytest.raises(ValidationError):
        parse_tenge("1.234")


def test_masks_hide_the_middle() -> None:
    assert mask_iin(KNOWN_VALID) == "9203******37"
    assert mask_phone("+77015551234") == "+7701*****34"
    assert mask_name("Асель", "Нурланова") == "А*** Н."
    assert mask_email("aigerim@mail.kz") == "a***@mail.kz"


def test_minimization_matrix() -> None:
    cash = requirements_for(SaleNeeds(PaymentMethod.CASH))
    assert not cash.carries_personal_data and not cash.required_purposes
    card = requirements_for(SaleNeeds(PaymentMethod.CARD))
    assert not card.carries_personal_data
    delivery = requirements_for(SaleNeeds(PaymentMethod.CASH, delivery=True))
    assert delivery.required_fields == {"given_name", "phone", "delivery_address"}
    assert "iin" not in delivery.allowed_fields
    assert delivery.required_purposes == {Purpose.SALE, Purpose.DELIVERY}
    credit = requirements_for(SaleNeeds(PaymentMethod.INSTALLMENT))
    assert {"iin", "birth_date", "registration_address", "id_doc_number"} <= credit.required_fields
    assert "patronymic" in credit.allowed_fields and "patronymic" not in credit.required_fields
    assert credit.required_purposes == {Purpose.SALE, Purpose.CREDIT}
    offers = requirements_for(SaleNeeds(PaymentMethod.CASH, marketing=True))
    assert offers.one_of == (frozenset({"phone", "email"}),)
    assert Purpose.MARKETING in offers.required_purposes
    assert purposes_justifying("delivery_address") == {Purpose.DELIVERY}


def test_clean_buyer_reports_every_field_and_refuses_extra_data() -> None:
    needs = requirements_for(SaleNeeds(PaymentMethod.CASH, delivery=True))
    with pytest.raises(ValidationErrors) as err:
        clean_buyer(BuyerData(given_name="Асель", phone="123", iin=KNOWN_VALID), needs)
    errors = err.value.errors  # a coded error per field; str() is its English
    assert str(errors["iin"]) == "IIN is not needed for this sale and is not collected"
    assert str(errors["delivery_address"]) == "delivery address is required for this sale"
    assert "phone" in errors
    clean = clean_buyer(
        BuyerData(
            given_name=" Асель ", phone="8 701 555 12 34", delivery_address="Алматы, ул. Абая 1"
        ),
        needs,
    )
    assert clean.data.given_name == "Асель" and clean.data.phone == "+77015551234"


def test_names_reject_digits() -> None:
    with pytest.raises(ValidationErrors, match="only letters"):
        clean_buyer(BuyerData(given_name="Асель2"))


def test_ids_are_uuid7_and_grow_with_time() -> None:
    from pos.domain.ids import new_id

    ids = [new_id() for _ in range(20_000)]
    assert len(set(ids)) == len(ids) and ids == sorted(ids)
    assert {i.version for i in ids} == {7} and {i.variant for i in ids} == {"specified in RFC 4122"}
