"""Turns the core's typed errors into sentences a case worker can act on, in their language."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from victimcare.domain.errors import (
    AuthError,
    BundleRejected,
    ConsentMissing,
    FieldError,
    NotFound,
    PermissionDenied,
    StoreError,
    ValidationError,
    VictimCareError,
    WorkflowError,
)
from victimcare.gui.translate import QT_TRANSLATE_NOOP
from victimcare.services.sync import reasons

_CTX = "Messages"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


# Field-level codes (forms show them next to the field).
FIELD_CODES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Messages", "This is required."),
    "type": QT_TRANSLATE_NOOP("Messages", "This value has the wrong form."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "This is too long."),
    "too_large": QT_TRANSLATE_NOOP("Messages", "This number is too large."),
    "negative": QT_TRANSLATE_NOOP("Messages", "This cannot be negative."),
    "date_format": QT_TRANSLATE_NOOP("Messages", "Enter a date as YYYY-MM-DD."),
    "in_future": QT_TRANSLATE_NOOP("Messages", "This date is in the future."),
    "invalid_choice": QT_TRANSLATE_NOOP("Messages", "Choose one of the listed values."),
    "cnic_format": QT_TRANSLATE_NOOP("Messages",
                                     "A CNIC has 13 digits, written 12345-1234567-1."),
    "mobile_format": QT_TRANSLATE_NOOP("Messages",
                                       "Enter a Pakistani mobile number, e.g. 0300-1234567."),
    "unknown_field": QT_TRANSLATE_NOOP("Messages", "This field is not known."),
    "username_format": QT_TRANSLATE_NOOP(
        "Messages", "Usernames are 2–32 lowercase letters, digits, dots or dashes."),
    "username_taken": QT_TRANSLATE_NOOP("Messages", "This username is already taken."),
    "password_too_short": QT_TRANSLATE_NOOP("Messages",
                                            "The password needs at least 10 characters."),
    "password_contains_username": QT_TRANSLATE_NOOP(
        "Messages", "The password must not contain the username."),
    "password_unchanged": QT_TRANSLATE_NOOP("Messages",
                                            "The new password must differ from the old one."),
    "office_code_format": QT_TRANSLATE_NOOP("Messages",
                                            "An office code looks like PB-LHR."),
    "not_a_district": QT_TRANSLATE_NOOP("Messages", "Choose a district."),
    "not_in_case": QT_TRANSLATE_NOOP("Messages", "This person is not part of the case."),
    "same_person": QT_TRANSLATE_NOOP("Messages", "A person cannot be related to themselves."),
    "before_given": QT_TRANSLATE_NOOP("Messages",
                                      "The expiry date is before the date consent was given."),
    "not_editable": QT_TRANSLATE_NOOP("Messages", "This cannot be changed here."),
    "use_workflow": QT_TRANSLATE_NOOP("Messages",
                                      "Closing a case needs a closure request."),
    "cannot_review_own": QT_TRANSLATE_NOOP(
        "Messages", "Another supervisor must review a rating you made yourself."),
    "empty": QT_TRANSLATE_NOOP("Messages", "The file is empty."),
    "would_lose_access": QT_TRANSLATE_NOOP(
        "Messages", "You would no longer see this case; ask a supervisor."),
    "cannot_remove_self": QT_TRANSLATE_NOOP("Messages", "You cannot remove your own account."),
    "cannot_remove_own_admin": QT_TRANSLATE_NOOP("Messages",
                                                 "You cannot remove your own admin role."),
    "too_small": QT_TRANSLATE_NOOP("Messages", "This number is too small."),
    "not_a_number": QT_TRANSLATE_NOOP("Messages", "Write a whole number, such as 42."),
    "yes_or_no": QT_TRANSLATE_NOOP("Messages", "Write yes or no."),
    "not_for_principal": QT_TRANSLATE_NOOP(
        "Messages", "Leave this empty for the first person of a family."),
    "differs_within_incident": QT_TRANSLATE_NOOP(
        "Messages", "Rows of one incident must agree on this."),
    "not_utf8": QT_TRANSLATE_NOOP("Messages", "The file is not UTF-8 text. Save it as CSV UTF-8."),
    "no_rows": QT_TRANSLATE_NOOP("Messages", "The file has no rows."),
    "semicolons": QT_TRANSLATE_NOOP("Messages",
                                    "The file uses semicolons. Save it with commas."),
    "missing_columns": QT_TRANSLATE_NOOP("Messages", "Columns are missing."),
    "unknown_columns": QT_TRANSLATE_NOOP("Messages", "The file has columns that are not known."),
    "duplicate_columns": QT_TRANSLATE_NOOP("Messages", "A column appears twice."),
    "too_many_rows": QT_TRANSLATE_NOOP("Messages", "The file has too many rows."),
    "file_too_large": QT_TRANSLATE_NOOP("Messages", "The file is too large."),
    "csv_malformed": QT_TRANSLATE_NOOP("Messages", "The file is not well-formed CSV."),
    "extra_cells": QT_TRANSLATE_NOOP("Messages", "This row has more cells than columns."),
    "before_start": QT_TRANSLATE_NOOP("Messages", "The end date is before the start date."),
    "email_format": QT_TRANSLATE_NOOP("Messages",
                                      "Enter an e-mail address such as name@example.org."),
    "not_found": QT_TRANSLATE_NOOP("Messages", "This record does not exist any more."),
    "backup_in_data_folder": QT_TRANSLATE_NOOP(
        "Messages", "Save the backup outside the installation's own folder."),
}

# Whole-operation codes (shown in a message box or the status line).
ERROR_CODES: dict[str, str] = {
    "wrong_password": QT_TRANSLATE_NOOP("Messages", "The username or password is not right."),
    "unknown_user": QT_TRANSLATE_NOOP("Messages", "The username or password is not right."),
    "throttled": QT_TRANSLATE_NOOP(
        "Messages", "Too many wrong passwords. Try again in %n second(s)."),
    "inactive": QT_TRANSLATE_NOOP("Messages",
                                  "This account has been switched off. Ask your administrator."),
    "wrong_recovery_key": QT_TRANSLATE_NOOP("Messages", "The recovery key is not right."),
    "permission_denied": QT_TRANSLATE_NOOP("Messages",
                                           "Your role does not allow this. Ask your supervisor."),
    "not_found": QT_TRANSLATE_NOOP("Messages",
                                   "This record does not exist or is not visible to you."),
    "locked": QT_TRANSLATE_NOOP("Messages", "VictimCare is locked. Unlock it to go on."),
    "database_busy": QT_TRANSLATE_NOOP(
        "Messages", "Another window or command is saving to the database. Try again soon."),
    "no_installation": QT_TRANSLATE_NOOP("Messages", "There is no VictimCare installation here."),
    "keyslots_missing": QT_TRANSLATE_NOOP(
        "Messages", "The key file (keyslots.json) is missing. Restore it from a backup."),
    "keyslots_corrupt": QT_TRANSLATE_NOOP(
        "Messages", "The key file (keyslots.json) is damaged. Restore it from a backup."),
    "database_corrupt": QT_TRANSLATE_NOOP(
        "Messages", "The database cannot be read with this key: it is damaged or replaced."),
    "database_too_new": QT_TRANSLATE_NOOP(
        "Messages", "This database was made by a newer VictimCare. Install the newer version."),
    "illegal_transition": QT_TRANSLATE_NOOP("Messages",
                                            "This step is not possible in the current state."),
    "consent_missing": QT_TRANSLATE_NOOP("Messages", "A valid consent is missing."),
    "backup_corrupt": QT_TRANSLATE_NOOP(
        "Messages", "The backup file is damaged or not a VictimCare backup. Nothing was restored."),
    "backup_too_new": QT_TRANSLATE_NOOP("Messages",
                                        "This backup was made by a newer VictimCare."),
    "installation_exists": QT_TRANSLATE_NOOP(
        "Messages", "There is already an installation in this folder."),
}


TRANSFER_STATES = {
    "transferred": QT_TRANSLATE_NOOP(
        "Messages", "This case was transferred to another office. It can only be read here."),
    "transfer_requested": QT_TRANSLATE_NOOP(
        "Messages", "This case is offered to your office. Accept it before working on it."),
}


def field_message(error: FieldError) -> str:
    text = FIELD_CODES.get(error.code)
    return _tr(text) if text else _tr("This value is not accepted.")


def describe(error: BaseException) -> str:
    """One sentence (or a short list for several bad fields) for any error the core raises."""
    if isinstance(error, ValidationError):
        lines = []
        for e in error.errors:
            where = _tr("Row %1, ").replace("%1", str(e.row)) if e.row is not None else ""
            lines.append(f"{where}{field_label(e.field)}: {field_message(e)}")
        return "\n".join(lines)
    if isinstance(error, WorkflowError) and error.params.get("current") in (
            "transferred", "transfer_requested"):
        return _tr(TRANSFER_STATES[str(error.params["current"])])
    if isinstance(error, BundleRejected):
        return reasons.message(
            error, lambda text: QCoreApplication.translate(reasons.CONTEXT, text))
    if isinstance(error, VictimCareError):
        text = ERROR_CODES.get(error.code)
        if text is None:
            return _generic(error)
        if error.code == "throttled":
            return QCoreApplication.translate(_CTX, text, None, int(error.params.get("seconds", 0)))
        return _tr(text)
    return _tr("Something went wrong. Nothing was changed.")


def _generic(error: VictimCareError) -> str:
    if isinstance(error, AuthError):
        return _tr(ERROR_CODES["wrong_password"])
    if isinstance(error, PermissionDenied):
        return _tr(ERROR_CODES["permission_denied"])
    if isinstance(error, NotFound):
        return _tr(ERROR_CODES["not_found"])
    if isinstance(error, WorkflowError):
        return _tr(ERROR_CODES["illegal_transition"])
    if isinstance(error, ConsentMissing):
        return _tr(ERROR_CODES["consent_missing"])
    if isinstance(error, StoreError):
        return _tr("The data could not be opened or saved (%1).").replace("%1", error.code)
    return _tr("Something went wrong. Nothing was changed.")


FIELD_LABELS: Mapping[str, str] = {
    "given_name": QT_TRANSLATE_NOOP("Fields", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("Fields", "Family name"),
    "name_ur": QT_TRANSLATE_NOOP("Fields", "Name in Urdu"),
    "guardian_name": QT_TRANSLATE_NOOP("Fields", "Father's or husband's name"),
    "sex": QT_TRANSLATE_NOOP("Fields", "Sex"),
    "date_of_birth": QT_TRANSLATE_NOOP("Fields", "Date of birth"),
    "age_estimate": QT_TRANSLATE_NOOP("Fields", "Age"),
    "cnic": QT_TRANSLATE_NOOP("Fields", "CNIC"),
    "mobile": QT_TRANSLATE_NOOP("Fields", "Mobile"),
    "victim_category": QT_TRANSLATE_NOOP("Fields", "Victim category"),
    "harms": QT_TRANSLATE_NOOP("Fields", "Harm"),
    "relationship": QT_TRANSLATE_NOOP("Fields", "Relationship"),
    "occurred_on": QT_TRANSLATE_NOOP("Fields", "Date of incident"),
    "district": QT_TRANSLATE_NOOP("Fields", "District"),
    "victims": QT_TRANSLATE_NOOP("Fields", "Victims"),
    "password": QT_TRANSLATE_NOOP("Fields", "Password"),
    "username": QT_TRANSLATE_NOOP("Fields", "Username"),
    "rationale": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "given_on": QT_TRANSLATE_NOOP("Fields", "Date given"),
    "expires_on": QT_TRANSLATE_NOOP("Fields", "Expires on"),
    "due_on": QT_TRANSLATE_NOOP("Fields", "Due on"),
    "body": QT_TRANSLATE_NOOP("Fields", "Note"),
    "items": QT_TRANSLATE_NOOP("Fields", "Needs"),
    "outcome": QT_TRANSLATE_NOOP("Fields", "Outcome"),
    "file": QT_TRANSLATE_NOOP("Fields", "File"),
    "person": QT_TRANSLATE_NOOP("Fields", "Person"),
    "given_by": QT_TRANSLATE_NOOP("Fields", "Given by"),
    "given_by_name": QT_TRANSLATE_NOOP("Fields", "Name of the person giving consent"),
    "consent_type": QT_TRANSLATE_NOOP("Fields", "Consent for"),
    "provider": QT_TRANSLATE_NOOP("Fields", "Provider"),
    "method": QT_TRANSLATE_NOOP("Fields", "How it was given"),
    "witness_name": QT_TRANSLATE_NOOP("Fields", "Witness"),
    "purpose": QT_TRANSLATE_NOOP("Fields", "Purpose"),
    "level": QT_TRANSLATE_NOOP("Fields", "Risk level"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "review_comment": QT_TRANSLATE_NOOP("Fields", "Comment"),
    "reviewed_by": QT_TRANSLATE_NOOP("Fields", "Reviewer"),
    "withdrawn_reason": QT_TRANSLATE_NOOP("Fields", "Reason for withdrawal"),
    "done_on": QT_TRANSLATE_NOOP("Fields", "Done on"),
    "domain": QT_TRANSLATE_NOOP("Fields", "Need"),
    "severity": QT_TRANSLATE_NOOP("Fields", "Severity"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "guardian_relation": QT_TRANSLATE_NOOP("Fields", "S/o, D/o or W/o"),
    "comment": QT_TRANSLATE_NOOP("Fields", "Comment"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "data_categories": QT_TRANSLATE_NOOP("Fields", "Details to share"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
}


def field_label(name: str) -> str:
    text = FIELD_LABELS.get(name)
    return QCoreApplication.translate("Fields", text) if text else name.replace("_", " ")

