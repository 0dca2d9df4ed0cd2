"""Closing a case: a case worker asks, another person (a supervisor) decides; reopening."""

from __future__ import annotations

from typing import Any

from victimcare.domain import reference
from victimcare.domain.enums import CaseStatus, ClosureStatus
from victimcare.domain.errors import FieldError, ValidationError, WorkflowError
from victimcare.domain.model import entity
from victimcare.domain.permissions import Action
from victimcare.domain.validation import validate_fields
from victimcare.services.scope import case_filter, held_here_sql, visible_case
from victimcare.services.session import Session, Unit

_CLOSABLE = (CaseStatus.OPEN.value, CaseStatus.ON_HOLD.value)
_SELECT = (
    "SELECT k.id, k.case_id, k.reason, k.comment, k.created_at, k.created_by,"
    " c.case_number, u.full_name AS requested_by_name"
    " FROM closure k JOIN vc_case c ON c.id = k.case_id"
    " LEFT JOIN user_account u ON u.id = k.created_by")


def _rows(rows: Any) -> list[dict[str, Any]]:
    return [dict(zip(r.keys(), tuple(r), strict=True)) for r in rows]


def _decision_note(unit: Unit, case_id: str, text: str) -> None:
    # The closure row keeps the worker's own words; a supervisor's reason becomes a note, so
    # the worker reads it on the case.
    if text:
        unit.records.insert("case_note", {"case_id": case_id, "body": text,
                                          "restricted": False})


def request_closure(session: Session, case_id: str, reason: str, comment: str = "") -> str:
    """Ask for the case to be closed; it waits (pending closure) for a supervisor."""
    errors = validate_fields(entity("closure"), {"reason": reason or None,
                                                 "comment": comment.strip() or None},
                             partial=True, reference=reference.all_codes())
    if not reason:
        errors = [FieldError("reason", "required")]
    if errors:
        raise ValidationError(errors)
    with session.unit(Action.CLOSURE_REQUEST) as unit:
        case = visible_case(unit, case_id, for_write=True)
        if case["status"] not in _CLOSABLE or unit.db.scalar(
                "SELECT 1 FROM closure WHERE case_id = ? AND status = ? AND deleted IS NULL",
                (case_id, ClosureStatus.REQUESTED.value)):
            raise WorkflowError(current=case["status"], target=CaseStatus.PENDING_CLOSURE.value)
        closure_id = unit.records.insert("closure", {
            "case_id": case_id, "reason": reason, "comment": comment.strip() or None,
            "status": ClosureStatus.REQUESTED.value})
        unit.records.update("vc_case", case_id, {"status": CaseStatus.PENDING_CLOSURE.value})
        unit.audit("closure.request", "vc_case", case_id, reason=reason)
    return closure_id


def decide_closure(session: Session, closure_id: str, approve: bool, comment: str = "") -> None:
    """Approve (the case is closed) or reject (it is open again; the reason is required).
    Nobody decides on a request they made themselves."""
    comment = comment.strip()
    if not approve and not comment:
        raise ValidationError.single("comment", "required")
    with session.unit(Action.CLOSURE_APPROVE) as unit:
        closure = unit.records.get("closure", closure_id)
        case = visible_case(unit, closure["case_id"], for_write=True)
        if closure["status"] != ClosureStatus.REQUESTED:
            raise WorkflowError(current=closure["status"], target="decided")
        if closure["created_by"] == session.user_id:
            raise ValidationError.single("decided_by", "cannot_review_own")
        unit.records.update("closure", closure_id, {
            "status": (ClosureStatus.APPROVED if approve else ClosureStatus.REJECTED).value,
            "decided_by": session.user_id, "decided_at": unit.now})
        if case["status"] == CaseStatus.PENDING_CLOSURE:
            status = CaseStatus.CLOSED if approve else CaseStatus.OPEN
            unit.records.update("vc_case", case["id"], {"status": status.value})
        _decision_note(unit, case["id"], comment)
        unit.audit("closure.approve" if approve else "closure.reject", "vc_case", case["id"])


def reopen_case(session: Session, case_id: str, reason: str) -> None:
    """A supervisor opens a closed case again (new harm, a court date, ...)."""
    reason = reason.strip()
    if not reason:
        raise ValidationError([FieldError("reason", "required")])
    with session.unit(Action.CLOSURE_APPROVE) as unit:
        case = visible_case(unit, case_id, for_write=True)
        if case["status"] != CaseStatus.CLOSED:
            raise WorkflowError(current=case["status"], target=CaseStatus.OPEN.value)
        unit.records.update("vc_case", case_id, {"status": CaseStatus.OPEN.value})
        _decision_note(unit, case_id, reason)
        unit.audit("case.reopen", "vc_case", case_id)


def pending_closure(session: Session, case_id: str) -> dict[str, Any] | None:
    """The request that waits on this case, if any (for the case view)."""
    with session.reading(Action.CASE_VIEW) as unit:
        visible_case(unit, case_id)
        rows = session.db.query(f"{_SELECT} WHERE k.case_id = ? AND k.status = ?"
                                " AND k.deleted IS NULL ORDER BY k.created_at DESC LIMIT 1",
                                (case_id, ClosureStatus.REQUESTED.value))
    found = _rows(rows)
    return found[0] if found else None


def pending_closures(session: Session) -> list[dict[str, Any]]:
    """The supervisor's queue: requests on cases held here that this user may decide (not
    their own), oldest first."""
    with session.reading(Action.CLOSURE_APPROVE):
        where, params = case_filter(session)
        rows = session.db.query(
            f"{_SELECT} WHERE k.deleted IS NULL AND k.status = ?"
            f" AND coalesce(k.created_by, '') != ? AND {where}"
            f" AND {held_here_sql('c')} ORDER BY k.created_at",
            [ClosureStatus.REQUESTED.value, session.user_id, *params])
    return _rows(rows)
