"""catalog, kilogram quantities, VAT and discounts per line (issue 14)

Products get a code, a Kazakh name, a unit (pcs/kg), a VAT percent (None: the standard
rate), several barcodes (`product_barcodes`, the main one included), search keys of their
names and prices from price lists with the time each takes effect. Sale lines keep their
quantity in thousandths of the unit (`quantity` 2 becomes `quantity_milli` 2000), the unit,
the VAT rate and amount of their day, and their discounts; sales their receipt discount.

Existing rows: every product keeps its barcode (copied to product_barcodes) and gets the
search keys of its name; every sale line is in pieces, its total unchanged, and its VAT is
the standard rate of the sale's local day in Almaty (12 % before 2026, 16 % from then), as
the till would have charged it.

Revision ID: 0010
Revises: 0007
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import pos.storage.types
from pos.domain.names import name_tokens

revision: str = "0010"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# 2026-01-01 00:00 in Asia/Almaty (UTC+5) in UTC, as sales.created_at stores it.
NEW_RATE_FROM_UTC = "2025-12-31 19:00:00"


def upgrade() -> None:
    op.create_table(
        "catalog_versions",
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("effective_at", pos.storage.types.UTCDateTime(), nullable=False),
        sa.Column("parts", sa.Integer(), nullable=False),
        sa.Column("parts_applied", sa.JSON(), nullable=False),
        sa.Column("products", sa.Integer(), nullable=False),
        sa.Column("applied_at", pos.storage.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_catalog_versions")),
    )
    op.create_table(
        "product_barcodes",
        sa.Column("barcode", sa.String(length=64), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_product_barcodes_product_id_products"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("barcode", name=op.f("pk_product_barcodes")),
    )
    op.create_index(
        "ix_product_barcodes_product_id", "product_barcodes", ["product_id"], unique=False
    )
    op.create_table(
        "product_name_keys",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_product_name_keys_product_id_products"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", "product_id", name=op.f("pk_product_name_keys")),
        sqlite_with_rowid=False,
    )
    op.create_index(
        "ix_product_name_keys_product_id", "product_name_keys", ["product_id"], unique=False
    )
    op.create_table(
        "product_prices",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("effective_at", pos.storage.types.UTCDateTime(), nullable=False),
        sa.Column("price_tiyn", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_product_prices_product_id_products"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_prices")),
        sa.UniqueConstraint(
            "product_id", "effective_at", name=op.f("uq_product_prices_product_id_effective_at")
        ),
    )
    # Plain ALTER TABLEs: copying `products` or `sales` (batch mode) is refused while
    # other tables' foreign keys point at them.
    op.add_column("products", sa.Column("code", sa.String(length=32), nullable=True))
    op.add_column("products", sa.Column("name_kk", sa.String(length=200), nullable=True))
    op.add_column(
        "products", sa.Column("unit", sa.String(length=8), server_default="pcs", nullable=False)
    )
    op.add_column("products", sa.Column("vat_percent", sa.Integer(), nullable=True))
    op.add_column("products", sa.Column("catalog_version", sa.String(length=64), nullable=True))
    op.create_index("uq_products_code", "products", ["code"], unique=True)

    op.execute("ALTER TABLE sale_lines RENAME COLUMN quantity TO quantity_milli")
    op.add_column(
        "sale_lines", sa.Column("unit", sa.String(length=8), server_default="pcs", nullable=False)
    )
    op.add_column("sale_lines", sa.Column("name_kk", sa.String(length=200), nullable=True))
    op.add_column("sale_lines", sa.Column("discount_kind", sa.String(length=16), nullable=True))
    op.add_column("sale_lines", sa.Column("discount_value", sa.Integer(), nullable=True))
    for name in ("discount_tiyn", "receipt_discount_tiyn", "vat_percent", "vat_tiyn"):
        op.add_column(
            "sale_lines", sa.Column(name, sa.Integer(), server_default="0", nullable=False)
        )

    op.add_column("sales", sa.Column("discount_kind", sa.String(length=16), nullable=True))
    op.add_column("sales", sa.Column("discount_value", sa.Integer(), nullable=True))
    op.add_column(
        "sales", sa.Column("discount_tiyn", sa.Integer(), server_default="0", nullable=False)
    )
    op.add_column("sales", sa.Column("discount_reason", sa.String(length=200), nullable=True))
    op.add_column("sales", sa.Column("discount_approver_id", sa.Uuid(), nullable=True))
    op.add_column(
        "sales", sa.Column("discount_approver_name", sa.String(length=200), nullable=True)
    )

    conn = op.get_bind()
    conn.execute(sa.text("UPDATE sale_lines SET quantity_milli = quantity_milli * 1000"))
    # The VAT the line's total held on its day: total x rate / (100 + rate), half up.
    conn.execute(
        sa.text(
            "UPDATE sale_lines SET vat_percent = CASE WHEN "
            "(SELECT created_at FROM sales WHERE sales.id = sale_lines.sale_id) >= :since "
            "THEN 16 ELSE 12 END"
        ),
        {"since": NEW_RATE_FROM_UTC},
    )
    conn.execute(
        sa.text(
            "UPDATE sale_lines SET vat_tiyn = "
            "(total_tiyn * vat_percent * 2 + (100 + vat_percent)) / (2 * (100 + vat_percent))"
        )
    )
    conn.execute(
        sa.text(
            "INSERT INTO product_barcodes (barcode, product_id) SELECT barcode, id FROM products"
        )
    )
    keys = [
        {"k": key[:100], "p": pid}
        for pid, name in conn.execute(sa.text("SELECT id, name FROM products"))
        for key in name_tokens(name)
    ]
    if keys:
        conn.execute(
            sa.text("INSERT OR IGNORE INTO product_name_keys (key, product_id) VALUES (:k, :p)"),
            keys,
        )


def downgrade() -> None:
    for name in (
        "discount_approver_name",
        "discount_approver_id",
        "discount_reason",
        "discount_tiyn",
        "discount_value",
        "discount_kind",
    ):
        op.drop_column("sales", name)
    for name in (
        "vat_tiyn",
        "vat_percent",
        "receipt_discount_tiyn",
        "discount_tiyn",
        "discount_value",
        "discount_kind",
        "name_kk",
        "unit",
    ):
        op.drop_column("sale_lines", name)
    op.execute("UPDATE sale_lines SET quantity_milli = quantity_milli / 1000")
    op.execute("ALTER TABLE sale_lines RENAME COLUMN quantity_milli TO quantity")
    op.drop_index("uq_products_code", table_name="products")
    for name in ("catalog_version", "vat_percent", "unit", "name_kk", "code"):
        op.drop_column("products", name)
    op.drop_table("product_prices")
    op.drop_index("ix_product_name_keys_product_id", table_name="product_name_keys")
    op.drop_table("product_name_keys")
    op.drop_index("ix_product_barcodes_product_id", table_name="product_barcodes")
    op.drop_table("product_barcodes")
    op.drop_table("catalog_versions")
