"""Till settings kept in the encrypted database (seller details, printer, language...)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from pos.domain import visibility
from pos.domain.discounts import FULL_PERCENT
from pos.domain.enums import Role
from pos.domain.errors import Code, Refused, ValidationError
from pos.domain.iin import check_digit
from pos.domain.views import OperatorInfo, ResponsiblePerson
from pos.domain.weighed import WeighedLayout
from pos.services.context import Action, ServiceContext
from pos.services.uow import UnitOfWork
from pos.storage.models import Setting

OPERATOR = "operator"
PRINTER = "printer"
LANGUAGE = "language"
CONSENT_VALIDITY = "consent_validity_days"
RETENTION = "retention_days"
HEADOFFICE = "headoffice"
# The person responsible for personal data processing (K15): name, position, email, phone.
RESPONSIBLE = "responsible"
RESPONSIBLE_FIELDS = ("name", "position", "email", "phone")
# The partner banks and bank products with their rates (pos.services.credit_settings).
CREDIT = "credit"
# Discounts above this share need a sales manager's PIN (hundredths of a percent).
DISCOUNTS = "discounts"
# The weighed-goods label layout (pos.domain.weighed.WeighedLayout).
WEIGHED = "weighed_labels"

DEFAULTS: dict[str, dict[str, Any]] = {
    PRINTER: {"url": "", "paper_width": 80, "language": "ru"},
    LANGUAGE: {"ui": "ru"},
    # Marketing consent lapses after three years; the others last until their purpose ends.
    CONSENT_VALIDITY: {"marketing": 1095},
    HEADOFFICE: {"url": ""},
    DISCOUNTS: {"limit_hundredths": 1000},
    WEIGHED: {"prefixes": [str(p) for p in range(20, 30)], "code_digits": 5, "weight_digits": 5},
}


def get(session: Session, key: str) -> dict[str, Any]:
    cache: dict[str, dict[str, Any]] = session.info.setdefault("pos.settings", {})
    if key not in cache:
        row = session.get(Setting, key)
        cache[key] = dict(row.value) if row is not None else dict(DEFAULTS.get(key, {}))
    return dict(cache[key])


def put(session: Session, key: str, value: dict[str, Any]) -> None:
    session.info.setdefault("pos.settings", {}).pop(key, None)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def read(ctx: ServiceContext, key: str) -> dict[str, Any]:
    """A setting as stored. One that holds a secret (the head-office credential, the TLS
    key files) needs a store admin, or the till itself (sync); `shown` gives anyone the rest."""
    if visibility.secret_fields(key):
        ctx.actor.require(visibility.SECRET_SETTINGS, Action.READ_CREDENTIAL)
    with ctx.db.read_session() as session:
        return get(session, key)


def shown(ctx: ServiceContext, key: str) -> tuple[dict[str, Any], list[str]]:
    """A setting as this actor may see it, and the names of the secret fields held back
    (for a role below store admin; empty when nothing was)."""
    with ctx.db.read_session() as session:
        value = get(session, key)
    if ctx.actor.role.allows(visibility.SECRET_SETTINGS):
        return value, []
    public = visibility.without_secrets(key, value)
    return public, sorted(k for k in value if k not in public and value[k])


def update(ctx: ServiceContext, key: str, value: dict[str, Any]) -> None:
    """Change a setting (store admin)."""
    ctx.actor.require(Role.STORE_ADMIN, Action.CHANGE_SETTINGS)
    with UnitOfWork(ctx) as uow:
        merged = {**get(uow.session, key), **value}
        put(uow.session, key, merged)
        uow.audit("settings.changed", {"setting": key}, sorted(value))
        uow.commit()


def validate_bin(value: str) -> str:
    """A business identification number: 12 digits with the same check digit as an IIN."""
    digits = "".join(value.split())
    if len(digits) != 12 or not digits.isdigit():
        raise ValidationError(Code.BIN_LENGTH, field="bin")
    if check_digit(digits[:11]) != int(digits[11]):
        raise ValidationError(Code.BIN_CHECK_DIGIT, field="bin")
    return digits


def operator_from(session: Session) -> OperatorInfo | None:
    value = get(session, OPERATOR)
    if not value.get("name") or not value.get("bin"):
        return None
    return OperatorInfo(
        name=value["name"],
        bin=value["bin"],
        email=value.get("email", ""),
        address=value.get("address", ""),
    )


def require_operator(session: Session) -> OperatorInfo:
    operator = operator_from(session)
    if operator is None:
        raise Refused(Code.OPERATOR_NAME_MISSING)
    if not operator.email or not operator.address:
        raise Refused(Code.OPERATOR_CONTACT_MISSING)
    return operator


def responsible_from(session: Session) -> ResponsiblePerson | None:
    """The responsible person (K15), or None while none is set."""
    value = get(session, RESPONSIBLE)
    if not all(value.get(f) for f in RESPONSIBLE_FIELDS):
        return None
    return ResponsiblePerson(*(str(value[f]) for f in RESPONSIBLE_FIELDS))


def discount_limit(session: Session) -> int:
    """The share a discount may take without approval, in hundredths of a percent."""
    return int(get(session, DISCOUNTS).get("limit_hundredths", 1000))


def set_discount_limit(ctx: ServiceContext, hundredths: int) -> None:
    """The store admin's discount limit (0 to 100 %)."""
    if not 0 <= hundredths <= FULL_PERCENT:
        raise ValidationError(Code.DISCOUNT_LIMIT_RANGE, field="limit")
    update(ctx, DISCOUNTS, {"limit_hundredths": hundredths})


def weighed_layout(session: Session) -> WeighedLayout:
    value = get(session, WEIGHED)
    return WeighedLayout(
        prefixes=tuple(str(p) for p in value.get("prefixes", [])),
        code_digits=int(value.get("code_digits", 5)),
        weight_digits=int(value.get("weight_digits", 5)),
    )


def set_weighed_layout(ctx: ServiceContext, layout: WeighedLayout) -> None:
    """The store's scale label layout (store admin)."""
    if not layout.valid():
        raise ValidationError(Code.WEIGHED_LAYOUT_INVALID, field="layout")
    update(
        ctx,
        WEIGHED,
        {
            "prefixes": list(layout.prefixes),
            "code_digits": layout.code_digits,
            "weight_digits": layout.weight_digits,
        },
    )
