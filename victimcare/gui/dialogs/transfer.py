"""Offering a case to another office, and answering (or withdrawing) such an offer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from victimcare.domain.enums import TransferStatus
from victimcare.domain.errors import FieldError, ValidationError, WorkflowError
from victimcare.gui.context import AppContext
from victimcare.gui.dialogs.base import FormDialog, plain_label, text_box
from victimcare.gui.translate import QT_TRANSLATE_NOOP
from victimcare.gui.widgets.choices import ChoiceCombo
from victimcare.gui.widgets.lang import ui_lang
from victimcare.services import transfers
from victimcare.services.transfers import Office, TransferRow

MAX_REASON = 1000
_CTX = "Transfers"
_STATUS = {
    TransferStatus.REQUESTED: QT_TRANSLATE_NOOP("Transfers", "Waiting for an answer"),
    TransferStatus.ACCEPTED: QT_TRANSLATE_NOOP("Transfers", "Accepted"),
    TransferStatus.DECLINED: QT_TRANSLATE_NOOP("Transfers", "Declined"),
    TransferStatus.CANCELLED: QT_TRANSLATE_NOOP("Transfers", "Withdrawn"),
}
_REFUSALS = {
    "same_office": QT_TRANSLATE_NOOP("Transfers", "The case is already with this office."),
    "not_found": QT_TRANSLATE_NOOP("Transfers", "This office is not known here."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def status_label(status: str) -> str:
    text = _STATUS.get(TransferStatus(status)) if status in TransferStatus._value2member_map_ \
        else None
    return _tr(text) if text else status


def workflow_message(error: WorkflowError) -> str:
    """Why a transfer step or a write on a transferred case was refused, in words."""
    current = error.params.get("current")
    if current == TransferStatus.REQUESTED:
        return _tr("A transfer of this case is already waiting for an answer.")
    if current == "transferred":
        return _tr("This case was transferred to another office. It can only be read here.")
    if current == "transfer_requested":
        return _tr("This case is offered to your office. Accept it before working on it.")
    return _tr("This transfer has already been answered.")


class _TransferForm(FormDialog):
    """Shows the service's own refusals (office, pending transfer) in plain words."""

    def _failed(self, error: BaseException) -> None:
        super()._failed(error)
        if isinstance(error, WorkflowError):
            self.summary.set_message(workflow_message(error))
        elif isinstance(error, ValidationError):
            for e in error.errors:
                label = self.errors.label(e.field)
                if e.code in _REFUSALS and label is not None:
                    label.set_message(_tr(_REFUSALS[e.code]))


class TransferDialog(_TransferForm):
    """Which office should take the case, and why. The case stays here, and can be worked on
    here, until that office accepts it."""

    def __init__(self, ctx: AppContext, case_id: str, case_number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Transfer case"), parent)
        self.setObjectName("transferDialog")
        self.case_id = case_id
        self.form.addRow(self.tr("Case"), plain_label(self, case_number))
        self.office = self.add_field(
            self.tr("&To office"), ChoiceCombo([], self, blank=self.tr("Choose an office")),
            "to_office", "transferOffice")
        self.reason = self.add_field(
            self.tr("&Reason"), text_box(self, 4), "reason", "transferReason",
            hint=self.tr("The other office reads this before it decides."))
        self.form.addRow("", plain_label(self, self.tr(
            "The case stays with your office until the other office accepts it; after that "
            "your office keeps a copy that can only be read. The request travels with the "
            "next sync bundles.")))
        self.ok_button.setText(self.tr("Request transfer"))
        self.resize(520, self.sizeHint().height())
        ctx.call(transfers.offices, on_done=self._fill_offices, on_error=self._failed)

    def _fill_offices(self, offices: list[Office]) -> None:
        lang = ui_lang()
        for o in offices:
            name = o.name_ur if lang == "ur" and o.name_ur else o.name_en
            self.office.addItem(f"{name} ({o.code})" if name != o.code else o.code, o.code)

    def values(self) -> dict[str, Any]:
        return {"to_office": self.office.code(), "reason": self.reason.toPlainText().strip()}

    def check(self, values: dict[str, Any]) -> list[FieldError]:
        errors = [FieldError(f, "required") for f in ("to_office", "reason") if not values[f]]
        if len(values["reason"]) > MAX_REASON:
            errors.append(FieldError("reason", "too_long"))
        return errors

    def submit(self, values: dict[str, Any]) -> None:
        self.run(transfers.request_transfer, self.case_id, values["to_office"], values["reason"])


class TransferAnswerDialog(_TransferForm):
    """Accept or decline a case offered to this office, or withdraw one this office offered
    (`action`: accept, decline, cancel). Declining needs a reason for the other office."""

    def __init__(self, ctx: AppContext, row: TransferRow, action: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle({"accept": self.tr("Accept transfer"),
                             "decline": self.tr("Decline transfer"),
                             "cancel": self.tr("Withdraw transfer")}[action])
        self.setObjectName("transferAnswerDialog")
        self.row = row
        self.action = action
        self.form.addRow(self.tr("Case"), plain_label(self, f"{row.case_number} · {row.name}"))
        self.form.addRow(self.tr("From"), plain_label(self, row.from_office))
        self.form.addRow(self.tr("To"), plain_label(self, row.to_office))
        self.form.addRow(self.tr("Reason"), plain_label(self, row.reason))
        hint = {
            "accept": self.tr("From now on your office works this case."),
            "decline": self.tr("Say why, so that the other office can find the right place."),
            "cancel": self.tr("The other office will no longer see the case."),
        }[action]
        self.comment = self.add_field(self.tr("&Comment"), text_box(self, 3), "comment",
                                      "transferComment", hint=hint)
        self.ok_button.setText({"accept": self.tr("Accept case"),
                                "decline": self.tr("Decline"),
                                "cancel": self.tr("Withdraw")}[action])
        self.resize(480, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        return {"comment": self.comment.toPlainText().strip()}

    def check(self, values: dict[str, Any]) -> list[FieldError]:
        if self.action == "decline" and not values["comment"]:
            return [FieldError("comment", "required")]
        return []

    def submit(self, values: dict[str, Any]) -> None:
        fn = {"accept": transfers.accept_transfer, "decline": transfers.decline_transfer,
              "cancel": transfers.cancel_transfer}[self.action]
        self.run(fn, self.row.id, values["comment"])
