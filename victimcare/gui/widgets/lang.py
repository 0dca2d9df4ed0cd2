"""The language reference-list labels are shown in: Urdu when the interface is Urdu."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication


def ui_lang() -> str:
    """'ur' when the UI runs in Urdu (default locale or a mirrored layout), else 'en'."""
    if QLocale().language() == QLocale.Language.Urdu:
        return "ur"
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication) and \
            app.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return "ur"
    return "en"


LRM = "\u200e"


def ltr(text: str) -> str:
    """Numbers, CNICs, phone numbers and dates read left to right even inside an Urdu
    (right-to-left) screen; left-to-right marks around them keep their order."""
    return f"{LRM}{text}{LRM}" if text else text
