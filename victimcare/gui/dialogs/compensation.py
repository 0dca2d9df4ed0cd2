"""Recording a compensation claim, and moving it one step on (submitted, approved, paid...)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from victimcare.domain import compensation_flow as flow
from victimcare.domain import reference
from victimcare.domain.enums import ClaimStatus
from victimcare.domain.errors import FieldError, ValidationError
from victimcare.gui.context import AppContext
from victimcare.gui.dialogs.base import FormDialog, plain_label
from victimcare.gui.translate import QT_TRANSLATE_NOOP
from victimcare.gui.widgets.choices import CheckList, ChoiceCombo
from victimcare.gui.widgets.date_field import DateField
from victimcare.gui.widgets.lang import ui_lang
from victimcare.services import compensation
from victimcare.services.compensation import Claim, Heir

_CTX = "Compensation"
_STATUS = {
    ClaimStatus.NOT_STARTED: QT_TRANSLATE_NOOP("Compensation", "Not started"),
    ClaimStatus.DOCUMENTS_COLLECTED: QT_TRANSLATE_NOOP("Compensation", "Documents collected"),
    ClaimStatus.SUBMITTED: QT_TRANSLATE_NOOP("Compensation", "Submitted"),
    ClaimStatus.UNDER_REVIEW: QT_TRANSLATE_NOOP("Compensation", "Under review"),
    ClaimStatus.APPROVED: QT_TRANSLATE_NOOP("Compensation", "Approved"),
    ClaimStatus.PAID: QT_TRANSLATE_NOOP("Compensation", "Paid"),
    ClaimStatus.REJECTED: QT_TRANSLATE_NOOP("Compensation", "Rejected"),
}
_REFUSALS = {
    "wrong_province": QT_TRANSLATE_NOOP(
        "Compensation", "This scheme does not pay for attacks in the incident's province."),
    "no_incident": QT_TRANSLATE_NOOP(
        "Compensation", "The case has no incident, so no scheme can be chosen."),
    "duplicate_claim": QT_TRANSLATE_NOOP(
        "Compensation", "This person already has an open claim for this loss under this scheme."),
    "claim_closed": QT_TRANSLATE_NOOP("Compensation", "The claim is closed."),
}
MAX_AMOUNT = 2_000_000_000  # rupees; more than any scheme pays, and fits the validator


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def claim_status_label(status: str) -> str:
    text = _STATUS.get(ClaimStatus(status)) if status in ClaimStatus._value2member_map_ \
        else None
    return _tr(text) if text else status


def rupees(amount: int | None) -> str:
    return "" if amount is None else f"Rs {amount:,}"


def _amount_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setValidator(QIntValidator(0, MAX_AMOUNT, edit))
    edit.setPlaceholderText(_tr("Rupees, e.g. 500000"))
    return edit


def _amount(edit: QLineEdit) -> int | None:
    text = edit.text().strip().replace(",", "")
    return int(text) if text.isdigit() else None


class _ClaimForm(FormDialog):
    """Shows the service's own refusals (scheme, duplicate) in plain words by their field."""

    def _failed(self, error: BaseException) -> None:
        super()._failed(error)
        if isinstance(error, ValidationError):
            for e in error.errors:
                label = self.errors.label(e.field)
                if e.code in _REFUSALS:
                    text = _tr(_REFUSALS[e.code])
                    if label is not None:
                        label.set_message(text)
                    else:
                        self.summary.set_message(text)


class ClaimDialog(_ClaimForm):
    """A new claim: the scheme (those of the incident's province), the loss, who claims, and
    for a death the legal heirs (ticked from the family relationships)."""

    def __init__(self, ctx: AppContext, case_id: str, members: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New compensation claim"), parent)
        self.setObjectName("claimDialog")
        self.case_id = case_id
        self._heirs: list[Heir] = []
        self.scheme = self.add_field(
            self.tr("&Scheme"), ChoiceCombo([], self, blank=self.tr("Choose a scheme")),
            "scheme", "claimScheme")
        self.category = self.add_field(
            self.tr("&Loss"), ChoiceCombo.of("compensation_categories", self,
                                             blank=self.tr("Choose")),
            "category", "claimCategory")
        self.claimant = self.add_field(
            self.tr("&Claimant"), ChoiceCombo(members, self, blank=self.tr("Choose a person")),
            "claimant", "claimClaimant")
        self.heirs = self.add_field(
            self.tr("Legal &heirs"), CheckList(members, self), "heirs", "claimHeirs",
            hint=self.tr("For a death: the people the scheme pays. Those recorded as legal "
                         "heirs are ticked."))
        self.amount = self.add_field(self.tr("&Amount claimed"), _amount_edit(self),
                                     "amount_claimed", "claimAmount")
        self.reference_no = self.add_field(self.tr("&File number"), QLineEdit(self),
                                           "reference", "claimReference",
                                           hint=self.tr("The scheme's own number, if known."))
        self.category.currentIndexChanged.connect(lambda _i: self._tick_heirs())
        self.ok_button.setText(self.tr("Record claim"))
        self.resize(520, self.sizeHint().height())
        ctx.call(compensation.schemes_for_case, case_id, on_done=self._fill_schemes,
                 on_error=self._failed)
        ctx.call(compensation.suggested_heirs, case_id, on_done=self._fill_heirs,
                 on_error=self._failed)

    def _fill_schemes(self, schemes: list[reference.Item]) -> None:
        lang = ui_lang()
        for s in schemes:
            self.scheme.addItem(s.label(lang), s.code)
        if len(schemes) == 1:
            self.scheme.setCurrentIndex(1)

    def _fill_heirs(self, heirs: list[Heir]) -> None:
        self._heirs = heirs
        self._tick_heirs()

    def _tick_heirs(self) -> None:
        if self.category.code() == "death" and not self.heirs.codes():
            self.heirs.set_codes(h.person_id for h in self._heirs)

    def values(self) -> dict[str, Any]:
        return {"scheme": self.scheme.code(), "category": self.category.code(),
                "claimant": self.claimant.code(), "heirs": self.heirs.codes(),
                "amount_claimed": _amount(self.amount),
                "reference": self.reference_no.text().strip()}

    def check(self, values: dict[str, Any]) -> list[FieldError]:
        return [FieldError(f, "required") for f in ("scheme", "category", "claimant")
                if not values[f]]

    def submit(self, values: dict[str, Any]) -> None:
        self.run(compensation.create_claim, self.case_id, scheme=values["scheme"],
                 category=values["category"], claimant=values["claimant"],
                 heirs=values["heirs"] or None, amount_claimed=values["amount_claimed"],
                 reference_no=values["reference"])


class ClaimStepDialog(_ClaimForm):
    """The claim's next step, with what that step records: the date it was submitted or
    decided, the scheme's file number, the amount paid."""

    def __init__(self, ctx: AppContext, claim: Claim, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Claim: next step"), parent)
        self.setObjectName("claimStepDialog")
        self.claim = claim
        lang = ui_lang()
        self.form.addRow(self.tr("Claim"), plain_label(self, " · ".join(x for x in (
            reference.label("compensation_schemes", claim.scheme, lang),
            reference.label("compensation_categories", claim.category, lang),
            claim.claimant_name) if x)))
        self.form.addRow(self.tr("Now"), plain_label(self, claim_status_label(claim.status)))
        self.target = self.add_field(
            self.tr("&Next step"),
            ChoiceCombo([(s, claim_status_label(s)) for s in claim.next_steps], self),
            "status", "claimTarget")
        self.on = self.add_field(self.tr("&Date"), DateField(self), "on", "claimDate")
        self.reference_no = self.add_field(self.tr("&File number"), QLineEdit(self),
                                           "reference", "claimStepReference")
        self.reference_no.setText(claim.reference)
        self.paid = self.add_field(self.tr("Amount &paid"), _amount_edit(self), "amount_paid",
                                   "claimPaid")
        self.target.currentIndexChanged.connect(lambda _i: self._show_fields())
        self.ok_button.setText(self.tr("Save step"))
        self._show_fields()
        self.resize(460, self.sizeHint().height())

    def _row_visible(self, widget: QWidget, visible: bool) -> None:
        holder = widget.parentWidget()
        self.form.setRowVisible(holder, visible)

    def _show_fields(self) -> None:
        target = self.target.code()
        dated = target in {s.value for s in flow.SUBMITTED_ON | flow.DECIDED_ON}
        self._row_visible(self.on, dated)
        self._row_visible(self.reference_no, target == ClaimStatus.SUBMITTED)
        self._row_visible(self.paid, target == ClaimStatus.PAID)

    def values(self) -> dict[str, Any]:
        return {"status": self.target.code(), "on": self.on.value(),
                "reference": self.reference_no.text().strip(), "amount_paid": _amount(self.paid)}

    def check(self, values: dict[str, Any]) -> list[FieldError]:
        errors = [] if values["status"] else [FieldError("status", "required")]
        if values["status"] == ClaimStatus.PAID and values["amount_paid"] is None:
            errors.append(FieldError("amount_paid", "required"))
        code = self.on.error_code()
        if code and values["status"] in {s.value for s in flow.SUBMITTED_ON | flow.DECIDED_ON}:
            errors.append(FieldError("on", code))
        return errors

    def map_errors(self, errors: list[FieldError]) -> list[FieldError]:
        # The service names the date by the claim's column; this dialog has one date field.
        return [FieldError("on", e.code, e.row, e.params)
                if e.field in ("submitted_on", "decided_on") else e for e in errors]

    def submit(self, values: dict[str, Any]) -> None:
        status = values["status"]
        dated = status in {s.value for s in flow.SUBMITTED_ON | flow.DECIDED_ON}
        self.run(compensation.move_claim, self.claim.id, status,
                 on=values["on"] if dated else None,
                 amount_paid=values["amount_paid"] if status == ClaimStatus.PAID else None,
                 reference_no=values["reference"] if status == ClaimStatus.SUBMITTED else None)
