"""The language reference-list labels are shown in: Urdu when the interface is Urdu."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication

from victimcare.domain import reference


def ui_lang() -> str:
    """'ur' when the UI runs in Urdu (default locale or a mirrored layout), else 'en'."""
    if QLocale().language() == QLocale.Language.Urdu:
        return "ur"
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication) and \
            app.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return "ur"
    return "en"


def office_name(code: str) -> str:
    """An office by its district's name (Peshawar); a hub or unknown office by its code."""
    if code in reference.codes("admin_units"):
        return reference.label("admin_units", code, ui_lang())
    return code


LRM = "\u200e"


def ltr(text: str) -> str:
    """Numbers, CNICs, phone numbers and dates read left to right even inside an Urdu
    (right-to-left) screen; left-to-right marks around them keep their order."""
    return f"{LRM}{text}{LRM}" if text else text
