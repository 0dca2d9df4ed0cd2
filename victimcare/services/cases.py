"""Cases: open, update, list in pages, read one whole, and find people and cases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from victimcare.domain import reference
from victimcare.domain.enums import CaseStatus, Sensitivity
from victimcare.domain.errors import FieldError, ValidationError
from victimcare.domain.model import entity
from victimcare.domain.permissions import Action
from victimcare.domain.sync_rules import chunks
from victimcare.domain.validation import validate_fields
from victimcare.services.incidents import next_case_number
from victimcare.services.scope import (
    case_filter,
    held_here_sql,
    person_hidden,
    person_in_scope,
    status_sql,
    visible_case,
)
from victimcare.services.session import Session
from victimcare.store import search

CASE = entity("vc_case")
# Fields a case worker edits on the case itself; status and risk have their own paths.
EDITABLE = ("case_worker", "supervisor", "sensitivity", "fir_registered", "witness",
            "court_case_ref", "protection_concern", "referral_source", "status")
_STATUS_BY_EDIT = {CaseStatus.OPEN.value, CaseStatus.ON_HOLD.value}


def open_case(session: Session, principal_person: str, victim_category: str, *,
              incident: str | None = None) -> tuple[str, str]:
    """A new case for someone already registered (e.g. a second incident); returns id, number."""
    errors = validate_fields(entity("case_member"), {"victim_category": victim_category},
                             partial=True, reference=reference.all_codes())
    if errors:
        raise ValidationError(errors)
    with session.unit(Action.CASE_CREATE) as unit:
        person_in_scope(unit, principal_person)
        number = next_case_number(unit, unit.today.year)
        case_id = unit.records.insert("vc_case", {
            "case_number": number, "incident": incident, "principal_person": principal_person,
            "case_worker": session.user_id, "status": CaseStatus.OPEN.value,
            "sensitivity": Sensitivity.NORMAL.value, "opened_on": unit.today.isoformat()})
        unit.records.insert("case_member", {"case_id": case_id, "person": principal_person,
                                            "victim_category": victim_category,
                                            "principal": True})
        unit.audit("case.open", "vc_case", case_id)
    return case_id, number


def update_case(session: Session, case_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
    bad = [FieldError(k, "not_editable") for k in changes if k not in EDITABLE]
    bad += validate_fields(CASE, changes, partial=True) if not bad else []
    status = changes.get("status")
    if status is not None and status not in _STATUS_BY_EDIT:
        bad.append(FieldError("status", "use_workflow"))
    if bad:
        raise ValidationError(bad)
    action = Action.CASE_ASSIGN if {"case_worker", "supervisor"} & set(changes) \
        else Action.CASE_UPDATE
    with session.unit(action) as unit:
        case = visible_case(unit, case_id, for_write=True)
        if status is not None and case["status"] not in _STATUS_BY_EDIT:
            # Reopening a closed case (or one waiting for closure) is the closure workflow's.
            raise ValidationError([FieldError("status", "use_workflow")])
        if changes.get("sensitivity") == Sensitivity.RESTRICTED and not session.can(
                Action.CASE_VIEW_RESTRICTED) and changes.get("case_worker") not in (
                None, session.user_id):
            bad.append(FieldError("case_worker", "would_lose_access"))
            raise ValidationError(bad)
        changed = unit.records.update("vc_case", case_id, changes)
        unit.audit("case.update", "vc_case", case_id, fields=sorted(changed))
    return changed


# -- lists ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class CaseQuery:
    """Filters of the case list; empty means all. `text` goes through person search."""

    status: str | None = None
    risk_level: str | None = None
    district: str | None = None
    case_worker: str | None = None
    incident: str | None = None
    text: str = ""
    sort: str = "opened_on"
    descending: bool = True


@dataclass(frozen=True)
class CaseRow:
    id: str
    case_number: str
    name: str
    name_ur: str
    district: str
    status: str
    risk_level: str
    case_worker: str
    opened_on: str
    next_review_on: str
    restricted: bool


_SORTS = {
    "case_number": "c.case_number", "opened_on": "c.opened_on", "status": "c.status",
    "name": "p.given_name COLLATE NOCASE {dir}, p.family_name COLLATE NOCASE",
    "district": "i.district",
    "risk_level": "CASE c.risk_level WHEN 'high' THEN 3 WHEN 'medium' THEN 2"
                  " WHEN 'low' THEN 1 ELSE 0 END",
    "next_review_on": "c.next_review_on", "case_worker": "u.full_name",
}

_STATUS = status_sql("c")  # a case that left this office shows as transferred
_LIST_SELECT = (
    f"SELECT c.id, c.case_number, {_STATUS} AS status, c.risk_level, c.opened_on,"
    " c.next_review_on, c.sensitivity, p.given_name, p.family_name, p.name_ur, i.district,"
    " u.full_name"
    " FROM vc_case c JOIN person p ON p.id = c.principal_person"
    " LEFT JOIN incident i ON i.id = c.incident"
    " LEFT JOIN user_account u ON u.id = c.case_worker")


def _where(session: Session, q: CaseQuery, *,
           walk_sort_order: bool = False) -> tuple[str, list[Any]]:
    """SQL condition and parameters. `walk_sort_order`: the district filter must not lead the
    query (SQLite would otherwise find the district's cases first and sort them all)."""
    where, params = case_filter(session)
    for column, value in ((_STATUS, q.status), ("c.risk_level", q.risk_level),
                          ("i.district", q.district), ("c.case_worker", q.case_worker),
                          ("c.incident", q.incident)):
        if value:
            if column == "i.district" and walk_sort_order:
                # The unary + keeps SQLite off the index of vc_case.incident.
                where += " AND +c.incident IN (SELECT id FROM incident WHERE district = ?)"
            else:
                where += f" AND {column} = ?"
            params.append(value)
    if q.text.strip():
        # Not limited to this office's people: a transferred case's people came from another
        # office, and the case filter above keeps out what this office may not see.
        hits = search.search(session.db, q.text, limit=500)
        ids = [h.person_id for h in hits]
        where += (" AND c.id IN (SELECT case_id FROM case_member WHERE deleted IS NULL AND"
                  f" person IN ({', '.join('?' * len(ids)) or 'NULL'}))")
        params += ids
    return where, params


# Counting every match of a filter reads every matching (encrypted) row; past this many the
# list says "more than 1,000", which is all a person needs to know to narrow the filter.
COUNT_CAP = 1000


def count_cases(session: Session, q: CaseQuery) -> int:
    """How many cases match, exactly up to COUNT_CAP; COUNT_CAP + 1 means "more"."""
    with session.reading(Action.CASE_VIEW):
        where, params = _where(session, q)
        return int(session.db.scalar(
            "SELECT count(*) FROM (SELECT 1 FROM vc_case c"
            f" LEFT JOIN incident i ON i.id = c.incident WHERE {where} LIMIT ?)",
            [*params, COUNT_CAP + 1]))


# When a district filter matches at least this many cases, a page of the list fills after a
# few hundred rows read in the list's own order; with fewer, reading just those cases and
# sorting them is quicker (bench/case_list.py: half of 100,000 cases took 0.4 s one way and
# 7 ms the other). Only sorts that an index holds can be walked.
_CROWDED = 2000
_WALKABLE = ("opened_on", "case_number", "name", "risk_level")


def _walkable(q: CaseQuery) -> bool:
    # With another filter too (a status is an expression no index holds), SQLite would read
    # every case rather than walk an index in the list's order.
    return bool(q.district) and q.sort in _WALKABLE and not (
        q.status or q.risk_level or q.case_worker or q.incident or q.text.strip())


def _crowded(session: Session, where: str, params: list[Any]) -> bool:
    return int(session.db.scalar(
        "SELECT count(*) FROM (SELECT 1 FROM vc_case c LEFT JOIN incident i"
        f" ON i.id = c.incident WHERE {where} LIMIT ?)", [*params, _CROWDED])) >= _CROWDED


def list_cases(session: Session, q: CaseQuery, offset: int = 0, limit: int = 100) -> list[CaseRow]:
    """One page of the case list (the GUI fetches more pages as the user scrolls)."""
    direction = "DESC" if q.descending else "ASC"
    order = _SORTS.get(q.sort, "c.opened_on").replace("{dir}", direction)
    # The case number breaks ties; repeating it when it is the sort key keeps SQLite from
    # using its unique index.
    tie = "" if q.sort == "case_number" else f", c.case_number {direction}"
    with session.reading(Action.CASE_VIEW):
        where, params = _where(session, q)
        if _walkable(q) and _crowded(session, where, params):
            where, params = _where(session, q, walk_sort_order=True)
        rows = session.db.query(
            f"{_LIST_SELECT} WHERE {where} ORDER BY {order} {direction}{tie}"
            " LIMIT ? OFFSET ?", [*params, limit, offset])
    return [_case_row(r) for r in rows]


def _case_row(r: Any) -> CaseRow:
    return CaseRow(
        id=r["id"], case_number=r["case_number"],
        name=" ".join(x for x in (r["given_name"], r["family_name"]) if x),
        name_ur=r["name_ur"] or "", district=r["district"] or "", status=r["status"],
        risk_level=r["risk_level"] or "", case_worker=r["full_name"] or "",
        opened_on=r["opened_on"], next_review_on=r["next_review_on"] or "",
        restricted=r["sensitivity"] == Sensitivity.RESTRICTED.value)


# -- home ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class FollowUpDue:
    id: str
    case_id: str
    case_number: str
    name: str
    due_on: str
    kind: str
    overdue: bool


@dataclass
class Home:
    follow_ups: list[FollowUpDue] = field(default_factory=list)
    reviews_due: list[CaseRow] = field(default_factory=list)
    high_risk: list[CaseRow] = field(default_factory=list)
    recent: list[CaseRow] = field(default_factory=list)
    pending_risk_reviews: int = 0


def home(session: Session, today: dt.date | None = None, limit: int = 20) -> Home:
    """What needs doing: follow-ups due and overdue, risk reviews due, high risk, recent."""
    today = today or dt.date.today()
    out = Home()
    with session.reading(Action.CASE_VIEW):
        where, params = case_filter(session)
        mine = " AND c.case_worker = ?" if not session.can(Action.CASE_VIEW_RESTRICTED) else ""
        mine_params = [session.user_id] if mine else []
        for r in session.db.query(
                "SELECT f.id, f.case_id, f.due_on, f.kind, c.case_number, p.given_name,"
                " p.family_name FROM follow_up f JOIN vc_case c ON c.id = f.case_id"
                " JOIN person p ON p.id = c.principal_person"
                f" WHERE f.deleted IS NULL AND coalesce(f.done, 0) = 0 AND f.due_on <= ?"
                f" AND {where}{mine} AND {_STATUS} != 'transferred' ORDER BY f.due_on LIMIT ?",
                [today.isoformat(), *params, *mine_params, limit]):
            out.follow_ups.append(FollowUpDue(
                r["id"], r["case_id"], r["case_number"],
                " ".join(x for x in (r["given_name"], r["family_name"]) if x), r["due_on"],
                r["kind"], r["due_on"] < today.isoformat()))
        active = f"{where}{mine} AND {_STATUS} IN ('open', 'on_hold', 'pending_closure')"
        out.reviews_due = [_case_row(r) for r in session.db.query(
            f"{_LIST_SELECT} WHERE {active} AND c.next_review_on <= ?"
            " ORDER BY c.next_review_on LIMIT ?",
            [*params, *mine_params, today.isoformat(), limit])]
        out.high_risk = [_case_row(r) for r in session.db.query(
            f"{_LIST_SELECT} WHERE {active} AND c.risk_level = 'high'"
            " ORDER BY c.next_review_on LIMIT ?", [*params, *mine_params, limit])]
        out.recent = [_case_row(r) for r in session.db.query(
            f"{_LIST_SELECT} WHERE {where}{mine} ORDER BY c.created_at DESC LIMIT ?",
            [*params, *mine_params, limit])]
        if session.can(Action.RISK_REVIEW):
            out.pending_risk_reviews = int(session.db.scalar(
                "SELECT count(*) FROM risk_assessment r JOIN vc_case c ON c.id = r.case_id"
                f" WHERE r.deleted IS NULL AND r.review_status = 'pending' AND {where}"
                f" AND {held_here_sql('c')}", params))
    return out


# -- find ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Found:
    person_id: str
    name: str
    name_ur: str
    guardian_name: str
    case_id: str | None
    case_number: str | None
    district: str


def _marks(part: Sequence[str]) -> str:
    return ", ".join("?" * len(part))


def find(session: Session, text: str, limit: int = 50) -> list[Found]:
    """People and their cases matching a name (either script), CNIC, phone or case number;
    best matches first, only what this user may see."""
    with session.unit(Action.SEARCH) as unit:
        hits = [h.person_id for h in search.search(session.db, text, limit=limit * 2)]
        # Every hit's person, merges and cases in a few queries, not three per hit: this
        # runs on every keystroke of the search box.
        db = unit.db
        people = {r["id"]: r for part in chunks(hits, 500) for r in db.query(
            "SELECT id, merged_into, given_name, family_name, name_ur, guardian_name, district,"
            f" office FROM person WHERE id IN ({_marks(part)})", part)}
        held = db.column_in("SELECT id FROM person WHERE id IN ({marks}) AND deleted IS NULL",
                            [p["merged_into"] for p in people.values() if p["merged_into"]])
        merged_in: dict[str, list[str]] = {}
        for part in chunks(hits, 500):
            for gone, survivor in db.query(
                    f"SELECT id, merged_into FROM person WHERE merged_into IN ({_marks(part)})"
                    " AND deleted IS NULL", part):
                merged_in.setdefault(survivor, []).append(gone)
        owners = {h: h for h in hits} | {g: s for s, gs in merged_in.items() for g in gs}
        where, params = case_filter(session)
        cases_of: dict[str, dict[str, Any]] = {}  # hit → {case id: row} (its own and merged-in)
        for part in chunks(list(owners), 500):
            for c in db.query(
                    "SELECT DISTINCT m.person, c.id, c.case_number, i.district FROM case_member m"
                    " JOIN vc_case c ON c.id = m.case_id LEFT JOIN incident i ON i.id = c.incident"
                    f" WHERE m.person IN ({_marks(part)}) AND m.deleted IS NULL AND {where}",
                    [*part, *params]):
                cases_of.setdefault(owners[c["person"]], {})[c["id"]] = c
        out: list[Found] = []
        for hit in hits:
            p = people[hit]
            if p["merged_into"] in held:
                continue  # merged into a person held here: that one is found instead
            # The survivor of a merge also brings the cases still linked to who merged in.
            found = sorted(cases_of.get(hit, {}).values(), key=lambda c: c["case_number"])
            name = " ".join(x for x in (p["given_name"], p["family_name"]) if x)
            base = (p["id"], name, p["name_ur"] or "", p["guardian_name"] or "")
            if not found:
                if person_hidden(unit, hit) or (
                        not session.is_hub and p["office"] != session.office):
                    continue  # known only through a case this user may not see
                out.append(Found(*base, None, None, p["district"] or ""))
            for c in found:
                out.append(Found(*base, c["id"], c["case_number"],
                                 c["district"] or p["district"] or ""))
            if len(out) >= limit:
                break
        unit.audit("search", None, None, results=len(out))
    return out[:limit]

