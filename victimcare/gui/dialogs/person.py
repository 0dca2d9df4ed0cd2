"""Editing a person of a case, adding a way to reach them, and adding a family member."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox, QWidget

from victimcare.domain.enums import ContactKind, GuardianRelation, SafeToContact, Sex
from victimcare.domain.errors import FieldError
from victimcare.domain.model import entity
from victimcare.domain.validation import validate_fields
from victimcare.gui.context import AppContext
from victimcare.gui.dialogs.base import FormDialog, plain_label, text_box
from victimcare.gui.dialogs.provider_edit import language_items
from victimcare.gui.widgets.choices import CheckableCombo, ChoiceCombo
from victimcare.gui.widgets.date_field import DateField
from victimcare.gui.widgets.inputs import CnicEdit, MobileEdit
from victimcare.services import people

NO_AGE = -1  # the age box's "not known" entry


def urdu_edit(parent: QWidget) -> QLineEdit:
    """A line edit for Urdu script: right to left whatever the interface language."""
    edit = QLineEdit(parent)
    edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return edit


class _PersonForm(FormDialog):
    """The fields that say who someone is, shared by editing and adding a person."""

    _built = False  # inputs filled in while the dialog is built are not checked yet

    def revalidate(self) -> list[FieldError]:
        return super().revalidate() if self._built else []

    def _add_identity(self) -> None:
        self.given_name = self.add_field(self.tr("&Given name"), QLineEdit(self), "given_name",
                                         "personGivenName")
        self.family_name = self.add_field(self.tr("&Family name"), QLineEdit(self),
                                          "family_name", "personFamilyName")
        self.name_ur = self.add_field(self.tr("Name in &Urdu"), urdu_edit(self), "name_ur",
                                      "personNameUr")
        self.guardian_relation = self.add_field(
            self.tr("S/o, D/o or W/o"), ChoiceCombo.of(GuardianRelation, self, blank=""),
            "guardian_relation", "personGuardianRelation")
        self.guardian_name = self.add_field(self.tr("Father's or &husband's name"),
                                            QLineEdit(self), "guardian_name",
                                            "personGuardianName")
        self.guardian_name_ur = self.add_field(
            self.tr("Father's or husband's name in Urdu"), urdu_edit(self), "guardian_name_ur",
            "personGuardianNameUr")
        self.sex = self.add_field(self.tr("&Sex"), ChoiceCombo.of(Sex, self, blank=""), "sex",
                                  "personSex")
        self.born = self.add_field(
            self.tr("Date of &birth"), DateField(self, allow_unknown=True), "date_of_birth",
            "personDateOfBirth", hint=self.tr("Tick “Unknown” and give an age if only that "
                                              "is known."))
        self.born.set_value(None)
        self.age = QSpinBox(self)
        self.age.setRange(NO_AGE, people.MAX_AGE)
        self.age.setSpecialValueText(self.tr("Not known"))
        self.age.setValue(NO_AGE)
        self.add_field(self.tr("&Age (about)"), self.age, "age_estimate", "personAge")
        self.age.valueChanged.connect(lambda _v: self.revalidate())
        self.born.changed.connect(self._born_changed)
        self.cnic = self.add_field(self.tr("&CNIC"), CnicEdit(self), "cnic", "personCnic")

    def _born_changed(self) -> None:
        self.age.setEnabled(self.born.value() is None)

    def _identity_values(self) -> dict[str, Any]:
        born = self.born.value()
        return {
            "given_name": self.given_name.text().strip(),
            "family_name": self.family_name.text().strip(),
            "name_ur": self.name_ur.text().strip(),
            "guardian_relation": self.guardian_relation.code(),
            "guardian_name": self.guardian_name.text().strip(),
            "guardian_name_ur": self.guardian_name_ur.text().strip(),
            "sex": self.sex.code(), "date_of_birth": born,
            "age_estimate": None if born or self.age.value() == NO_AGE else self.age.value(),
            "cnic": self.cnic.value(),
        }

    def _set_identity(self, p: dict[str, Any]) -> None:
        for edit, name in ((self.given_name, "given_name"), (self.family_name, "family_name"),
                           (self.name_ur, "name_ur"), (self.guardian_name, "guardian_name"),
                           (self.guardian_name_ur, "guardian_name_ur")):
            edit.setText(p.get(name) or "")
        self.guardian_relation.set_code(p.get("guardian_relation"))
        self.sex.set_code(p.get("sex"))
        self.born.set_value(p.get("date_of_birth"))
        age = p.get("age_estimate")
        self.age.setValue(NO_AGE if age is None else int(age))
        self.cnic.set_value(p.get("cnic"))
        self._born_changed()

    def _person_errors(self, values: dict[str, Any], *, partial: bool) -> list[FieldError]:
        """The service's own rules (people.clean_person), and what the inputs know."""
        _cleaned, errors = people.clean_person(values, dt.date.today(), partial=partial)
        code = self.cnic.error_code()
        if code and not any(e.field == "cnic" for e in errors):
            errors.append(FieldError("cnic", code))
        return errors


class PersonDialog(_PersonForm):
    """Everything about one person that a case worker keeps up to date."""

    def __init__(self, ctx: AppContext, person: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Edit person"), parent)
        self.setObjectName("personDialog")
        self.person_id = person["id"]
        self._add_identity()
        self.language = self.add_field(
            self.tr("Preferred &language"), ChoiceCombo(language_items(), self, blank=""),
            "preferred_language", "personLanguage")
        self.interpreter = self.add_field(
            self.tr("Interpreter"), QCheckBox(self.tr("Needs an &interpreter"), self),
            "interpreter_needed", "personInterpreter")
        self.disability = self.add_field(self.tr("&Disability"), QLineEdit(self), "disability",
                                         "personDisability")
        self.breadwinner = self.add_field(
            self.tr("Breadwinner"), QCheckBox(self.tr("Earns the family's &living"), self),
            "breadwinner", "personBreadwinner")
        self.deceased = self.add_field(self.tr("Deceased"),
                                       QCheckBox(self.tr("This person has &died"), self),
                                       "deceased", "personDeceased")
        self.died = self.add_field(self.tr("Date of dea&th"), DateField(self, allow_unknown=True),
                                   "date_of_death", "personDateOfDeath")
        self.deceased.toggled.connect(self.died.setEnabled)
        self._set_identity(person)
        self.language.set_code(person.get("preferred_language"))
        self.interpreter.setChecked(bool(person.get("interpreter_needed")))
        self.disability.setText(person.get("disability") or "")
        self.breadwinner.setChecked(bool(person.get("breadwinner")))
        self.deceased.setChecked(bool(person.get("deceased")))
        self.died.set_value(person.get("date_of_death"))
        self.died.setEnabled(self.deceased.isChecked())
        self._built = True
        self.resize(560, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        deceased = self.deceased.isChecked()
        return {**self._identity_values(),
                "preferred_language": self.language.code(),
                "interpreter_needed": self.interpreter.isChecked(),
                "disability": self.disability.text().strip(),
                "breadwinner": self.breadwinner.isChecked(), "deceased": deceased,
                "date_of_death": self.died.value() if deceased else None}

    def check(self, values: dict[str, Any]) -> list[FieldError]:
        errors = self._person_errors(values, partial=True)
        for name, widget in (("date_of_birth", self.born), ("date_of_death", self.died)):
            code = widget.error_code()
            if code and not any(e.field == name for e in errors):
                errors.append(FieldError(name, code))
        return errors

    def submit(self, values: dict[str, Any]) -> None:
        self.run(people.update_person, self.person_id, values)


class ContactDialog(FormDialog):
    """A mobile, landline or address, and whether it is safe to use (an abuser may answer)."""

    def __init__(self, ctx: AppContext, person_id: str, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Add contact"), parent)
        self.setObjectName("contactDialog")
        self.person_id = person_id
        self.form.addRow(self.tr("Person"), plain_label(self, name))
        kinds = [(ContactKind.MOBILE.value, self.tr("Mobile")),
                 (ContactKind.LANDLINE.value, self.tr("Landline")),
                 (ContactKind.ADDRESS.value, self.tr("Address"))]
        self.kind = self.add_field(self.tr("&Kind"), ChoiceCombo(kinds, self), "kind",
                                   "contactKind")
        self.mobile = self.add_field(self.tr("&Mobile number"), MobileEdit(self), "value",
                                     "contactMobile")
        # Landlines and addresses have no fixed shape: errors on "value" are moved here.
        self.other = self.add_field(self.tr("&Number or address"), text_box(self, 2),
                                    "value_text", "contactValue")
        safe = [(SafeToContact.YES.value, self.tr("Yes")),
                (SafeToContact.NO.value, self.tr("No: do not call or visit")),
                (SafeToContact.VIA_SOMEONE.value, self.tr("Only through someone"))]
        self.safe = self.add_field(self.tr("&Safe to contact"),
                                   ChoiceCombo(safe, self), "safe_to_contact",
                                   "contactSafe")
        self.via = self.add_field(self.tr("Only &via whom"), QLineEdit(self), "safe_via",
                                  "contactVia")
        self.times = self.add_field(self.tr("Safe &times"), QLineEdit(self), "safe_times",
                                    "contactTimes",
                                    hint=self.tr("For example: weekdays after 4 pm"))
        self.restricted = self.add_field(
            self.tr("Restricted"), QCheckBox(self.tr("&Restricted: not for letters or "
                                                     "sharing"), self),
            "restricted", "contactRestricted")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.safe.currentIndexChanged.connect(self._safe_changed)
        self._kind_changed()
        self._safe_changed()
        self.resize(500, self.sizeHint().height())

    def _is_mobile(self) -> bool:
        return self.kind.code() == ContactKind.MOBILE

    def _kind_changed(self) -> None:
        mobile = self._is_mobile()
        self.form.setRowVisible(self.mobile.parentWidget(), mobile)
        self.form.setRowVisible(self.other.parentWidget(), not mobile)

    def _safe_changed(self) -> None:
        self.via.setEnabled(self.safe.code() == SafeToContact.VIA_SOMEONE)

    def values(self) -> dict[str, Any]:
        via = self.safe.code() == SafeToContact.VIA_SOMEONE
        return {"kind": self.kind.code(),
                "value": self.mobile.value() if self._is_mobile()
                else self.other.toPlainText().strip(),
                "safe_to_contact": self.safe.code(),
                "safe_via": self.via.text().strip() if via else "",
                "safe_times": self.times.text().strip(),
                "restricted": self.restricted.isChecked()}

    def check(self, values: dict[str, Any]) -> list[FieldError]:
        cleaned = {k: (None if v == "" else v) for k, v in values.items()}
        errors = validate_fields(entity("contact_point"), {**cleaned, "person": self.person_id})
        if self._is_mobile():
            code = self.mobile.error_code()
            if code and not any(e.field == "value" for e in errors):
                errors.append(FieldError("value", code))
        if cleaned["safe_to_contact"] == SafeToContact.VIA_SOMEONE and not cleaned["safe_via"]:
            errors.append(FieldError("safe_via", "required"))
        return errors

    def map_errors(self, errors: list[FieldError]) -> list[FieldError]:
        if self._is_mobile():
            return errors
        return [FieldError("value_text", e.code, e.row, e.params) if e.field == "value" else e
                for e in errors]

    def submit(self, values: dict[str, Any]) -> None:
        kind, value = values.pop("kind"), values.pop("value")
        values["safe_via"] = values["safe_via"] or None
        values["safe_times"] = values["safe_times"] or None
        self.run(people.add_contact, self.person_id, kind, value, **values)


class FamilyMemberDialog(_PersonForm):
    """Someone of the family who was not registered with the attack: a child, a widow."""

    def __init__(self, ctx: AppContext, case_id: str, principal_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Add family member"), parent)
        self.setObjectName("familyMemberDialog")
        self.case_id = case_id
        self._add_identity()
        self.mobile = self.add_field(self.tr("&Mobile"), MobileEdit(self), "mobile",
                                     "memberMobile")
        self.relationship = self.add_field(
            self.tr("&Relationship to %1").replace("%1", principal_name),
            ChoiceCombo.of("relationship_types", self, blank=""), "relationship",
            "memberRelationship")
        self.category = self.add_field(self.tr("&Victim category"),
                                       ChoiceCombo.of("victim_categories", self, blank=""),
                                       "victim_category", "memberCategory")
        self.harms = self.add_field(self.tr("&Harm"), CheckableCombo.of("harm_types", self),
                                    "harms", "memberHarms")
        self.dependant = self.add_field(self.tr("Dependant"),
                                        QCheckBox(self.tr("&Dependant of the principal"), self),
                                        "dependant", "memberDependant")
        self.heir = self.add_field(self.tr("Legal heir"), QCheckBox(self.tr("Legal &heir"), self),
                                   "legal_heir", "memberLegalHeir")
        self.caregiver = self.add_field(
            self.tr("Caregiver"), QCheckBox(self.tr("&Primary caregiver"), self),
            "primary_caregiver", "memberCaregiver")
        self._built = True
        self.resize(560, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        return {"person": self._identity_values(), "mobile": self.mobile.value() or None,
                "victim_category": self.category.code(), "harms": self.harms.codes(),
                "relationship": self.relationship.code(),
                "dependant": self.dependant.isChecked(), "legal_heir": self.heir.isChecked(),
                "primary_caregiver": self.caregiver.isChecked()}

    def check(self, values: dict[str, Any]) -> list[FieldError]:
        errors = self._person_errors(values["person"], partial=False)
        code = self.born.error_code()
        if code and not any(e.field == "date_of_birth" for e in errors):
            errors.append(FieldError("date_of_birth", code))
        code = self.mobile.error_code()
        if code:
            errors.append(FieldError("mobile", code))
        member = {k: v for k, v in values.items() if k not in ("person", "mobile")}
        return errors + people.clean_membership(member)[1]

    def submit(self, values: dict[str, Any]) -> None:
        person = values.pop("person")
        self.run(people.add_case_member, self.case_id, person, **values)
