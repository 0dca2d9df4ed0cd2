"""Referrals: drafting from a need, the approval workflow with its consent gate, and the queues."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from victimcare.domain import reference
from victimcare.domain.enums import CaseStatus, NeedStatus, Urgency
from victimcare.domain.enums import ReferralStatus as S
from victimcare.domain.errors import (
    ConsentMissing,
    FieldError,
    NotFound,
    ValidationError,
    WorkflowError,
)
from victimcare.domain.model import entity
from victimcare.domain.permissions import Action
from victimcare.domain.referral_flow import AWAITING_RESPONSE, step
from victimcare.domain.rules import ConsentGap, consent_gap
from victimcare.domain.validation import validate_fields
from victimcare.services import directory
from victimcare.services.scope import case_filter, held_here_sql, visible_case
from victimcare.services.session import Session, Unit

RESPONSE_DAYS_SETTING = "referral_response_days"
EXPIRY_GRACE_SETTING = "referral_expiry_grace_days"
DEFAULT_EXPIRY_GRACE_DAYS = 14
DEFAULT_RESPONSE_DAYS = {Urgency.EMERGENCY.value: 1, Urgency.URGENT.value: 3,
                         Urgency.ROUTINE.value: 14}
MAX_REASON = 300  # "one or two factual lines": the letter has no room for a story

# What every service needs to reach the person; more only where the provider's work needs it.
BASE_CATEGORIES = ("name", "father_name", "age_sex", "contact_phone", "language_needs",
                   "disability", "incident_summary_minimal")
EXTRA_CATEGORIES = {"health": ("medical_information",), "compensation_authority": ("cnic",),
                    "bait_ul_mal": ("cnic",), "social_welfare": ("cnic",)}
HEALTH_TYPES = frozenset({"health"})            # the only ones that may see medical details
PROTECTION_TYPES = frozenset({"police_ctd"})    # the only ones told about witness status
PRINTABLE = frozenset({S.APPROVED, S.SENT, S.ACKNOWLEDGED, S.ACCEPTED})
EDITABLE = frozenset({S.DRAFT, S.RETURNED})
# Reached only through their own calls: approval passes the consent gate, sending is printing.
_OWN_CALL = frozenset({S.APPROVED, S.SENT})
# Work queues leave out cases another office holds now (they are read-only stubs here).
_HELD = held_here_sql("c")


@dataclass(frozen=True)
class ReferralRow:
    """A referral as the queues and lists show it."""

    id: str
    case_id: str
    case_number: str
    person_name: str
    provider_id: str
    provider_name: str
    provider_type: str
    service_type: str
    need_domain: str
    urgency: str
    status: str
    respond_by: str
    letter_no: str
    print_count: int
    status_comment: str
    created_at: str
    created_by: str
    created_by_name: str
    overdue: bool


@dataclass
class ReferralDetail:
    row: ReferralRow
    referral: dict[str, Any]
    events: list[dict[str, Any]] = field(default_factory=list)  # oldest first, with by_name


def default_categories(provider_type: str) -> list[str]:
    return [*BASE_CATEGORIES, *EXTRA_CATEGORIES.get(provider_type, ())]


def respond_by(urgency: str, on: dt.date, days: Mapping[str, int] | None = None) -> dt.date:
    table = {**DEFAULT_RESPONSE_DAYS, **(days or {})}
    return on + dt.timedelta(days=int(table[urgency]))


def _respond_by(unit: Unit, urgency: str) -> str:
    days = unit.session.setting(RESPONSE_DAYS_SETTING, None)
    return respond_by(urgency, unit.today, days).isoformat()


# -- checks --------------------------------------------------------------------------------
def _check(values: Mapping[str, Any], provider_type: str | None) -> None:
    errors = validate_fields(entity("referral"), values, partial=True,
                             reference=reference.all_codes())
    reason = values.get("reason") or ""
    if len(reason) > MAX_REASON:
        errors.append(FieldError("reason", "too_long", params={"max": MAX_REASON}))
    cats = values.get("data_categories") or []
    if provider_type is not None and "medical_information" in cats and \
            provider_type not in HEALTH_TYPES:
        errors.append(FieldError("data_categories", "medical_only_health"))
    if "data_categories" in values and "name" not in cats:
        errors.append(FieldError("data_categories", "name_required"))
    if errors:
        raise ValidationError(errors)


def _referral(unit: Unit, referral_id: str, *, for_write: bool = True) -> dict[str, Any]:
    ref = unit.records.get("referral", referral_id)
    visible_case(unit, ref["case_id"], for_write=for_write)
    return ref


def _member_of(unit: Unit, case_id: str, person_id: str) -> None:
    if not unit.db.scalar("SELECT 1 FROM case_member WHERE case_id = ? AND person = ?"
                          " AND deleted IS NULL", (case_id, person_id)):
        raise ValidationError.single("person", "not_in_case")


def _service_for(unit: Unit, provider_id: str, service_id: str | None,
                 domain: str) -> str | None:
    services = unit.records.select("service", "provider = ?", [provider_id])
    if service_id:
        if not any(s["id"] == service_id for s in services):
            raise ValidationError.single("service", "invalid_choice")
        return service_id
    for s in services:
        if domain in directory.service_domains(s["service_type"]):
            return str(s["id"])
    return str(services[0]["id"]) if services else None


def _move(unit: Unit, ref: dict[str, Any], target: S, comment: str = "",
          extra: Mapping[str, Any] | None = None) -> None:
    """One transition: the workflow allows it, the role may take it, and it is recorded."""
    current = S(ref["status"])
    s = step(current, target)
    unit.session.require(s.action)
    if s.needs_comment and not comment.strip():
        raise ValidationError.single("comment", "required")
    unit.records.update("referral", ref["id"], {"status": target.value,
                                                "status_comment": comment.strip() or None,
                                                **(extra or {})})
    _event(unit, ref["id"], current, target, comment)
    unit.audit(f"referral.{target.value}", "vc_case", ref["case_id"], referral=ref["id"])
    ref["status"] = target.value


def _event(unit: Unit, referral_id: str, current: S | None, target: S, comment: str) -> None:
    unit.records.insert("referral_event", {
        "referral": referral_id, "from_status": current.value if current else None,
        "to_status": target.value, "at": unit.now, "by_user": unit.session.user_id,
        "comment": comment.strip() or None})


# -- drafting ------------------------------------------------------------------------------
def draft_referral(session: Session, need_item_id: str, provider_id: str, *,
                   urgency: str = Urgency.ROUTINE.value, service_id: str | None = None,
                   person: str | None = None, data_categories: Sequence[str] | None = None,
                   reason: str = "") -> str:
    """A draft referral for one need; the data it will share default to what the provider's
    kind of service needs, and the respond-by date follows from the urgency."""
    values: dict[str, Any] = {"urgency": urgency, "reason": reason.strip() or None}
    if data_categories is not None:
        values["data_categories"] = list(data_categories)
    _check(values, None)
    with session.unit(Action.REFERRAL_DRAFT) as unit:
        need = unit.records.get("need_item", need_item_id)
        case = visible_case(unit, need["case_id"], for_write=True)
        if case["status"] not in (CaseStatus.OPEN, CaseStatus.ON_HOLD):
            raise WorkflowError(current=case["status"], target="referral")
        provider = unit.records.get("service_provider", provider_id)
        if provider["active"] is False:
            raise ValidationError.single("provider", "inactive")
        cats = list(data_categories) if data_categories is not None else \
            default_categories(provider["provider_type"])
        _check({"data_categories": cats}, provider["provider_type"])
        assessment = unit.records.get("needs_assessment", need["assessment"])
        person = person or assessment["person"] or case["principal_person"]
        _member_of(unit, case["id"], str(person))
        referral_id = unit.records.insert("referral", {
            "case_id": case["id"], "person": person, "need_item": need_item_id,
            "provider": provider_id,
            "service": _service_for(unit, provider_id, service_id, need["domain"]),
            "urgency": urgency, "data_categories": cats, "status": S.DRAFT.value,
            "respond_by": _respond_by(unit, urgency), "reason": values["reason"],
            "print_count": 0})
        _event(unit, referral_id, None, S.DRAFT, "")
        if need["status"] == NeedStatus.IDENTIFIED:
            unit.records.update("need_item", need_item_id,
                                {"status": NeedStatus.REFERRAL_PLANNED.value})
        unit.audit("referral.draft", "vc_case", case["id"], referral=referral_id)
    return referral_id


def update_draft(session: Session, referral_id: str, changes: Mapping[str, Any]) -> None:
    """Change a draft or a returned referral (what is shared, urgency, service, reason)."""
    allowed = {"urgency", "service", "data_categories", "reason"}
    bad = [FieldError(k, "not_editable") for k in changes if k not in allowed]
    if bad:
        raise ValidationError(bad)
    values = dict(changes)
    if "reason" in values:
        values["reason"] = (values["reason"] or "").strip() or None
    if "data_categories" in values:
        values["data_categories"] = list(values["data_categories"] or ())
    with session.unit(Action.REFERRAL_DRAFT) as unit:
        ref = _referral(unit, referral_id)
        if S(ref["status"]) not in EDITABLE:
            raise WorkflowError(current=ref["status"], target="edit")
        provider = unit.records.get("service_provider", ref["provider"])
        _check(values, provider["provider_type"])
        if values.get("service"):
            _service_for(unit, ref["provider"], values["service"], "")
        if "urgency" in values:
            values["respond_by"] = _respond_by(unit, values["urgency"])
        changed = unit.records.update("referral", referral_id, values)
        unit.audit("referral.edit", "vc_case", ref["case_id"], referral=referral_id,
                   fields=sorted(changed))


# -- the workflow --------------------------------------------------------------------------
def transition(session: Session, referral_id: str, target: str, comment: str = "") -> None:
    """Submit, return, cancel, or record the provider's answer (acknowledged, accepted,
    declined, completed, expired). Approval and sending have their own calls."""
    goal = S(target)
    if goal in _OWN_CALL:
        raise WorkflowError(current="any", target=goal.value)
    with session.unit(None) as unit:
        ref = _referral(unit, referral_id)
        _move(unit, ref, goal, comment)
        if goal == S.SUBMITTED and not ref["data_categories"]:
            raise ValidationError.single("data_categories", "required")


def submit(session: Session, referral_id: str) -> None:
    transition(session, referral_id, S.SUBMITTED.value)


def return_referral(session: Session, referral_id: str, comment: str) -> None:
    transition(session, referral_id, S.RETURNED.value, comment)


def cancel(session: Session, referral_id: str, comment: str = "") -> None:
    transition(session, referral_id, S.CANCELLED.value, comment)


def consent_for(unit: Unit, ref: Mapping[str, Any]) -> tuple[str | None, ConsentGap | None]:
    """The consent that covers this referral's provider and data, or why there is none."""
    provider = unit.records.get("service_provider", ref["provider"])
    consents = unit.records.select("consent", "case_id = ? AND person = ?",
                                   [ref["case_id"], ref["person"]], "given_on DESC")
    args = {"provider": provider["id"], "provider_type": provider["provider_type"],
            "categories": ref["data_categories"] or (), "today": unit.today}
    gap = consent_gap(consents, **args)
    if gap is not None:
        return None, gap
    for c in consents:
        if consent_gap([c], **args) is None:
            return str(c["id"]), None
    return None, ConsentGap("no_consent")  # unreachable while consent_gap agrees with itself


def consent_check(session: Session, referral_id: str) -> ConsentGap | None:
    """What the approval would say about consent, without approving."""
    with session.reading(Action.CASE_VIEW) as unit:
        return consent_for(unit, _referral(unit, referral_id, for_write=False))[1]


def _consent_missing(gap: ConsentGap, ref: Mapping[str, Any]) -> ConsentMissing:
    return ConsentMissing(gap=gap.code, missing=list(gap.missing), case_id=ref["case_id"],
                          person=ref["person"], provider=ref["provider"])


def next_letter_no(unit: Unit, year: int) -> str:
    """`{office}/{yyyy}/{seq}`: per office and year, so letters from offices never collide."""
    prefix = f"{unit.session.office}/{year}/"
    last = unit.db.scalar("SELECT max(letter_no) FROM referral WHERE letter_no LIKE ?",
                          (prefix + "%",))
    seq = int(str(last).rsplit("/", 1)[1]) + 1 if last else 1
    return f"{prefix}{seq:04d}"


def approve(session: Session, referral_id: str) -> str:
    """Approve a submitted referral; refused (ConsentMissing, saying what is missing) unless a
    current consent covers the provider and every data category. Returns the letter number."""
    with session.unit(Action.REFERRAL_APPROVE) as unit:
        ref = _referral(unit, referral_id)
        step(S(ref["status"]), S.APPROVED)
        if ref["created_by"] == session.user_id:
            raise ValidationError.single("approved_by", "cannot_review_own")
        consent_id, gap = consent_for(unit, ref)
        if gap is not None:
            raise _consent_missing(gap, ref)
        letter_no = ref["letter_no"] or next_letter_no(unit, unit.today.year)
        _move(unit, ref, S.APPROVED, extra={
            "consent": consent_id, "letter_no": letter_no,
            "respond_by": _respond_by(unit, ref["urgency"])})
    return letter_no


def record_output(session: Session, referral_id: str, kind: str) -> int:
    """A letter was printed or saved: count it, audit it, and mark an approved referral sent.
    Refused when the consent no longer covers the letter (withdrawn or expired since)."""
    if kind not in ("print", "save"):
        raise ValidationError.single("kind", "invalid_choice")
    with session.unit(Action.REFERRAL_PRINT) as unit:
        ref = _referral(unit, referral_id)
        require_printable(unit, ref)
        count = int(ref["print_count"] or 0) + 1
        if S(ref["status"]) == S.APPROVED:
            _move(unit, ref, S.SENT, extra={"print_count": count})
            _need_referred(unit, ref)
        else:
            unit.records.update("referral", referral_id, {"print_count": count})
        unit.audit(f"referral.letter_{kind}", "vc_case", ref["case_id"], referral=referral_id,
                   count=count)
    return count


def require_printable(unit: Unit, ref: Mapping[str, Any]) -> str:
    """The consent id a final letter rests on, or the error that stops it being printed."""
    if S(ref["status"]) not in PRINTABLE:
        raise WorkflowError(current=ref["status"], target=S.SENT.value)
    consent_id, gap = consent_for(unit, ref)
    if gap is not None:
        raise _consent_missing(gap, ref)
    return str(consent_id)


def expire_overdue(session: Session, today: dt.date | None = None) -> int:
    """Referrals whose provider has not answered more than `referral_expiry_grace_days`
    (setting, default 14) after the respond-by date become expired, through the workflow,
    each with its event and audit. Only cases this user sees; returns how many expired."""
    with session.unit(Action.REFERRAL_DRAFT) as unit:
        today = today or unit.today
        grace = int(session.setting(EXPIRY_GRACE_SETTING, DEFAULT_EXPIRY_GRACE_DAYS))
        limit = (today - dt.timedelta(days=grace)).isoformat()
        where, scope = case_filter(session)
        marks = ", ".join("?" * len(AWAITING_RESPONSE))
        ids = [r["id"] for r in unit.db.query(
            f"SELECT r.id FROM referral r JOIN vc_case c ON c.id = r.case_id"
            f" WHERE r.deleted IS NULL AND {where} AND {_HELD}"
            f" AND r.status IN ({marks})"
            f" AND r.respond_by IS NOT NULL AND r.respond_by < ? ORDER BY r.respond_by",
            [*scope, *sorted(AWAITING_RESPONSE), limit])]
        comment = f"No response within {grace} days after the respond-by date."
        for referral_id in ids:
            _move(unit, unit.records.get("referral", referral_id), S.EXPIRED, comment)
        if ids:
            unit.audit("referral.expire_overdue", None, None, count=len(ids), grace=grace)
    return len(ids)


def _need_referred(unit: Unit, ref: Mapping[str, Any]) -> None:
    if not ref["need_item"]:
        return
    need = unit.records.get("need_item", ref["need_item"])
    if need["status"] in (NeedStatus.IDENTIFIED, NeedStatus.REFERRAL_PLANNED):
        unit.records.update("need_item", need["id"], {"status": NeedStatus.REFERRED.value})


# -- lists ---------------------------------------------------------------------------------
_SELECT = (
    "SELECT r.id, r.case_id, c.case_number, p.given_name, p.family_name, r.provider,"
    " sp.name_en AS provider_name, sp.provider_type, s.service_type, n.domain, r.urgency,"
    " r.status, r.respond_by, r.letter_no, r.print_count, r.status_comment, r.created_at,"
    " r.created_by, u.full_name AS created_by_name"
    " FROM referral r JOIN vc_case c ON c.id = r.case_id JOIN person p ON p.id = r.person"
    " JOIN service_provider sp ON sp.id = r.provider LEFT JOIN service s ON s.id = r.service"
    " LEFT JOIN need_item n ON n.id = r.need_item"
    " LEFT JOIN user_account u ON u.id = r.created_by")


def _row(r: Any, today: dt.date) -> ReferralRow:
    status = r["status"]
    overdue = status in AWAITING_RESPONSE and bool(r["respond_by"]) and \
        r["respond_by"] < today.isoformat()
    return ReferralRow(
        id=r["id"], case_id=r["case_id"], case_number=r["case_number"],
        person_name=" ".join(x for x in (r["given_name"], r["family_name"]) if x),
        provider_id=r["provider"], provider_name=r["provider_name"] or "",
        provider_type=r["provider_type"] or "", service_type=r["service_type"] or "",
        need_domain=r["domain"] or "", urgency=r["urgency"], status=status,
        respond_by=r["respond_by"] or "", letter_no=r["letter_no"] or "",
        print_count=int(r["print_count"] or 0), status_comment=r["status_comment"] or "",
        created_at=r["created_at"], created_by=r["created_by"] or "",
        created_by_name=r["created_by_name"] or "", overdue=overdue)


def _query(session: Session, action: Action, cond: str, params: Sequence[Any],
           order: str = "r.created_at", today: dt.date | None = None) -> list[ReferralRow]:
    today = today or dt.date.today()
    with session.reading(action):
        where, scope = case_filter(session)
        rows = session.db.query(
            f"{_SELECT} WHERE r.deleted IS NULL AND {where} AND ({cond}) ORDER BY {order}",
            [*scope, *params])
        return [_row(r, today) for r in rows]


def list_referrals(session: Session, *, case_id: str | None = None,
                   statuses: Sequence[str] = ()) -> list[ReferralRow]:
    conds, params = ["1"], []
    if case_id:
        conds.append("r.case_id = ?")
        params.append(case_id)
    if statuses:
        conds.append(f"r.status IN ({', '.join('?' * len(statuses))})")
        params += list(statuses)
    return _query(session, Action.CASE_VIEW, " AND ".join(conds), params,
                  "r.created_at DESC")


def approval_queue(session: Session) -> list[ReferralRow]:
    """Submitted referrals waiting for a supervisor: emergencies first, then oldest first."""
    return _query(session, Action.REFERRAL_APPROVE, f"r.status = ? AND {_HELD}",
                  [S.SUBMITTED.value],
                  "CASE r.urgency WHEN 'emergency' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END,"
                  " r.created_at")


def returned_referrals(session: Session) -> list[ReferralRow]:
    """Referrals a supervisor sent back to this case worker (Home shows them)."""
    return _query(session, Action.REFERRAL_DRAFT,
                  f"r.status = ? AND (r.created_by = ? OR c.case_worker = ?) AND {_HELD}",
                  [S.RETURNED.value, session.user_id, session.user_id])


def overdue_referrals(session: Session, today: dt.date | None = None) -> list[ReferralRow]:
    """Letters sent whose provider has not answered by the respond-by date."""
    today = today or dt.date.today()
    marks = ", ".join("?" * len(AWAITING_RESPONSE))
    mine = "" if session.can(Action.REFERRAL_APPROVE) else " AND c.case_worker = ?"
    return _query(session, Action.CASE_VIEW,
                  f"r.status IN ({marks}) AND r.respond_by < ?{mine} AND {_HELD}",
                  [*sorted(AWAITING_RESPONSE), today.isoformat(),
                   *([] if not mine else [session.user_id])], "r.respond_by", today)


def get_referral(session: Session, referral_id: str) -> ReferralDetail:
    rows = _query(session, Action.CASE_VIEW, "r.id = ?", [referral_id])
    if not rows:
        raise NotFound(entity="referral")
    with session.reading(Action.CASE_VIEW) as unit:
        ref = unit.records.get("referral", referral_id)
        events = [dict(zip(e.keys(), tuple(e), strict=True)) for e in unit.db.query(
            "SELECT e.from_status, e.to_status, e.at, e.by_user, e.comment,"
            " u.full_name AS by_name FROM referral_event e"
            " LEFT JOIN user_account u ON u.id = e.by_user"
            " WHERE e.referral = ? AND e.deleted IS NULL ORDER BY e.at, e.created_at",
            (referral_id,))]
    return ReferralDetail(rows[0], ref, events)


def find_by_letter_no(session: Session, letter_no: str) -> str:
    """The referral id for a letter number (or an id given as is)."""
    rows = _query(session, Action.CASE_VIEW, "r.letter_no = ? OR r.id = ?",
                  [letter_no, letter_no])
    if not rows:
        raise NotFound(entity="referral")
    return rows[0].id
