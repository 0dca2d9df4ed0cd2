"""Masked inputs for the numbers people in Pakistan type every day: CNIC and mobile."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from victimcare.domain.validation import format_cnic, normalise_cnic, normalise_mobile


class _MaskedEdit(QLineEdit):
    """A line edit with an input mask that stays left-to-right inside an Urdu layout and puts
    the cursor at the first blank when entered, so typing starts at the right place."""

    MASK = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setInputMask(self.MASK)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def digits(self) -> str:
        return re.sub(r"\D", "", self.text())

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            # The mask's own focus handling moves the cursor afterwards; run after it.
            QTimer.singleShot(0, self._to_first_blank)

    def _to_first_blank(self) -> None:
        text, count, seen = self.text(), len(self.digits()), 0
        for pos, ch in enumerate(text):
            if ch.isdigit():
                seen += 1
                if seen == count:
                    self.setCursorPosition(pos + 1)
                    return
        self.setCursorPosition(0)


class CnicEdit(_MaskedEdit):
    """CNIC typed as 12345-1234567-1; `value()` is that form, `error_code()` says what's wrong."""

    MASK = "00000-0000000-0;_"

    def value(self) -> str:
        d = self.digits()
        return format_cnic(d) if len(d) == 13 else d

    def set_value(self, value: str | None) -> None:
        self.setText(re.sub(r"\D", "", value or ""))

    def error_code(self) -> str | None:
        d = self.digits()
        if not d:
            return None
        try:
            normalise_cnic(d)
        except ValueError:
            return "cnic_format"
        return None


class MobileEdit(_MaskedEdit):
    """Mobile number typed as 0300-1234567."""

    MASK = "0000-0000000;_"

    def value(self) -> str:
        d = self.digits()
        return f"{d[:4]}-{d[4:]}" if len(d) == 11 else d

    def set_value(self, value: str | None) -> None:
        digits = re.sub(r"\D", "", value or "")
        if digits.startswith("92") and len(digits) == 12:
            digits = "0" + digits[2:]
        self.setText(digits)

    def error_code(self) -> str | None:
        d = self.digits()
        if not d:
            return None
        try:
            normalise_mobile(d)
        except ValueError:
            return "mobile_format"
        return None
