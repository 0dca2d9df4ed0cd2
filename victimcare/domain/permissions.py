"""Who may do what: the role × action table every service checks before it acts."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from victimcare.domain.enums import Role
from victimcare.domain.errors import PermissionDenied


class Action(StrEnum):
    CASE_VIEW = "case.view"
    CASE_CREATE = "case.create"
    CASE_UPDATE = "case.update"
    CASE_ASSIGN = "case.assign"
    CASE_VIEW_RESTRICTED = "case.view_restricted"
    CASE_TRANSFER = "case.transfer"
    INCIDENT_REGISTER = "incident.register"
    PERSON_EDIT = "person.edit"
    NEEDS_EDIT = "needs.edit"
    RISK_ASSESS = "risk.assess"
    RISK_REVIEW = "risk.review"
    CONSENT_RECORD = "consent.record"
    NOTE_ADD = "note.add"
    NOTE_VIEW_RESTRICTED = "note.view_restricted"
    FOLLOWUP_EDIT = "followup.edit"
    ATTACHMENT_ADD = "attachment.add"
    ATTACHMENT_VIEW = "attachment.view"
    ATTACHMENT_EXPORT = "attachment.export"
    REFERRAL_DRAFT = "referral.draft"
    REFERRAL_APPROVE = "referral.approve"
    REFERRAL_PRINT = "referral.print"
    CLOSURE_REQUEST = "closure.request"
    CLOSURE_APPROVE = "closure.approve"
    DIRECTORY_MANAGE = "directory.manage"
    REGISTER_IMPORT = "register.import"
    SEARCH = "search"
    USER_MANAGE = "user.manage"
    SETTINGS_MANAGE = "settings.manage"
    KEY_ROTATE = "key.rotate"
    BACKUP = "backup"
    AUDIT_VIEW = "audit.view"
    AUDIT_VERIFY = "audit.verify"
    BUNDLE_EXPORT = "bundle.export"
    BUNDLE_IMPORT = "bundle.import"
    CONFLICT_RESOLVE = "conflict.resolve"
    DUPLICATE_MERGE = "duplicate.merge"
    REPORT_EXPORT = "report.export"


A = Action
_CASEWORK = frozenset({
    A.CASE_VIEW, A.CASE_CREATE, A.CASE_UPDATE, A.INCIDENT_REGISTER, A.PERSON_EDIT,
    A.NEEDS_EDIT, A.RISK_ASSESS, A.CONSENT_RECORD, A.NOTE_ADD, A.FOLLOWUP_EDIT,
    A.ATTACHMENT_ADD, A.ATTACHMENT_VIEW, A.REFERRAL_DRAFT, A.CLOSURE_REQUEST, A.SEARCH,
})

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.CASEWORKER: _CASEWORK,
    Role.SUPERVISOR: _CASEWORK | {
        A.CASE_ASSIGN, A.CASE_VIEW_RESTRICTED, A.CASE_TRANSFER, A.RISK_REVIEW,
        A.NOTE_VIEW_RESTRICTED, A.ATTACHMENT_EXPORT, A.REFERRAL_APPROVE, A.REFERRAL_PRINT,
        A.CLOSURE_APPROVE, A.DIRECTORY_MANAGE, A.REGISTER_IMPORT, A.BUNDLE_EXPORT,
        A.BUNDLE_IMPORT,  # an office takes in its return bundles from the hub
        A.CONFLICT_RESOLVE,  # and settles the clashes they bring
        A.REPORT_EXPORT, A.AUDIT_VIEW,
    },
    Role.COORDINATOR: frozenset({
        A.CASE_VIEW, A.CASE_VIEW_RESTRICTED, A.CASE_TRANSFER, A.ATTACHMENT_VIEW, A.SEARCH,
        A.DIRECTORY_MANAGE, A.BUNDLE_EXPORT, A.BUNDLE_IMPORT, A.CONFLICT_RESOLVE,
        A.DUPLICATE_MERGE, A.REPORT_EXPORT, A.AUDIT_VIEW, A.AUDIT_VERIFY,
    }),
    # Administrators run the installation, not the casework: need-to-know keeps them out of it.
    Role.ADMIN: frozenset({
        A.USER_MANAGE, A.SETTINGS_MANAGE, A.KEY_ROTATE, A.BACKUP, A.AUDIT_VIEW, A.AUDIT_VERIFY,
        A.BUNDLE_EXPORT,
    }),
    Role.AUDITOR: frozenset({A.AUDIT_VIEW, A.AUDIT_VERIFY}),
}


def allowed(roles: Iterable[Role | str], action: Action) -> bool:
    return any(action in PERMISSIONS.get(Role(r), frozenset()) for r in roles)


def require(roles: Iterable[Role | str], action: Action) -> None:
    if not allowed(roles, action):
        raise PermissionDenied(action=action.value)
