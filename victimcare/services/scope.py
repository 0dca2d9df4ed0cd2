"""Who may see which case: office scoping (transfers included) and the restricted flag."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from victimcare.domain import sync_rules
from victimcare.domain.enums import CaseStatus, TransferStatus
from victimcare.domain.errors import NotFound, WorkflowError
from victimcare.domain.model import ENTITIES
from victimcare.domain.permissions import Action
from victimcare.services.session import Session, Unit

# Parameter-free SQL, so that it fits in any SELECT list: the office of this installation.
_HERE = "(SELECT value FROM meta WHERE key = 'office')"
_HOLDS = "(" + ", ".join(f"'{s}'" for s in sorted(sync_rules.TRANSFER_HOLDS)) + ")"
_ACCEPTED = f"'{TransferStatus.ACCEPTED.value}'"
# What a write on a case not held here says: it left (a stub), or it is only offered to us.
TRANSFERRED = CaseStatus.TRANSFERRED.value
TRANSFER_REQUESTED = "transfer_requested"


def holder_sql(alias: str = "c") -> str:
    """SQL: the office holding the case now, the one its last accepted transfer went to (or the
    office that opened it)."""
    return (f"coalesce((SELECT h.to_office FROM case_transfer h WHERE h.case_id = {alias}.id"
            f" AND h.deleted IS NULL AND h.status = {_ACCEPTED}"
            f" ORDER BY h.decided_at DESC, h.id DESC LIMIT 1), {alias}.office)")


def holder(db: Any, case_id: str) -> str | None:
    """The office holding the case now (None: no such case here)."""
    row = db.query_one(f"SELECT {holder_sql('c')} AS held_by FROM vc_case c WHERE c.id = ?",
                       (case_id,))
    return None if row is None else str(row["held_by"])


def _stub_sql(alias: str) -> str:
    # Held elsewhere now, but once held here: this office keeps a read-only stub.
    return (f"({holder_sql(alias)} != {_HERE} AND ({alias}.office = {_HERE} OR EXISTS"
            f" (SELECT 1 FROM case_transfer s WHERE s.case_id = {alias}.id"
            f" AND s.to_office = {_HERE} AND s.status = {_ACCEPTED} AND s.deleted IS NULL)))")


def status_sql(alias: str = "c") -> str:
    """SQL (no parameters): the status a case shows here, `transferred` at an office the
    case has left (at the hub, always its own status)."""
    return (f"(CASE WHEN (SELECT value FROM meta WHERE key = 'kind') = 'office'"
            f" AND {_stub_sql(alias)} THEN '{TRANSFERRED}' ELSE {alias}.status END)")


def session_status_sql(session: Session, alias: str = "c") -> str:
    """status_sql for this session's installation: at the hub simply the case's status, so
    that a query over many cases reads no other column for it."""
    return f"{alias}.status" if session.is_hub else status_sql(alias)


def held_here_sql(alias: str = "c") -> str:
    """SQL (no parameters): the case is held by this installation's office (always true at
    the hub), so that work on it may be done here."""
    return (f"((SELECT value FROM meta WHERE key = 'kind') != 'office'"
            f" OR {holder_sql(alias)} = {_HERE})")


def case_filter(session: Session, alias: str = "c") -> tuple[str, list[Any]]:
    """SQL condition (and its parameters) for the cases this session may see: at an office,
    its own cases and those transferred (or offered) to it."""
    conds, params = [f"{alias}.deleted IS NULL"], []
    if not session.is_hub:
        conds.append(f"({alias}.office = ? OR {alias}.id IN (SELECT t.case_id FROM case_transfer t"
                     f" WHERE t.to_office = ? AND t.status IN {_HOLDS} AND t.deleted IS NULL))")
        params += [session.office, session.office]
    if not session.can(Action.CASE_VIEW_RESTRICTED):
        conds.append(f"({alias}.sensitivity = 'normal' OR {alias}.case_worker = ?)")
        params.append(session.user_id)
    return " AND ".join(conds), params


def visible_case(unit: Unit, case_id: str, *, for_write: bool = False) -> dict[str, Any]:
    """The case row, or NotFound when it does not exist or is out of this user's scope (the
    two look the same, so nobody learns that a restricted case exists). `held_by` names the
    office that holds it; a case held elsewhere reads as a stub (status `transferred`) and
    refuses every write (`for_write`) with a WorkflowError."""
    session = unit.session
    where, params = case_filter(session)
    row = unit.db.query_one(
        f"SELECT {holder_sql('c')} AS held_by, {_stub_sql('c')} AS stub FROM vc_case c"
        f" WHERE c.id = ? AND {where}", [case_id, *params])
    if row is None:
        raise NotFound(entity="vc_case")
    case = unit.records.get("vc_case", case_id)
    case["held_by"] = row["held_by"]
    if not session.is_hub and row["held_by"] != session.office:
        state = TRANSFERRED if row["stub"] else TRANSFER_REQUESTED
        if for_write:
            raise WorkflowError(current=state, target="edit")
        if row["stub"]:
            case["status"] = state
    return case


def person_hidden(unit: Unit, person_id: str) -> bool:
    """True when the person belongs to cases and none of them is visible to this user (a
    person known only through a restricted case is as hidden as the case)."""
    where, params = case_filter(unit.session)
    memberships = unit.db.query(
        "SELECT EXISTS (SELECT 1 FROM case_member m JOIN vc_case c ON c.id = m.case_id"
        f" WHERE m.person = ? AND m.deleted IS NULL AND {where}),"
        " EXISTS (SELECT 1 FROM case_member WHERE person = ? AND deleted IS NULL)",
        [person_id, *params, person_id])[0]
    visible, in_any_case = memberships
    return bool(in_any_case) and not visible


def person_in_scope(unit: Unit, person_id: str, *, for_write: bool = False) -> dict[str, Any]:
    """The person, when this office registered them or they belong to a case it may see;
    a person only in cases held elsewhere is read-only here (`for_write`: WorkflowError)."""
    session = unit.session
    person = unit.records.get("person", person_id)
    if session.is_hub:
        if person_hidden(unit, person_id):
            raise NotFound(entity="person")
        return person
    where, params = case_filter(session)
    cases = unit.db.query(
        f"SELECT {holder_sql('c')} AS held_by, {_stub_sql('c')} AS stub FROM case_member m"
        f" JOIN vc_case c ON c.id = m.case_id WHERE m.person = ? AND m.deleted IS NULL"
        f" AND {where}", [person_id, *params])
    if not cases:
        if person["office"] != session.office or person_hidden(unit, person_id):
            raise NotFound(entity="person")
        return person
    if for_write and not any(c["held_by"] == session.office for c in cases):
        stub = any(c["stub"] for c in cases)
        raise WorkflowError(current=TRANSFERRED if stub else TRANSFER_REQUESTED, target="edit")
    return person


# -- rows an office holds through transfers (sync scoping) -----------------------------------
# Tables whose rows name their case; a transfer row itself travels by the offices it names.
_CASE_TABLES = tuple(e.table for e in ENTITIES
                     if "case_id" in e.field_names and e.table != "case_transfer")
_CHUNK = 500


def _in(ids: Iterable[str]) -> Iterable[tuple[str, list[str]]]:
    for part in sync_rules.chunks(sorted(set(ids)), _CHUNK):
        yield ", ".join("?" * len(part)), list(part)


def row_cases(db: Any, table: str, ids: Iterable[str]) -> dict[str, set[str]]:
    """For rows of `table`, the cases each belongs to: directly (case_id), or a person through
    case membership, a contact point or relationship through its people, an incident through
    its cases, a referral event through its referral. Deleted rows count (tombstones travel)."""
    queries = {
        "vc_case": "SELECT id, id FROM vc_case WHERE id IN ({m})",
        "referral_event": "SELECT e.id, r.case_id FROM referral_event e"
                          " JOIN referral r ON r.id = e.referral WHERE e.id IN ({m})",
        "person": "SELECT person, case_id FROM case_member WHERE person IN ({m})",
        "contact_point": "SELECT p.id, m.case_id FROM contact_point p"
                         " JOIN case_member m ON m.person = p.person WHERE p.id IN ({m})",
        "relationship": "SELECT r.id, m.case_id FROM relationship r JOIN case_member m"
                        " ON m.person IN (r.person_a, r.person_b) WHERE r.id IN ({m})",
        "incident": "SELECT incident, id FROM vc_case WHERE incident IN ({m})",
    }
    if table in _CASE_TABLES:
        sql = f"SELECT id, case_id FROM {table} WHERE id IN ({{m}})"
    elif table in queries:
        sql = queries[table]
    else:
        return {}
    out: dict[str, set[str]] = {}
    for marks, part in _in(ids):
        for row_id, case_id in db.execute(sql.format(m=marks), part):
            if case_id:
                out.setdefault(row_id, set()).add(case_id)
    return out


def case_rows(db: Any, case_ids: Iterable[str]) -> dict[str, set[str]]:
    """Every row belonging to the cases (see row_cases), by table: what a transfer carries."""
    cases = sorted(set(case_ids))
    out: dict[str, set[str]] = {"vc_case": set(cases)}

    def collect(table: str, sql: str, keys: Iterable[str], times: int = 1) -> set[str]:
        found: set[str] = set()
        for marks, part in _in(keys):
            found.update(r[0] for r in db.execute(sql.format(m=marks), part * times))
        out.setdefault(table, set()).update(found)
        return found

    for table in _CASE_TABLES:
        collect(table, f"SELECT id FROM {table} WHERE case_id IN ({{m}})", cases)
    collect("referral_event", "SELECT id FROM referral_event WHERE referral IN ({m})",
            out.get("referral", set()))
    people = collect("person", "SELECT person FROM case_member WHERE case_id IN ({m})", cases)
    collect("contact_point", "SELECT id FROM contact_point WHERE person IN ({m})", people)
    collect("relationship",
            "SELECT id FROM relationship WHERE person_a IN ({m}) OR person_b IN ({m})",
            people, times=2)
    collect("incident", "SELECT incident FROM vc_case WHERE id IN ({m}) AND incident IS NOT"
            " NULL", cases)
    return {t: ids for t, ids in out.items() if ids}


def transferred_to(db: Any, office: str, case_ids: Iterable[str],
                   statuses: Iterable[str] | None = sync_rules.TRANSFER_HOLDS) -> set[str]:
    """Those of the cases with a transfer to `office` (in one of `statuses`; None: any)."""
    found: set[str] = set()
    status_cond, status_params = "", []
    if statuses is not None:
        wanted = sorted(statuses)
        status_cond = f" AND status IN ({', '.join('?' * len(wanted))})"
        status_params = wanted
    for marks, part in _in(case_ids):
        found.update(r[0] for r in db.execute(
            f"SELECT case_id FROM case_transfer WHERE to_office = ? AND deleted IS NULL"
            f"{status_cond} AND case_id IN ({marks})", [office, *status_params, *part]))
    return found


def rows_held(db: Any, table: str, ids: Iterable[str], office: str,
              statuses: Iterable[str] | None = sync_rules.TRANSFER_HOLDS) -> set[str]:
    """Those of the rows that `office` holds through a transfer besides its own rows: rows of
    a case transferred to it, and transfer rows that name it."""
    if table == "case_transfer":
        held: set[str] = set()
        for marks, part in _in(ids):
            held.update(r[0] for r in db.execute(
                f"SELECT id, office, from_office, to_office FROM case_transfer"
                f" WHERE id IN ({marks})", part)
                if sync_rules.transfer_party(office, r[1], r[2], r[3]))
        return held
    cases = row_cases(db, table, ids)
    taken = transferred_to(db, office, {c for cs in cases.values() for c in cs}, statuses)
    return {row_id for row_id, cs in cases.items() if cs & taken}
