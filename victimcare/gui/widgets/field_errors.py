"""Inline error text under a field, and the bookkeeping that puts each error by its field."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from victimcare.domain.errors import FieldError
from victimcare.gui.messages import field_message
from victimcare.gui.widgets.marks import ERROR_COLOUR


class ErrorLabel(QLabel):
    """Hidden while there is nothing to say; otherwise a warning sign and the message, so
    the problem reads without relying on the colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def set_message(self, text: str) -> None:
        self.setText("⚠ " + text if text else "")
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def message(self) -> str:
        return self.accessibleName()


class FieldErrors:
    """Maps field names (as the services name them) to the input and its error label."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, ErrorLabel]] = {}

    def bind(self, name: str, widget: QWidget, label: ErrorLabel) -> None:
        self._fields[name] = (widget, label)

    def label(self, name: str) -> ErrorLabel | None:
        entry = self._fields.get(name)
        return entry[1] if entry else None

    def show(self, errors: Iterable[FieldError], *,
             hide_required: bool = False) -> list[FieldError]:
        """Put each error under its field; return the ones no field here owns."""
        by_field: dict[str, list[str]] = {}
        unplaced: list[FieldError] = []
        for e in errors:
            if e.field not in self._fields:
                unplaced.append(e)
            elif not (hide_required and e.code == "required"):
                by_field.setdefault(e.field, []).append(field_message(e))
        for name, (widget, label) in self._fields.items():
            text = " ".join(dict.fromkeys(by_field.get(name, [])))
            label.set_message(text)
            widget.setAccessibleDescription(text)
        return unplaced

    def clear(self) -> None:
        self.show([])
