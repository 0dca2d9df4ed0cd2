"""A date input that can also say "unknown", with day / month / year precision."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

_FORMATS = {"day": "yyyy-MM-dd", "month": "yyyy-MM", "year": "yyyy"}


class DateField(QWidget):
    """`value()` is an ISO date or None (unknown). Shown as YYYY-MM-DD, the form the messages
    ask for; the "Unknown" box appears only where an unknown date is acceptable."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, allow_unknown: bool = False,
                 allow_future: bool = False, default: dt.date | None = None) -> None:
        super().__init__(parent)
        self._allow_future = allow_future
        self._precision = "day"
        self.edit = QDateEdit(self)
        # Left to right before the format is set: in a right-to-left layout QDateEdit would
        # reverse the sections and show 2026-03-14 as 14-03-2026.
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(_FORMATS["day"])
        self.edit.setMinimumDate(QDate(1900, 1, 1))
        self.edit.setDate(QDate(default or dt.date.today()))
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.edit, 1)
        self.unknown: QCheckBox | None = None
        if allow_unknown:
            self.unknown = QCheckBox(self.tr("Unknown"), self)
            self.unknown.toggled.connect(self._on_unknown)
            layout.addWidget(self.unknown)
        self.setFocusProxy(self.edit)

    def setObjectName(self, name: str) -> None:
        super().setObjectName(name)
        self.edit.setObjectName(name + "Edit")
        if self.unknown is not None:
            self.unknown.setObjectName(name + "Unknown")

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        if self.unknown is not None:
            self.unknown.setAccessibleName(self.tr("%1 unknown").replace("%1", name))

    def _on_unknown(self, checked: bool) -> None:
        self.edit.setEnabled(not checked)
        self.changed.emit()

    def set_precision(self, precision: str) -> None:
        self._precision = precision if precision in _FORMATS else "day"
        self.edit.setDisplayFormat(_FORMATS[self._precision])
        self.changed.emit()

    def value(self) -> str | None:
        if self.unknown is not None and self.unknown.isChecked():
            return None
        d = self.edit.date().toPython()
        if self._precision == "month":
            d = d.replace(day=1)
        elif self._precision == "year":
            d = d.replace(month=1, day=1)
        return d.isoformat()

    def set_value(self, value: str | None) -> None:
        if self.unknown is not None:
            self.unknown.setChecked(value is None)
        if value:
            self.edit.setDate(QDate(dt.date.fromisoformat(value[:10])))

    def error_code(self) -> str | None:
        v = self.value()
        if v and not self._allow_future and dt.date.fromisoformat(v) > dt.date.today():
            return "in_future"
        return None
