"""Adding a case note (notes are never edited: a correction is a new note)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QWidget

from victimcare.domain.errors import FieldError
from victimcare.domain.permissions import Action
from victimcare.gui.context import AppContext
from victimcare.gui.dialogs.base import FormDialog, text_box
from victimcare.services import care

MAX_NOTE = 20000


class NoteDialog(FormDialog):
    """A note, optionally restricted to supervisors."""

    def __init__(self, ctx: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Add note"), parent)
        self.setObjectName("noteDialog")
        self.case_id = case_id
        self.body = self.add_field(
            self.tr("&Note"), text_box(self, 8), "body", "noteBody",
            hint=self.tr("Notes cannot be changed later. Ctrl+Enter saves."))
        own = ctx.can(Action.NOTE_VIEW_RESTRICTED)
        self.restricted = self.add_field(
            self.tr("Who may read it"), QCheckBox(self.tr("&Restricted"), self), "restricted",
            "noteRestricted",
            hint=self.tr("Only supervisors can read restricted notes.") if own else self.tr(
                "Only supervisors can read restricted notes: you will not see it afterwards."))
        self.resize(520, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        return {"body": self.body.toPlainText().strip(), "restricted": self.restricted.isChecked()}

    def check(self, values: dict[str, Any]) -> list[FieldError]:
        if not values["body"]:
            return [FieldError("body", "required")]
        if len(values["body"]) > MAX_NOTE:
            return [FieldError("body", "too_long")]
        return []

    def submit(self, values: dict[str, Any]) -> None:
        self.run(care.add_note, self.case_id, values["body"], restricted=values["restricted"])
