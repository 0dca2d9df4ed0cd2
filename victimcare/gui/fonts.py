"""The shipped Noto fonts: registered at start-up so every machine shows Urdu the same way."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from victimcare.domain.reference import resources_dir

LATIN_UI = "Noto Sans"
URDU_UI = "Noto Naskh Arabic"      # compact: fits table rows and form fields
URDU_DISPLAY = "Noto Nastaliq Urdu"  # tall: printed letters and large headings only

_registered: list[str] = []


def register_fonts() -> list[str]:
    """Add every font in resources/fonts to the application; returns the families loaded."""
    if _registered:
        return list(_registered)
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            _registered.extend(f for f in QFontDatabase.applicationFontFamilies(font_id)
                               if f not in _registered)
    return list(_registered)


def ui_font(lang: str) -> QFont:
    """The interface font: Latin letters from Noto Sans and Urdu from Naskh, in either order
    of preference, so an Urdu name in an English screen still uses the compact Naskh."""
    font = QFont()
    if lang == "ur":
        font.setFamilies([URDU_UI, LATIN_UI])
        font.setPointSize(11)  # Naskh at 10 pt is hard to read on a 1366×768 laptop
    else:
        font.setFamilies([LATIN_UI, URDU_UI])
        font.setPointSize(10)
    return font


def apply_ui_font(app: QApplication, lang: str) -> None:
    app.setFont(ui_font(lang))
