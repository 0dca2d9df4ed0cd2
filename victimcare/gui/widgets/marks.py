"""Status by a word and a small shaped mark, never by colour alone (risk levels, warnings)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap, QPolygonF

from victimcare.domain.enums import RiskLevel
from victimcare.gui.widgets.labels import enum_label

# Shapes differ as well as colours, so the mark reads in greyscale and for colour-blind users.
_RISK_STYLE = {
    "high": ("#c62828", "triangle"),
    "medium": ("#ef6c00", "diamond"),
    "low": ("#2e7d32", "circle"),
}
WARNING_COLOUR = "#b26a00"
ERROR_COLOUR = "#b00020"
_cache: dict[tuple[str, str, int], QIcon] = {}


def shape_icon(colour: str, shape: str, size: int = 12) -> QIcon:
    key = (colour, shape, size)
    if key not in _cache:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(colour))
        s = float(size)
        if shape == "triangle":
            p.drawPolygon(QPolygonF([QPointF(s / 2, 1), QPointF(s - 1, s - 1), QPointF(1, s - 1)]))
        elif shape == "diamond":
            p.drawPolygon(QPolygonF([QPointF(s / 2, 1), QPointF(s - 1, s / 2),
                                     QPointF(s / 2, s - 1), QPointF(1, s / 2)]))
        elif shape == "warning":
            path = QPainterPath()
            path.addPolygon(QPolygonF([QPointF(s / 2, 0), QPointF(s, s), QPointF(0, s)]))
            p.drawPath(path)
            p.setPen(QColor("white"))
            p.drawLine(QPointF(s / 2, s * 0.35), QPointF(s / 2, s * 0.68))
            p.drawPoint(QPointF(s / 2, s * 0.84))
        else:
            p.drawEllipse(QRectF(1, 1, s - 2, s - 2))
        p.end()
        _cache[key] = QIcon(pixmap)
    return _cache[key]


def risk_icon(level: str | None) -> QIcon:
    colour, shape = _RISK_STYLE.get(level or "", ("#9e9e9e", "circle"))
    return shape_icon(colour, shape)


def warning_icon() -> QIcon:
    return shape_icon(WARNING_COLOUR, "warning", 14)


def risk_html(level: str | None, none_text: str) -> str:
    """Rich text for a label: the coloured mark followed by the word."""
    if not level:
        return none_text
    colour, shape = _RISK_STYLE.get(level, ("#9e9e9e", "circle"))
    glyph = {"triangle": "▲", "diamond": "◆"}.get(shape, "●")
    return f'<span style="color:{colour}">{glyph}</span>&nbsp;{enum_label(RiskLevel, level)}'
