"""The last resort: an unexpected error becomes a calm dialog with a report free of any data."""

from __future__ import annotations

import platform
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import victimcare
from victimcare.gui.style import SPACING, set_role
from victimcare.gui.tasks import format_exception_without_data


def crash_report(error: BaseException) -> str:
    """What a supporter needs: versions and code locations. The exception's message and any
    variable values are left out, because they can hold a victim's name or CNIC."""
    head = [
        f"VictimCare {getattr(victimcare, '__version__', '?')}",
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}",
    ]
    return "\n".join([*head, "", format_exception_without_data(error)])


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("VictimCare — something went wrong"))
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        title = QLabel(self.tr("Something went wrong"))
        set_role(title, "section")
        layout.addWidget(title)
        text = QLabel(self.tr(
            "VictimCare could not finish what you asked. What you saved before is safe. "
            "If this happens again, copy the report below and send it to your administrator: "
            "it names places in the program only, never anyone's data."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.report = QPlainTextEdit(report)
        self.report.setObjectName("crashReport")
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Error report"))
        self.report.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        layout.addWidget(self.report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy report"))
        self.copy_button.setObjectName("copyReport")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())
        self.copy_button.setText(self.tr("Copied"))


_showing = False


def _hook(kind: type[BaseException], error: BaseException,
          tb: TracebackType | None) -> None:
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    if error.__traceback__ is None:
        error = error.with_traceback(tb)
    report = crash_report(error)
    # stderr gets the same data-free report (it may be redirected to a file by the launcher).
    print(report, file=sys.stderr)
    if _showing or QApplication.instance() is None:
        return  # an error while the dialog is open must not stack dialogs
    _showing = True
    try:
        CrashDialog(report, QApplication.activeWindow()).exec()
    finally:
        _showing = False


def install_excepthook() -> None:
    sys.excepthook = _hook
