"""What the processing register (K15) says beyond the minimization rules: where each copy
of the buyers' data is kept, and the legal ground of each purpose.

The purposes, data categories, recipients and the minimization matrix come from
pos.domain.minimization and the retention periods from the retention run's own settings;
these tables hold only what the app enforces elsewhere by construction (K9: every copy in
Kazakhstan, nothing cross-border) and the wording counsel checks.
"""

from __future__ import annotations

from pos.domain.enums import Purpose

# Where buyers' data is kept (K9: databases inside Kazakhstan; no foreign service).
STORAGE_PLACES: tuple[tuple[str, str], ...] = (
    ("till", "the store's till: SQLCipher-encrypted database file, Republic of Kazakhstan"),
    ("head office", "head office database and its backups, Republic of Kazakhstan"),
    ("paper", "the signed consent slip, kept at the store"),
)
CROSS_BORDER = False
PUBLISHED = False

# The ground each purpose is processed on (Law 94-V art. 7-8).
PURPOSE_BASIS: dict[Purpose, str] = {
    Purpose.SALE: "the buyer's written consent; the sale contract",
    Purpose.DELIVERY: "the buyer's written consent; the delivery contract",
    Purpose.CREDIT: "the buyer's written consent; the credit or installment contract",
    Purpose.INSURANCE: "the buyer's written consent; the insurance contract",
    Purpose.MARKETING: "the buyer's written consent (optional, withdrawable at any time)",
}
