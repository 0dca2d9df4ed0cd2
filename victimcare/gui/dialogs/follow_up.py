"""Planning a follow-up contact, and recording how it went."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from victimcare.domain.enums import FollowUpKind
from victimcare.domain.errors import FieldError
from victimcare.gui.context import AppContext
from victimcare.gui.dialogs.base import FormDialog, plain_label, text_box
from victimcare.gui.widgets.choices import ChoiceCombo
from victimcare.gui.widgets.date_field import DateField
from victimcare.services import care


class FollowUpDialog(FormDialog):
    """When, how and why to get back in touch."""

    def __init__(self, ctx: AppContext, case_id: str, members: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Add follow-up"), parent)
        self.setObjectName("followUpDialog")
        self.case_id = case_id
        self.due_on = self.add_field(
            self.tr("&Due on"),
            DateField(self, allow_future=True, default=dt.date.today() + dt.timedelta(days=7)),
            "due_on", "followUpDue")
        self.kind = self.add_field(self.tr("&Kind"), ChoiceCombo.of(FollowUpKind, self), "kind",
                                   "followUpKind")
        self.person = self.add_field(
            self.tr("&With"), ChoiceCombo(members, self, blank=self.tr("The family")),
            "person", "followUpPerson")
        self.purpose = self.add_field(self.tr("&Purpose"), QLineEdit(self), "purpose",
                                      "followUpPurpose")
        self.resize(440, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        return {"due_on": self.due_on.value(), "kind": self.kind.code(),
                "person": self.person.code(), "purpose": self.purpose.text().strip()}

    def check(self, values: dict[str, Any]) -> list[FieldError]:
        return [FieldError(f, "required") for f in ("due_on", "kind") if not values[f]]

    def submit(self, values: dict[str, Any]) -> None:
        self.run(care.add_follow_up, self.case_id, values["due_on"], values["kind"],
                 purpose=values["purpose"], person=values["person"])


class CompleteFollowUpDialog(FormDialog):
    """The follow-up happened: when, and what came of it."""

    def __init__(self, ctx: AppContext, follow_up: dict[str, Any], description: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Complete follow-up"), parent)
        self.setObjectName("completeFollowUpDialog")
        self.follow_up = follow_up
        self.form.addRow(self.tr("Follow-up"), plain_label(self, description))
        self.outcome = self.add_field(self.tr("&Outcome"), text_box(self, 4), "outcome",
                                      "followUpOutcome")
        self.done_on = self.add_field(self.tr("Done &on"), DateField(self), "done_on",
                                      "followUpDoneOn")
        self.ok_button.setText(self.tr("Mark done"))
        self.resize(440, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        return {"outcome": self.outcome.toPlainText().strip(), "done_on": self.done_on.value()}

    def check(self, values: dict[str, Any]) -> list[FieldError]:
        errors = [] if values["outcome"] else [FieldError("outcome", "required")]
        code = self.done_on.error_code()
        return errors + ([FieldError("done_on", code)] if code else [])

    def submit(self, values: dict[str, Any]) -> None:
        self.run(care.complete_follow_up, self.follow_up["id"], values["outcome"],
                 values["done_on"])
