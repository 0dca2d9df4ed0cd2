"""Recording a needs assessment with several needs, and changing one need's status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from victimcare.domain import reference
from victimcare.domain.enums import NeedStatus, Severity
from victimcare.domain.errors import FieldError
from victimcare.gui.context import AppContext
from victimcare.gui.dialogs.base import FormDialog, plain_label, text_box
from victimcare.gui.messages import field_label, field_message
from victimcare.gui.widgets.choices import ChoiceCombo
from victimcare.gui.widgets.field_errors import ErrorLabel
from victimcare.gui.widgets.lang import ui_lang
from victimcare.services import care


def _needs_tr(text: str) -> str:
    return QCoreApplication.translate("NeedsDialog", text)


class _NeedRow:
    """The inputs of one need in the list (a row of the dialog's grid)."""

    def __init__(self, dialog: NeedsDialog, grid: QGridLayout, index: int) -> None:
        number = str(index + 1)
        self.domain = ChoiceCombo.of("need_domains", dialog, blank="")
        self.severity = ChoiceCombo.of(Severity, dialog)
        self.severity.set_code(Severity.MEDIUM.value)
        self.status = ChoiceCombo.of(NeedStatus, dialog)
        self.notes = QLineEdit(dialog)
        self.error = ErrorLabel(dialog)
        row = index * 2 + 1
        for col, (name, widget, label) in enumerate((
                ("needDomain", self.domain, _needs_tr("Need %1")),
                ("needSeverity", self.severity, _needs_tr("Severity of need %1")),
                ("needStatus", self.status, _needs_tr("Status of need %1")),
                ("needNotes", self.notes, _needs_tr("Notes on need %1")))):
            widget.setObjectName(name + str(index))
            widget.setAccessibleName(label.replace("%1", number))
            grid.addWidget(widget, row, col)
            widget.show()  # added to a dialog that may already be on screen
        self.error.setObjectName(f"needError{index}")
        grid.addWidget(self.error, row + 1, 0, 1, 4)
        for combo in (self.domain, self.severity, self.status):
            combo.currentIndexChanged.connect(lambda _i: dialog.revalidate())
        self.notes.textChanged.connect(lambda _t: dialog.revalidate())

    def value(self) -> dict[str, Any] | None:
        if not self.domain.code() and not self.notes.text().strip():
            return None  # an untouched spare row
        return {"domain": self.domain.code(), "severity": self.severity.code(),
                "status": self.status.code(), "notes": self.notes.text().strip() or None}


class NeedsDialog(FormDialog):
    """A needs assessment: for the family or one member, with one row per need."""

    def __init__(self, ctx: AppContext, case_id: str, members: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Record needs"), parent)
        self.setObjectName("needsDialog")
        self.case_id = case_id
        self.person = self.add_field(
            self.tr("&For"), ChoiceCombo(members, self, blank=self.tr("The whole family")),
            "person", "needsPerson")
        self.summary_box = self.add_field(self.tr("&Summary"), text_box(self, 2), "summary",
                                          "needsSummary")
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self._grid = QGridLayout()
        column.addLayout(self._grid)
        column.addStretch(1)  # rows stay together at the top however tall the dialog is
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(2)
        for col, text in enumerate((self.tr("Need"), self.tr("Severity"), self.tr("Status"),
                                    self.tr("Notes"))):
            self._grid.addWidget(QLabel(text, holder), 0, col)
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(3, 3)
        scroll = QScrollArea(self)
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(160)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._holder = holder
        self.form.addRow(self.tr("Needs"), scroll)
        self.items_error = ErrorLabel(self)
        self.items_error.setObjectName("needsItemsError")
        self.form.addRow("", self.items_error)
        self.add_button = QPushButton(self.tr("&Add another need"), self)
        self.add_button.setObjectName("addNeedButton")
        self.add_button.clicked.connect(self.add_row)
        self.form.addRow("", self.add_button)
        self.rows: list[_NeedRow] = []
        self.add_row()
        self.resize(760, 460)

    def add_row(self) -> None:
        self.rows.append(_NeedRow(self, self._grid, len(self.rows)))
        self.rows[-1].domain.setFocus()

    def values(self) -> dict[str, Any]:
        items = [(i, v) for i, v in ((i, r.value()) for i, r in enumerate(self.rows)) if v]
        return {"person": self.person.code(),
                "summary": self.summary_box.toPlainText().strip() or None, "items": items}

    def check(self, values: dict[str, Any]) -> list[FieldError]:
        errors = [] if values["items"] else [FieldError("items", "required")]
        for n, (_i, item) in enumerate(values["items"], 1):
            errors += [FieldError(f, "required", n) for f in ("domain", "severity", "status")
                       if not item[f]]
        return errors

    def map_errors(self, errors: list[FieldError]) -> list[FieldError]:
        """Row errors (numbered among the filled rows) go to that row's error line."""
        filled = [i for i, _v in self.values()["items"]]
        per_row: dict[int, list[FieldError]] = {}
        rest = []
        for e in errors:
            if e.row is not None and 1 <= e.row <= len(filled):
                per_row.setdefault(filled[e.row - 1], []).append(e)
            elif e.field == "items":
                self.items_error.set_message(self.tr("Enter at least one need."))
            else:
                rest.append(e)
        if not any(e.field == "items" for e in errors):
            self.items_error.set_message("")
        names = {"domain": self.tr("Need"), "severity": self.tr("Severity"),
                 "status": self.tr("Status"), "notes": self.tr("Notes")}
        for i, row in enumerate(self.rows):
            found = per_row.get(i, [])
            if found and not self._tried:
                found = [e for e in found if e.code != "required"]
            row.error.set_message(" ".join(
                f"{names.get(e.field, field_label(e.field))}: {field_message(e)}"
                for e in found))
        return rest

    def submit(self, values: dict[str, Any]) -> None:
        self.run(care.record_needs, self.case_id, [v for _i, v in values["items"]],
                 person=values["person"], summary=values["summary"])


class NeedItemDialog(FormDialog):
    """Change how one need stands: its status, severity and notes."""

    def __init__(self, ctx: AppContext, item: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Change need"), parent)
        self.setObjectName("needItemDialog")
        self.item = item
        self.form.addRow(self.tr("Need"), plain_label(
            self, reference.label("need_domains", item["domain"], ui_lang())))
        self.status = self.add_field(self.tr("&Status"), ChoiceCombo.of(NeedStatus, self),
                                     "status", "needItemStatus")
        self.severity = self.add_field(self.tr("S&everity"), ChoiceCombo.of(Severity, self),
                                       "severity", "needItemSeverity")
        self.notes = self.add_field(self.tr("&Notes"), text_box(self, 3), "notes",
                                    "needItemNotes")
        self.status.set_code(item["status"])
        self.severity.set_code(item["severity"])
        self.notes.setPlainText(item.get("notes") or "")
        self.resize(480, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        return {"status": self.status.code(), "severity": self.severity.code(),
                "notes": self.notes.toPlainText().strip() or None}

    def submit(self, values: dict[str, Any]) -> None:
        changes = {k: v for k, v in values.items() if v != self.item.get(k)}
        if not changes:
            self._done(None)
            return
        self.run(care.update_need, self.item["id"], changes)
