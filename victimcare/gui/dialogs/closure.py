"""Asking for a case to be closed, and a supervisor's decision on that request."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from victimcare.domain import reference
from victimcare.domain.errors import FieldError, ValidationError
from victimcare.gui.context import AppContext
from victimcare.gui.dialogs.base import FormDialog, add_decision, plain_label, text_box
from victimcare.gui.widgets.choices import ChoiceCombo
from victimcare.gui.widgets.lang import ui_lang
from victimcare.services import closures


class ClosureRequestDialog(FormDialog):
    """Why the work on the case ends; a supervisor decides before the case is closed."""

    def __init__(self, ctx: AppContext, case_id: str, case_number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Request closure"), parent)
        self.setObjectName("closureRequestDialog")
        self.case_id = case_id
        self.form.addRow(self.tr("Case"), plain_label(self, case_number))
        self.reason = self.add_field(self.tr("&Reason"),
                                     ChoiceCombo.of("closure_reasons", self, blank=""),
                                     "reason", "closureReason")
        self.comment = self.add_field(
            self.tr("&Comment"), text_box(self, 4), "comment", "closureComment",
            hint=self.tr("What was done and why the case can end. A supervisor decides."))
        self.resize(480, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        return {"reason": self.reason.code(), "comment": self.comment.toPlainText().strip()}

    def check(self, values: dict[str, Any]) -> list[FieldError]:
        return [] if values["reason"] else [FieldError("reason", "required")]

    def submit(self, values: dict[str, Any]) -> None:
        self.run(closures.request_closure, self.case_id, values["reason"], values["comment"])


class ClosureDecisionDialog(FormDialog):
    """Approve (the case closes) or reject (it opens again); rejecting needs a reason, which
    the case worker reads in the case's notes."""

    def __init__(self, ctx: AppContext, request: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Decide closure"), parent)
        self.setObjectName("closureDecisionDialog")
        self.request = request
        self.form.addRow(self.tr("Case"), plain_label(self, request.get("case_number") or ""))
        self.form.addRow(self.tr("Reason"), plain_label(
            self, reference.label("closure_reasons", request.get("reason"), ui_lang())))
        self.form.addRow(self.tr("Asked by"), plain_label(
            self, request.get("requested_by_name") or ""))
        if request.get("comment"):
            self.form.addRow(self.tr("Their comment"), plain_label(self, request["comment"]))
        self.approve, self.reject_choice = add_decision(
            self, self.tr("Decision"), self.tr("&Approve, close the case"),
            self.tr("Re&ject, keep it open"), "closure")
        self.comment = self.add_field(self.tr("&Comment"), text_box(self, 3), "comment",
                                      "closureDecisionComment",
                                      hint=self.tr("Needed when you reject the request."))
        own = bool(ctx.signed_in and request.get("created_by") == ctx.session.user_id)
        if own:
            self.summary.set_message(self._own_text())
            self.ok_button.setEnabled(False)
        self.resize(480, self.sizeHint().height())

    def _own_text(self) -> str:
        return self.tr("You asked for this closure yourself: another supervisor must decide.")

    def values(self) -> dict[str, Any]:
        return {"approve": self.approve.isChecked(),
                "comment": self.comment.toPlainText().strip()}

    def check(self, values: dict[str, Any]) -> list[FieldError]:
        if not values["approve"] and not values["comment"]:
            return [FieldError("comment", "required")]
        return []

    def submit(self, values: dict[str, Any]) -> None:
        self.run(closures.decide_closure, self.request["id"], values["approve"],
                 values["comment"])

    def _failed(self, error: BaseException) -> None:
        super()._failed(error)
        if isinstance(error, ValidationError) and any(
                e.code == "cannot_review_own" for e in error.errors):
            self.summary.set_message(self._own_text())
