"""Recording informed consent, and withdrawing it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from victimcare.domain import reference
from victimcare.domain.enums import ConsentGivenBy, ConsentMethod
from victimcare.domain.errors import FieldError
from victimcare.domain.model import entity
from victimcare.domain.validation import validate_fields
from victimcare.gui.context import AppContext
from victimcare.gui.dialogs.base import FormDialog, plain_label, text_box
from victimcare.gui.widgets.choices import CheckList, ChoiceCombo, items_for
from victimcare.gui.widgets.date_field import DateField
from victimcare.services import care


class ConsentDialog(FormDialog):
    """Who gave consent, for what, which details may be shared, how and until when."""

    def __init__(self, ctx: AppContext, case_id: str, members: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Record consent"), parent)
        self.setObjectName("consentDialog")
        self.case_id = case_id
        self.person = self.add_field(self.tr("&Person"), ChoiceCombo(members, self), "person",
                                     "consentPerson")
        self.given_by = self.add_field(self.tr("&Given by"),
                                       ChoiceCombo.of(ConsentGivenBy, self), "given_by",
                                       "consentGivenBy")
        self.given_by_name = self.add_field(self.tr("&Name of who gave it"), QLineEdit(self),
                                            "given_by_name", "consentGivenByName")
        self.child_assent = self.add_field(
            self.tr("Child's assent"), QCheckBox(self.tr("The child &agreed too"), self),
            "child_assent", "consentChildAssent")
        self.consent_type = self.add_field(self.tr("&Type"),
                                           ChoiceCombo.of("consent_types", self, blank=""),
                                           "consent_type", "consentType")
        self.provider_type = self.add_field(
            self.tr("P&rovider type"), ChoiceCombo.of("provider_types", self, blank=""),
            "provider", "consentProviderType",
            hint=self.tr("Needed for consent to share with a service provider."))
        self.categories = self.add_field(
            self.tr("&Details that may be shared"),
            CheckList(items_for("data_categories"), self), "data_categories",
            "consentCategories")
        self.purpose = self.add_field(self.tr("P&urpose"), QLineEdit(self), "purpose",
                                      "consentPurpose")
        self.method = self.add_field(self.tr("&Method"), ChoiceCombo.of(ConsentMethod, self),
                                     "method", "consentMethod")
        self.witness = self.add_field(self.tr("&Witness"), QLineEdit(self), "witness_name",
                                      "consentWitness")
        self.given_on = self.add_field(self.tr("Given &on"), DateField(self), "given_on",
                                       "consentGivenOn")
        self.expires_on = self.add_field(
            self.tr("&Expires on"),
            DateField(self, allow_unknown=True, allow_future=True,
                      default=dt.date.today() + dt.timedelta(days=365)),
            "expires_on", "consentExpiresOn",
            hint=self.tr("Tick “Unknown” for consent without an end date."))
        self.given_by.currentIndexChanged.connect(self._given_by_changed)
        self._given_by_changed()
        self.resize(560, self.sizeHint().height())

    def _given_by_changed(self) -> None:
        by_other = self.given_by.code() != ConsentGivenBy.SELF
        self.given_by_name.setEnabled(by_other)
        self.child_assent.setEnabled(by_other)

    def values(self) -> dict[str, Any]:
        by_other = self.given_by.code() != ConsentGivenBy.SELF
        return {
            "person": self.person.code(), "given_by": self.given_by.code(),
            "given_by_name": self.given_by_name.text().strip() if by_other else "",
            "child_assent": self.child_assent.isChecked() if by_other else False,
            "consent_type": self.consent_type.code(), "provider_type": self.provider_type.code(),
            "data_categories": self.categories.codes(), "purpose": self.purpose.text().strip(),
            "method": self.method.code(), "witness_name": self.witness.text().strip(),
            "given_on": self.given_on.value(), "expires_on": self.expires_on.value(),
        }

    def check(self, values: dict[str, Any]) -> list[FieldError]:
        cleaned = {k: (None if v == "" else v) for k, v in values.items()}
        errors = validate_fields(entity("consent"), {**cleaned, "case_id": self.case_id},
                                 partial=True, reference=reference.all_codes())
        for name in ("person", "given_by", "consent_type", "method", "given_on"):
            if not cleaned.get(name):
                errors.append(FieldError(name, "required"))
        for name, widget in (("given_on", self.given_on), ("expires_on", self.expires_on)):
            code = widget.error_code()
            if code:
                errors.append(FieldError(name, code))
        given, expires = cleaned.get("given_on"), cleaned.get("expires_on")
        if given and expires and expires < given:
            errors.append(FieldError("expires_on", "before_given"))
        if cleaned.get("consent_type") == "share_with_provider" and not cleaned["provider_type"]:
            errors.append(FieldError("provider", "required"))
        if cleaned.get("method") == ConsentMethod.VERBAL_WITNESSED and not cleaned["witness_name"]:
            errors.append(FieldError("witness_name", "required"))
        if cleaned.get("given_by") not in (None, ConsentGivenBy.SELF) and \
                not cleaned["given_by_name"]:
            errors.append(FieldError("given_by_name", "required"))
        return errors

    def submit(self, values: dict[str, Any]) -> None:
        self.run(care.record_consent, self.case_id, values)


class WithdrawConsentDialog(FormDialog):
    """Consent withdrawn: from when and why (the record stays, marked withdrawn)."""

    def __init__(self, ctx: AppContext, consent_id: str, description: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Withdraw consent"), parent)
        self.setObjectName("withdrawConsentDialog")
        self.consent_id = consent_id
        self.form.addRow(self.tr("Consent"), plain_label(self, description))
        self.reason = self.add_field(self.tr("&Reason"), text_box(self), "withdrawn_reason",
                                     "withdrawReason")
        self.on = self.add_field(self.tr("Withdrawn &on"), DateField(self), "withdrawn_on",
                                 "withdrawOn")
        self.ok_button.setText(self.tr("Withdraw"))
        self.resize(480, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        return {"reason": self.reason.toPlainText().strip(), "on": self.on.value()}

    def check(self, values: dict[str, Any]) -> list[FieldError]:
        errors = [] if values["reason"] else [FieldError("withdrawn_reason", "required")]
        code = self.on.error_code()
        return errors + ([FieldError("withdrawn_on", code)] if code else [])

    def submit(self, values: dict[str, Any]) -> None:
        self.run(care.withdraw_consent, self.consent_id, values["reason"], values["on"])
