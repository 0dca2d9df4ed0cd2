"""Rating a case's risk, and a supervisor's review of a rating."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from victimcare.domain.enums import RiskLevel
from victimcare.domain.errors import FieldError
from victimcare.domain.rules import risk_needs_review
from victimcare.gui.context import AppContext
from victimcare.gui.dialogs.base import FormDialog, add_decision, plain_label, text_box
from victimcare.gui.widgets.choices import ChoiceCombo
from victimcare.gui.widgets.labels import enum_label
from victimcare.services import care


class RiskAssessmentDialog(FormDialog):
    """A new rating with its reasons; says up front when a supervisor will have to look."""

    def __init__(self, ctx: AppContext, case_id: str, current: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Assess risk"), parent)
        self.setObjectName("riskDialog")
        self.case_id = case_id
        self.current = current
        self.form.addRow(self.tr("Current level"), plain_label(
            self, enum_label(RiskLevel, current) or self.tr("Not yet rated")))
        self.level = self.add_field(self.tr("&New level"),
                                    ChoiceCombo.of(RiskLevel, self, blank=""), "level",
                                    "riskLevel")
        self.factors = self.add_field(
            self.tr("&Factors"), QLineEdit(self), "factors", "riskFactors",
            hint=self.tr("Separate several factors with commas."))
        self.rationale = self.add_field(self.tr("&Reasons"), text_box(self, 4), "rationale",
                                        "riskRationale")
        self.review_note = plain_label(self, "")
        self.review_note.setObjectName("riskReviewNote")
        self.form.addRow("", self.review_note)
        self.level.currentIndexChanged.connect(self._level_changed)
        self._level_changed()
        self.resize(480, self.sizeHint().height())

    def _level_changed(self) -> None:
        level = self.level.code()
        previous = RiskLevel(self.current) if self.current else None
        text = ""
        if level and risk_needs_review(previous, RiskLevel(level)):
            if previous is not None and RiskLevel(level).rank < previous.rank:
                text = self.tr("A supervisor must approve this lower rating before it applies.")
            else:
                text = self.tr("This rating applies now; a supervisor will review it.")
        self.review_note.setText(text)
        self.review_note.setVisible(bool(text))

    def values(self) -> dict[str, Any]:
        factors = [f.strip() for f in self.factors.text().split(",") if f.strip()]
        return {"level": self.level.code(), "factors": factors,
                "rationale": self.rationale.toPlainText().strip()}

    def check(self, values: dict[str, Any]) -> list[FieldError]:
        return [FieldError(f, "required") for f in ("level", "rationale") if not values[f]]

    def submit(self, values: dict[str, Any]) -> None:
        self.run(care.assess_risk, self.case_id, values["level"], factors=values["factors"],
                 rationale=values["rationale"])


class RiskReviewDialog(FormDialog):
    """Approve or reject a rating that waits for a supervisor; rejecting needs a reason."""

    def __init__(self, ctx: AppContext, assessment: dict[str, Any], current: str | None,
                 assessed_by: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Review risk rating"), parent)
        self.setObjectName("riskReviewDialog")
        self.assessment = assessment
        self.form.addRow(self.tr("Rating"), plain_label(self, self.tr("%1 (now %2)").replace(
            "%1", enum_label(RiskLevel, assessment["level"])).replace(
            "%2", enum_label(RiskLevel, current) or self.tr("not rated"))))
        self.form.addRow(self.tr("Rated by"), plain_label(self, assessed_by))
        self.form.addRow(self.tr("Reasons"), plain_label(self, assessment.get("rationale") or ""))
        self.approve, self.reject_choice = add_decision(
            self, self.tr("Decision"), self.tr("&Approve"), self.tr("Re&ject"), "review")
        self.comment = self.add_field(self.tr("&Comment"), text_box(self, 3), "review_comment",
                                      "reviewComment",
                                      hint=self.tr("Needed when you reject the rating."))
        self.resize(480, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        return {"approve": self.approve.isChecked(),
                "comment": self.comment.toPlainText().strip()}

    def check(self, values: dict[str, Any]) -> list[FieldError]:
        if not values["approve"] and not values["comment"]:
            return [FieldError("review_comment", "required")]
        return []

    def submit(self, values: dict[str, Any]) -> None:
        self.run(care.review_risk, self.assessment["id"], values["approve"], values["comment"])
