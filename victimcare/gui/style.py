"""The look: Fusion with a light palette, one accent colour, an 8-px grid, icons and marks."""

from __future__ import annotations

import functools

from PySide6.QtCore import QByteArray, QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from victimcare.domain.reference import resources_dir

SPACING = 8           # every margin and gap is a multiple of this
ACCENT = "#1d6a86"    # the one accent colour: primary buttons, selection, focus
ICON_SIZE = 18

# Marks of due dates (risk marks are in widgets/marks.py): always beside a word, never alone.
MARKS = {"overdue": "#c62828", "due": "#ef6c00"}

_LIGHT = {
    QPalette.ColorRole.Window: "#f4f6f7",
    QPalette.ColorRole.WindowText: "#1f2a30",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f7f9fa",
    QPalette.ColorRole.Text: "#1f2a30",
    QPalette.ColorRole.Button: "#eef1f3",
    QPalette.ColorRole.ButtonText: "#1f2a30",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1f2a30",
    QPalette.ColorRole.PlaceholderText: "#6b7880",
    QPalette.ColorRole.Highlight: ACCENT,
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: ACCENT,
}

_DARK = {
    QPalette.ColorRole.Window: "#1e2428",
    QPalette.ColorRole.WindowText: "#e6eaec",
    QPalette.ColorRole.Base: "#151a1d",
    QPalette.ColorRole.AlternateBase: "#1b2124",
    QPalette.ColorRole.Text: "#e6eaec",
    QPalette.ColorRole.Button: "#263036",
    QPalette.ColorRole.ButtonText: "#e6eaec",
    QPalette.ColorRole.ToolTipBase: "#263036",
    QPalette.ColorRole.ToolTipText: "#e6eaec",
    QPalette.ColorRole.PlaceholderText: "#8a979e",
    QPalette.ColorRole.Highlight: "#3d8fae",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7cc3dd",
}

_SHEET = """
QListWidget#navigation {{ border: none; background: {nav}; padding: 8px 0px; outline: 0; }}
QListWidget#navigation::item {{ padding: 8px 8px; margin: 2px 8px; border-radius: 4px; }}
QListWidget#navigation::item:selected {{ background: {accent}; color: #ffffff; }}
QListWidget#navigation::item:hover:!selected {{ background: {hover}; }}
QPushButton[primary="true"] {{ background: {accent}; color: #ffffff; border: 1px solid {accent};
    border-radius: 4px; padding: 6px 16px; font-weight: 600; }}
QPushButton[primary="true"]:hover {{ background: {accent_dark}; }}
QPushButton[primary="true"]:disabled {{ background: {disabled}; border-color: {disabled}; }}
QPushButton[link="true"] {{ border: none; background: transparent; color: {link};
    text-decoration: underline; padding: 0px; text-align: left; }}
QLabel[role="heading"] {{ font-size: 16pt; font-weight: 600; }}
QLabel[role="section"] {{ font-size: 11pt; font-weight: 600; }}
QLabel[role="hint"] {{ color: {hint}; }}
QLabel[role="empty"] {{ color: {hint}; padding: 8px 0px; }}
QLabel[role="error"] {{ color: {error}; }}
QFrame#card {{ background: {base}; border: 1px solid {border}; border-radius: 6px; }}
QStatusBar QLabel {{ padding: 0px 8px; }}
"""


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def apply_style(app: QApplication) -> None:
    """Fusion everywhere so every office PC looks the same; dark only when the system is."""
    app.setStyle("Fusion")
    dark = is_dark()
    palette = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#8a959b"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText,
                     QColor("#8a959b"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText,
                     QColor("#8a959b"))
    app.setPalette(palette)
    app.setStyleSheet(_SHEET.format(
        accent=ACCENT, accent_dark="#15536a", disabled="#9dbac6",
        nav="#263036" if dark else "#e8eef1", hover="#33414a" if dark else "#d9e3e8",
        link=palette.color(QPalette.ColorRole.Link).name(),
        hint="#9aa6ac" if dark else "#56636b", error="#ff8a80" if dark else "#b03a2e",
        base=palette.color(QPalette.ColorRole.Base).name(),
        border="#33414a" if dark else "#d5dde1"))


def set_primary(button: object) -> None:
    """The one primary button of a page or dialog: accent-coloured."""
    button.setProperty("primary", True)  # type: ignore[attr-defined]


def set_role(label: object, role: str) -> None:
    label.setProperty("role", role)  # type: ignore[attr-defined]


@functools.cache
def mark_icon(kind: str, size: int = 12) -> QIcon:
    """A small filled circle in the colour of a due date's state (overdue, due)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(MARKS.get(kind, "#8a959b")))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.end()
    return QIcon(pixmap)


@functools.cache
def icon(name: str, colour: str | None = None, size: int = ICON_SIZE) -> QIcon:
    """An icon of resources/icons, its strokes drawn in `colour` (default: the text colour)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    colour = colour or ("#e6eaec" if is_dark() else "#33424a")
    svg = path.read_text("utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        result.addPixmap(pixmap)
    return result


def format_date(iso: str | None) -> str:
    """A stored ISO date as people read it (14 Mar 2026); empty stays empty."""
    if not iso:
        return ""
    date = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    if not date.isValid():
        return iso
    return QLocale().toString(date, "d MMM yyyy")
