"""Languages of the window (Qt Linguist), and tenge, dates and closed-list names per locale.

The `.ts` sources live in ui/translations (pos_ru.ts, pos_kk.ts, pos_en.ts) and are compiled
to `.qm` by `make translations`. After adding strings, refresh the sources with
`.venv/bin/python .ci/ts_update.py` (keeps the files' format) and translate
them in Qt Linguist. Source strings are English.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from pos.domain.quantity import format_quantity


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark `text` for translation in `context`; translated later with `tr`."""
    return text


LANGUAGES = ("ru", "kk", "en")
LANGUAGE_NAMES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}
DEFAULT_LANGUAGE = "ru"
_LOCALES = {
    "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Kazakhstan),
    "kk": QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
    "en": QLocale(QLocale.Language.English, QLocale.Country.Kazakhstan),
}
NBSP = "\u00a0"


def translations_dir() -> Path:
    """Where the compiled `.qm` files are, from source or from the PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "ui" / "translations"
    return Path(__file__).resolve().parent / "translations"


class Translations:
    """Installs one language's translator on the application; switching is live."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or translations_dir()
        self.language = "en"
        self._translator: QTranslator | None = None

    def install(self, language: str) -> bool:
        """Switch to `language`; False (and English shown) when its .qm is missing."""
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("no application to translate")
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        translator = QTranslator(app)
        loaded = translator.load(f"pos_{language}", str(self.directory))
        if isinstance(app, QGuiApplication):
            # Qt adds " — <display name>" to every window title: say it in the new
            # language before the widgets retitle themselves on the LanguageChange.
            name = (translator.translate("Startup", "Till") if loaded else "") or "Till"
            app.setApplicationDisplayName(name)
        if loaded:
            app.installTranslator(translator)
            self._translator = translator
        self.language = language
        QLocale.setDefault(_LOCALES[language])
        return loaded


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


# --- money and dates -----------------------------------------------------------------


def money(amount_tiyn: int, language: str) -> str:
    """12 345,00 ₸ (ru, kk) or 12,345.00 ₸ (en); non-breaking, so it never wraps."""
    tenge, tiyn = divmod(abs(amount_tiyn), 100)
    sign = "-" if amount_tiyn < 0 else ""
    if language == "en":
        return f"{sign}{tenge:,}.{tiyn:02d}{NBSP}₸"
    return f"{sign}{tenge:,}".replace(",", NBSP) + f",{tiyn:02d}{NBSP}₸"


def quantity_number(milli: int, unit: str, language: str) -> str:
    """A line's quantity as typed and shown: pieces whole ("2"), kilograms to the gram with
    the language's decimal mark ("0,750" in ru and kk, "0.750" in en)."""
    return decimal_text(format_quantity(milli, unit), language)


def decimal_text(text: str, language: str) -> str:
    """A number written with a point, in the language's decimal mark (a comma in ru, kk)."""
    return text if language == "en" else text.replace(".", ",")


def date_text(day: dt.date, language: str) -> str:
    """The store's date format (DD.MM.YYYY, as on its papers), whatever the window's language."""
    del language  # one format: a Kazakhstan store's staff read dates the same in every language
    return day.strftime("%d.%m.%Y")


def datetime_text(at: dt.datetime, timezone: str, language: str) -> str:
    local = at.astimezone(ZoneInfo(timezone))
    return f"{date_text(local.date(), language)} {local:%H:%M}"


def local_today(timezone: str) -> dt.date:
    """Today in the store's zone (credit schedules, consent validity); the store says which."""
    return dt.datetime.now(ZoneInfo(timezone)).date()


def current_language() -> str:
    """The window's language, as `Translations.install` set it (English until then)."""
    return {
        QLocale.Language.Russian: "ru",
        QLocale.Language.Kazakh: "kk",
    }.get(QLocale().language(), "en")


def parse_date(text: str) -> dt.date | None:
    """'17.05.1990', '17/05/1990' or '1990-05-17'; None when it is not a date."""
    raw = text.strip()
    for fmt in ("%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%d", "%d%m%Y"):
        try:
            return dt.datetime.strptime(raw, fmt).date()  # noqa: DTZ007 - a calendar date
        except ValueError:
            continue
    return None


# --- closed lists ---------------------------------------------------------------------

_LABELS: dict[str, str] = {
    # purposes
    "purpose.sale": QT_TRANSLATE_NOOP("Labels", "Sale (receipts, warranty, returns)"),
    "purpose.delivery": QT_TRANSLATE_NOOP("Labels", "Delivery (courier and postal services)"),
    "purpose.credit": QT_TRANSLATE_NOOP("Labels", "Credit (partner banks, credit bureaus)"),
    "purpose.insurance": QT_TRANSLATE_NOOP("Labels", "Insurance (partner insurers)"),
    "purpose.marketing": QT_TRANSLATE_NOOP("Labels", "Offers and statistics (marketing)"),
    "purpose_short.sale": QT_TRANSLATE_NOOP("Labels", "sale"),
    "purpose_short.delivery": QT_TRANSLATE_NOOP("Labels", "delivery"),
    "purpose_short.credit": QT_TRANSLATE_NOOP("Labels", "credit"),
    "purpose_short.insurance": QT_TRANSLATE_NOOP("Labels", "insurance"),
    "purpose_short.marketing": QT_TRANSLATE_NOOP("Labels", "marketing"),
    # payment methods
    "payment.cash": QT_TRANSLATE_NOOP("Labels", "Cash"),
    "payment.card": QT_TRANSLATE_NOOP("Labels", "Card"),
    "payment.credit": QT_TRANSLATE_NOOP("Labels", "Credit"),
    "payment.installment": QT_TRANSLATE_NOOP("Labels", "Installment"),
    # roles
    "role.cashier": QT_TRANSLATE_NOOP("Labels", "cashier"),
    "role.sales_manager": QT_TRANSLATE_NOOP("Labels", "sales manager"),
    "role.store_admin": QT_TRANSLATE_NOOP("Labels", "store admin"),
    # buyer fields
    "field.surname": QT_TRANSLATE_NOOP("Labels", "Surname"),
    "field.given_name": QT_TRANSLATE_NOOP("Labels", "Given name"),
    "field.patronymic": QT_TRANSLATE_NOOP("Labels", "Patronymic"),
    "field.iin": QT_TRANSLATE_NOOP("Labels", "IIN"),
    "field.birth_date": QT_TRANSLATE_NOOP("Labels", "Date of birth"),
    "field.phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "field.email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "field.delivery_address": QT_TRANSLATE_NOOP("Labels", "Delivery address"),
    "field.registration_address": QT_TRANSLATE_NOOP("Labels", "Registration address"),
    "field.id_doc_type": QT_TRANSLATE_NOOP("Labels", "ID document"),
    "field.id_doc_number": QT_TRANSLATE_NOOP("Labels", "Document number"),
    "field.id_doc_issue_date": QT_TRANSLATE_NOOP("Labels", "Issue date"),
    "field.id_doc_issuer": QT_TRANSLATE_NOOP("Labels", "Issued by"),
    # ID documents
    "doc.id_card": QT_TRANSLATE_NOOP("Labels", "ID card"),
    "doc.passport": QT_TRANSLATE_NOOP("Labels", "Passport"),
    "doc.residence_permit": QT_TRANSLATE_NOOP("Labels", "Residence permit"),
    "doc.stateless_certificate": QT_TRANSLATE_NOOP("Labels", "Stateless person's certificate"),
    # consent states
    "state.requested": QT_TRANSLATE_NOOP("Labels", "requested"),
    "state.given": QT_TRANSLATE_NOOP("Labels", "given"),
    "state.renewed": QT_TRANSLATE_NOOP("Labels", "renewed"),
    "state.refused": QT_TRANSLATE_NOOP("Labels", "refused"),
    "state.withdrawn": QT_TRANSLATE_NOOP("Labels", "withdrawn"),
    "state.expired": QT_TRANSLATE_NOOP("Labels", "expired"),
    "state.invalidated": QT_TRANSLATE_NOOP("Labels", "invalidated"),
    # sale types
    "sale_type.cash": QT_TRANSLATE_NOOP("Labels", "cash sale"),
    "sale_type.credit": QT_TRANSLATE_NOOP("Labels", "credit"),
    "sale_type.installment": QT_TRANSLATE_NOOP("Labels", "installment"),
}


def label(group: str, value: object) -> str:
    """The translated name of a closed-list value (purpose, payment, role, field...)."""
    key = f"{group}.{getattr(value, 'value', value)}"
    source = _LABELS.get(key)
    return QCoreApplication.translate("Labels", source) if source else str(value)
