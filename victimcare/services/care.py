"""The work on a case: needs, risk, consent, notes, follow-ups and attachments."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

from victimcare.domain import reference
from victimcare.domain.enums import NeedStatus, ReviewStatus, RiskLevel
from victimcare.domain.errors import FieldError, NotFound, ValidationError, WorkflowError
from victimcare.domain.model import entity
from victimcare.domain.permissions import Action
from victimcare.domain.rules import is_downgrade, next_review, risk_needs_review
from victimcare.domain.validation import not_in_future, validate_fields
from victimcare.services.scope import case_filter, held_here_sql, visible_case
from victimcare.services.session import Session, Unit

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
REVIEW_DAYS_SETTING = "risk_review_days"


def _check(table: str, values: Mapping[str, Any], *, partial: bool = False,
           row: int | None = None) -> list[FieldError]:
    return validate_fields(entity(table), values, partial=partial, row=row,
                           reference=reference.all_codes())


def _member_of(unit: Unit, case_id: str, person_id: str) -> None:
    if not unit.db.scalar("SELECT 1 FROM case_member WHERE case_id = ? AND person = ?"
                          " AND deleted IS NULL", (case_id, person_id)):
        raise ValidationError.single("person", "not_in_case")


# -- needs ---------------------------------------------------------------------------------
def record_needs(session: Session, case_id: str, items: Sequence[Mapping[str, Any]], *,
                 person: str | None = None, summary: str | None = None,
                 assessed_on: str | None = None) -> str:
    """A needs assessment with its need items (domain, severity, status, notes)."""
    today = dt.date.today()
    on = assessed_on or today.isoformat()
    errors = _check("needs_assessment", {"case_id": case_id, "assessed_on": on,
                                         "summary": summary}, partial=True)
    bad_date = not_in_future("assessed_on", on, today) if not errors else None
    errors += [bad_date] if bad_date else []
    if not items:
        errors.append(FieldError("items", "required"))
    for i, item in enumerate(items, 1):
        values = {"status": NeedStatus.IDENTIFIED.value, **item}
        errors += _check("need_item", {**values, "assessment": "x", "case_id": case_id}, row=i)
    if errors:
        raise ValidationError(errors)
    with session.unit(Action.NEEDS_EDIT) as unit:
        visible_case(unit, case_id, for_write=True)
        if person:
            _member_of(unit, case_id, person)
        assessment = unit.records.insert("needs_assessment", {
            "case_id": case_id, "person": person, "assessed_on": on,
            "assessed_by": session.user_id, "summary": summary})
        for item in items:
            unit.records.insert("need_item", {"status": NeedStatus.IDENTIFIED.value, **item,
                                              "assessment": assessment, "case_id": case_id})
        unit.audit("needs.record", "vc_case", case_id, items=len(items))
    return assessment


def update_need(session: Session, need_item_id: str, changes: Mapping[str, Any]) -> None:
    allowed = {"severity", "status", "notes"}
    errors = [FieldError(k, "not_editable") for k in changes if k not in allowed]
    errors += _check("need_item", changes, partial=True) if not errors else []
    if errors:
        raise ValidationError(errors)
    with session.unit(Action.NEEDS_EDIT) as unit:
        item = unit.records.get("need_item", need_item_id)
        visible_case(unit, item["case_id"], for_write=True)
        changed = unit.records.update("need_item", need_item_id, changes)
        unit.audit("needs.update", "vc_case", item["case_id"], fields=sorted(changed))


# -- risk ----------------------------------------------------------------------------------
def assess_risk(session: Session, case_id: str, level: str, *, factors: Sequence[str] = (),
                rationale: str = "") -> str:
    """A new rating. High ratings apply at once and wait for a supervisor's look; a downgrade
    waits for a supervisor before the case's level goes down (safety first)."""
    errors = _check("risk_assessment", {"level": level, "rationale": rationale,
                                        "factors": list(factors)}, partial=True)
    if not rationale.strip():
        errors.append(FieldError("rationale", "required"))
    if errors:
        raise ValidationError(errors)
    new = RiskLevel(level)
    with session.unit(Action.RISK_ASSESS) as unit:
        case = visible_case(unit, case_id, for_write=True)
        previous = RiskLevel(case["risk_level"]) if case["risk_level"] else None
        review = risk_needs_review(previous, new)
        review_on = next_review(new, unit.today, session.setting(REVIEW_DAYS_SETTING, None))
        assessment = unit.records.insert("risk_assessment", {
            "case_id": case_id, "assessed_on": unit.today.isoformat(),
            "assessed_by": session.user_id, "factors": list(factors), "level": new.value,
            "rationale": rationale.strip(), "next_review_on": review_on.isoformat(),
            "review_status": (ReviewStatus.PENDING if review else ReviewStatus.NOT_NEEDED).value})
        if not is_downgrade(previous, new):
            unit.records.update("vc_case", case_id, {"risk_level": new.value,
                                                     "next_review_on": review_on.isoformat()})
        unit.audit("risk.assess", "vc_case", case_id, level=new.value,
                   review=review, downgrade=is_downgrade(previous, new))
    return assessment


def review_risk(session: Session, assessment_id: str, approve: bool, comment: str = "") -> None:
    """A supervisor approves or rejects a pending rating; an approved downgrade applies now."""
    if not approve and not comment.strip():
        raise ValidationError.single("review_comment", "required")
    with session.unit(Action.RISK_REVIEW) as unit:
        a = unit.records.get("risk_assessment", assessment_id)
        case = visible_case(unit, a["case_id"], for_write=True)
        if a["review_status"] != ReviewStatus.PENDING:
            raise WorkflowError(current=a["review_status"], target="reviewed")
        if a["assessed_by"] == session.user_id:
            raise ValidationError.single("reviewed_by", "cannot_review_own")
        unit.records.update("risk_assessment", assessment_id, {
            "review_status": (ReviewStatus.APPROVED if approve else ReviewStatus.REJECTED).value,
            "reviewed_by": session.user_id, "reviewed_at": unit.now,
            "review_comment": comment.strip() or None})
        previous = RiskLevel(case["risk_level"]) if case["risk_level"] else None
        if approve and is_downgrade(previous, RiskLevel(a["level"])):
            unit.records.update("vc_case", a["case_id"], {"risk_level": a["level"],
                                                          "next_review_on": a["next_review_on"]})
        unit.audit("risk.review", "vc_case", a["case_id"], approved=approve)


def pending_risk_reviews(session: Session) -> list[dict[str, Any]]:
    with session.reading(Action.RISK_REVIEW):
        where, params = case_filter(session)
        rows = session.db.query(
            "SELECT r.id, r.case_id, r.level, r.rationale, r.assessed_on, c.case_number,"
            " c.risk_level AS current_level, u.full_name AS assessed_by_name"
            " FROM risk_assessment r JOIN vc_case c ON c.id = r.case_id"
            " LEFT JOIN user_account u ON u.id = r.assessed_by"
            f" WHERE r.deleted IS NULL AND r.review_status = 'pending' AND {where}"
            f" AND {held_here_sql('c')} ORDER BY r.created_at", params)
    return [dict(zip(r.keys(), tuple(r), strict=True)) for r in rows]


# -- consent -------------------------------------------------------------------------------
def record_consent(session: Session, case_id: str, values: Mapping[str, Any]) -> str:
    """Informed consent as given: who gave it, for what, which data, until when."""
    v = {k: (None if x == "" else x) for k, x in values.items()}
    v["case_id"] = case_id
    today = dt.date.today()
    errors = _check("consent", v)
    if not errors:
        bad = not_in_future("given_on", v.get("given_on"), today)
        errors += [bad] if bad else []
        if v.get("expires_on") and str(v["expires_on"]) < str(v["given_on"]):
            errors.append(FieldError("expires_on", "before_given"))
        if v.get("withdrawn_on"):
            errors.append(FieldError("withdrawn_on", "use_withdraw"))
        if v["consent_type"] == "share_with_provider" and not (v.get("provider") or
                                                               v.get("provider_type")):
            errors.append(FieldError("provider", "required"))
    if errors:
        raise ValidationError(errors)
    with session.unit(Action.CONSENT_RECORD) as unit:
        visible_case(unit, case_id, for_write=True)
        _member_of(unit, case_id, str(v["person"]))
        consent_id = unit.records.insert("consent", v)
        unit.audit("consent.record", "vc_case", case_id, type=v["consent_type"])
    return consent_id


def withdraw_consent(session: Session, consent_id: str, reason: str,
                     on: str | None = None) -> None:
    on = on or dt.date.today().isoformat()
    if not reason.strip():
        raise ValidationError.single("withdrawn_reason", "required")
    with session.unit(Action.CONSENT_RECORD) as unit:
        c = unit.records.get("consent", consent_id)
        visible_case(unit, c["case_id"], for_write=True)
        if c["withdrawn_on"]:
            raise WorkflowError(current="withdrawn", target="withdrawn")
        unit.records.update("consent", consent_id, {"withdrawn_on": on,
                                                    "withdrawn_reason": reason.strip()})
        unit.audit("consent.withdraw", "vc_case", c["case_id"])


# -- notes ---------------------------------------------------------------------------------
def add_note(session: Session, case_id: str, body: str, *, restricted: bool = False) -> str:
    """Notes are append-only: a correction is a new note."""
    errors = _check("case_note", {"case_id": case_id, "body": body.strip(),
                                  "restricted": restricted})
    if errors:
        raise ValidationError(errors)
    with session.unit(Action.NOTE_ADD) as unit:
        visible_case(unit, case_id, for_write=True)
        note_id = unit.records.insert("case_note", {"case_id": case_id, "body": body.strip(),
                                                    "restricted": restricted})
        unit.audit("note.add", "vc_case", case_id, restricted=restricted)
    return note_id


def notes(session: Session, case_id: str) -> list[dict[str, Any]]:
    """The case's notes, oldest first; restricted ones only for roles allowed to read them."""
    with session.reading(Action.CASE_VIEW) as unit:
        visible_case(unit, case_id)
        where = "case_id = ?"
        if not session.can(Action.NOTE_VIEW_RESTRICTED):
            where += " AND coalesce(restricted, 0) = 0"
        return unit.records.select("case_note", where, [case_id])


# -- follow-ups ----------------------------------------------------------------------------
def add_follow_up(session: Session, case_id: str, due_on: str, kind: str, *,
                  purpose: str = "", person: str | None = None,
                  assigned_to: str | None = None) -> str:
    values = {"case_id": case_id, "due_on": due_on, "kind": kind, "purpose": purpose or None,
              "person": person, "assigned_to": assigned_to or session.user_id, "done": False}
    errors = _check("follow_up", values)
    if errors:
        raise ValidationError(errors)
    with session.unit(Action.FOLLOWUP_EDIT) as unit:
        visible_case(unit, case_id, for_write=True)
        if person:
            _member_of(unit, case_id, person)
        fid = unit.records.insert("follow_up", values)
        unit.audit("followup.add", "vc_case", case_id, kind=kind)
    return fid


def complete_follow_up(session: Session, follow_up_id: str, outcome: str,
                       done_on: str | None = None) -> None:
    done_on = done_on or dt.date.today().isoformat()
    errors = [] if outcome.strip() else [FieldError("outcome", "required")]
    bad = not_in_future("done_on", done_on, dt.date.today())
    errors += [bad] if bad else []
    if errors:
        raise ValidationError(errors)
    with session.unit(Action.FOLLOWUP_EDIT) as unit:
        f = unit.records.get("follow_up", follow_up_id)
        visible_case(unit, f["case_id"], for_write=True)
        unit.records.update("follow_up", follow_up_id, {"done": True, "done_on": done_on,
                                                        "outcome": outcome.strip()})
        unit.audit("followup.done", "vc_case", f["case_id"])


# -- attachments ---------------------------------------------------------------------------
def add_attachment(session: Session, case_id: str, file_name: str, media_type: str,
                   data: bytes, *, description: str = "", person: str | None = None) -> str:
    """Keep a file inside the encrypted database (never as a file on disk)."""
    if not data:
        raise ValidationError.single("file", "empty")
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ValidationError.single("file", "too_large", max=MAX_ATTACHMENT_BYTES)
    digest = hashlib.sha256(data).hexdigest()
    values = {"case_id": case_id, "person": person, "file_name": file_name.strip(),
              "media_type": media_type, "size": len(data), "sha256": digest,
              "description": description or None}
    errors = _check("attachment", values)
    if errors:
        raise ValidationError(errors)
    with session.unit(Action.ATTACHMENT_ADD) as unit:
        visible_case(unit, case_id, for_write=True)
        unit.db.execute("INSERT OR IGNORE INTO attachment_blob (sha256, size, data)"
                        " VALUES (?, ?, ?)", (digest, len(data), data))
        aid = unit.records.insert("attachment", values)
        unit.audit("attachment.add", "vc_case", case_id, size=len(data))
    return aid


def read_attachment(session: Session, attachment_id: str, *,
                    purpose: str = "view") -> tuple[dict[str, Any], bytes]:
    """The file's bytes, for viewing in the app or (with the export right) saving a copy."""
    action = Action.ATTACHMENT_EXPORT if purpose == "export" else Action.ATTACHMENT_VIEW
    with session.unit(action) as unit:
        a = unit.records.get("attachment", attachment_id)
        visible_case(unit, a["case_id"])
        data = unit.db.scalar("SELECT data FROM attachment_blob WHERE sha256 = ?", (a["sha256"],))
        if data is None:
            raise NotFound(entity="attachment_blob")
        unit.audit(f"attachment.{purpose}", "vc_case", a["case_id"], attachment=attachment_id)
    return a, bytes(data)
