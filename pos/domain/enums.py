"""Closed lists of the domain. Values are stored and sent over the wire; never rename one."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CASHIER = "cashier"
    SALES_MANAGER = "sales_manager"
    STORE_ADMIN = "store_admin"

    @property
    def rank(self) -> int:
        return _ROLE_RANK[self]

    def allows(self, needed: Role) -> bool:
        """True when this role may do what `needed` may do (cashier < manager < admin)."""
        return self.rank >= needed.rank


_ROLE_RANK = {Role.CASHIER: 1, Role.SALES_MANAGER: 2, Role.STORE_ADMIN: 3}


class Purpose(StrEnum):
    SALE = "sale"
    DELIVERY = "delivery"
    CREDIT = "credit"
    INSURANCE = "insurance"
    MARKETING = "marketing"


class SaleType(StrEnum):
    """The contract type the consent is given for (policy 5.1)."""

    CASH = "cash"
    CREDIT = "credit"
    INSTALLMENT = "installment"


class PaymentMethod(StrEnum):
    CASH = "cash"
    CARD = "card"
    CREDIT = "credit"
    INSTALLMENT = "installment"

    @property
    def sale_type(self) -> SaleType:
        if self is PaymentMethod.CREDIT:
            return SaleType.CREDIT
        if self is PaymentMethod.INSTALLMENT:
            return SaleType.INSTALLMENT
        return SaleType.CASH


class ConsentState(StrEnum):
    REQUESTED = "requested"
    GIVEN = "given"
    RENEWED = "renewed"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"
    INVALIDATED = "invalidated"

    @property
    def allows_processing(self) -> bool:
        return self in (ConsentState.GIVEN, ConsentState.RENEWED)


class ConsentMethod(StrEnum):
    PAPER_SLIP_SIGNED = "paper-slip-signed"
    PREPRINTED_FORM = "preprinted-form"


class RecipientCategory(StrEnum):
    COURIER = "courier"
    POSTAL = "postal"
    PARTNER_BANK = "partner_bank"
    INSURER = "insurer"
    COUNTERPARTY = "counterparty"
    GOVERNMENT = "government"


class DataCategory(StrEnum):
    FULL_NAME = "full_name"
    IIN = "iin"
    BIRTH_DATE = "birth_date"
    PHONE = "phone"
    EMAIL = "email"
    DELIVERY_ADDRESS = "delivery_address"
    REGISTRATION_ADDRESS = "registration_address"
    ID_DOCUMENT = "id_document"
    PURCHASE_HISTORY = "purchase_history"


class RequestKind(StrEnum):
    ACCESS = "access"
    RECTIFICATION = "rectification"
    WITHDRAWAL = "withdrawal"
    WRITTEN_REFUSAL = "written_refusal"
    DESTRUCTION = "destruction"


class RequestOutcome(StrEnum):
    PENDING = "pending"
    FULFILLED = "fulfilled"
    PARTLY_FULFILLED = "partly_fulfilled"
    REFUSED = "refused"


class BuyerStatus(StrEnum):
    ACTIVE = "active"
    # Written refusal while an obligation is outstanding: processing only for that obligation.
    RESTRICTED = "restricted"


class CreditStatus(StrEnum):
    ACTIVE = "active"
    REPAID = "repaid"
    CANCELLED = "cancelled"


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"
