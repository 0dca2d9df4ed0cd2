"""What every short-task dialog shares: labelled fields, errors as you type, one service call."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from victimcare.domain.errors import FieldError, StoreError, ValidationError
from victimcare.gui.context import AppContext
from victimcare.gui.messages import describe, field_label, field_message
from victimcare.gui.widgets.choices import CheckableCombo
from victimcare.gui.widgets.date_field import DateField
from victimcare.gui.widgets.field_errors import ErrorLabel, FieldErrors

# add_field gives back the input it was given, typed as given.
_W = TypeVar("_W", bound=QWidget)


class FormDialog(QDialog):
    """Subclasses add fields with `add_field`, and implement `values()`, `check(values)`
    (local rules, the same the service applies) and `submit(values)` (one `self.run(...)`).
    Enter (or Ctrl+Enter in a text box) accepts, Esc cancels; OK is refused with a message
    while anything is wrong, and the dialog closes only when the service has saved."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_value: Any = None
        self._tried = False
        self._busy = False
        self.setWindowTitle(title)
        self.setModal(True)
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setVerticalSpacing(6)
        layout.addLayout(self.form)
        self.summary = ErrorLabel(self)
        self.summary.setObjectName("dialogSummary")
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setDefault(True)
        self.ok_button.setProperty("primary", True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)

    # -- building ------------------------------------------------------------------------
    def add_field(self, label: str, widget: _W, field: str | None, object_name: str,
                  hint: str = "") -> _W:
        """A labelled row (the label is the input's buddy and accessible name) with an error
        line under the input; `field` names the service field whose errors go there."""
        widget.setObjectName(object_name)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        if hint:
            note = QLabel(hint, holder)
            note.setWordWrap(True)
            note.setEnabled(False)
            box.addWidget(note)
        error = ErrorLabel(holder)
        error.setObjectName(object_name + "Error")
        box.addWidget(error)
        holder.setFocusProxy(widget)
        if not isinstance(widget, QCheckBox):  # inputs use the dialog's width, labels wrap
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, widget.sizePolicy().verticalPolicy())
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.form.addRow(caption, holder)
        if field:
            self.errors.bind(field, widget, error)
        self._watch(widget)
        return widget

    def _watch(self, widget: QWidget) -> None:
        """Re-check whenever the user changes the input."""
        signal: Any = None
        if isinstance(widget, DateField | CheckableCombo):
            signal = widget.changed
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            signal = widget.textChanged
        elif isinstance(widget, QComboBox):
            signal = widget.currentIndexChanged
        elif isinstance(widget, QCheckBox):
            signal = widget.toggled
        elif hasattr(widget, "changed"):
            signal = widget.changed
        elif isinstance(widget, QListWidget):
            signal = widget.itemChanged
        if signal is not None:
            signal.connect(lambda *_a: self.revalidate())

    # -- to implement --------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def check(self, values: dict[str, Any]) -> list[FieldError]:
        return []

    def map_errors(self, errors: list[FieldError]) -> list[FieldError]:
        """Rename the service's errors to this dialog's field names (rows of a list, ...)."""
        return errors

    def submit(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    # -- flow ----------------------------------------------------------------------------
    def revalidate(self) -> list[FieldError]:
        errors = self.map_errors(self.check(self.values()))
        unplaced = self.errors.show(errors, hide_required=not self._tried)
        if self._tried:
            self._show_unplaced(unplaced)
        return errors

    def _show_unplaced(self, errors: list[FieldError]) -> None:
        lines = [f"{field_label(e.field)}: {field_message(e)}" for e in errors]
        self.summary.set_message("\n".join(lines))

    def accept(self) -> None:
        if self._busy:
            return
        self._tried = True
        errors = self.revalidate()
        if errors:
            self.summary.set_message(self.tr("Nothing was saved. Correct the marked fields.")
                                     if not self.summary.message() else self.summary.message())
            return
        self.summary.set_message("")
        self.submit(self.values())

    def run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        """Call the service off the UI thread; close on success, show its refusal otherwise."""
        if not self.ctx.signed_in:
            self._failed(StoreError("locked"))
            return
        self._busy = True
        self.ok_button.setEnabled(False)
        self.ctx.call(fn, *args, on_done=self._done, on_error=self._failed, **kwargs)

    def _done(self, result: Any) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
        self.result_value = result
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
        if isinstance(error, ValidationError):
            unplaced = self.errors.show(self.map_errors(list(error.errors)))
            if unplaced:
                self._show_unplaced(unplaced)
            else:
                self.summary.set_message(self.tr("Nothing was saved. Correct the marked fields."))
        else:
            self.summary.set_message(describe(error))


def add_decision(dialog: FormDialog, label: str, approve_text: str, reject_text: str,
                 name: str) -> tuple[QRadioButton, QRadioButton]:
    """The Approve / Reject pair of a supervisor's decision, on one form row; Approve is
    chosen at first and either choice re-checks the form."""
    choice = QWidget(dialog)
    row = QHBoxLayout(choice)
    row.setContentsMargins(0, 0, 0, 0)
    approve = QRadioButton(approve_text, choice)
    approve.setObjectName(name + "Approve")
    reject = QRadioButton(reject_text, choice)
    reject.setObjectName(name + "Reject")
    approve.setChecked(True)
    group = QButtonGroup(choice)
    group.addButton(approve)
    group.addButton(reject)
    row.addWidget(approve)
    row.addWidget(reject)
    row.addStretch(1)
    dialog.form.addRow(label, choice)
    approve.toggled.connect(lambda _c: dialog.revalidate())
    return approve, reject


def text_box(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    """A multi-line input where Tab moves on (instead of typing a tab) and Enter is a new line."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 16)
    return box



def plain_label(parent: QWidget, text: str) -> QLabel:
    """Read-only text in a form (what the dialog is about), wrapped and selectable."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
    return label


def person_name(person: dict[str, Any] | None) -> str:
    """A person's name in Latin script as they are called (given name first)."""
    if not person:
        return ""
    return " ".join(p for p in (person.get("given_name"), person.get("family_name")) if p)


def member_items(members: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(person id, name) for each case member, principal first: for person pickers."""
    ordered = sorted(members, key=lambda m: not m.get("principal"))
    return [(m["person"], person_name(m.get("person_row"))) for m in ordered]
