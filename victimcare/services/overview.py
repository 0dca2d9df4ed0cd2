"""Lists for the desktop's overview pages: incidents with their case counts, case workers."""

from __future__ import annotations

import json
from dataclasses import dataclass

from victimcare.domain.permissions import Action
from victimcare.services.scope import case_filter
from victimcare.services.session import Session


@dataclass(frozen=True)
class IncidentRow:
    id: str
    occurred_on: str
    district: str
    place_type: str
    attack_types: tuple[str, ...]
    cases: int   # cases of this incident the user may see
    people: int  # victims and family members in those cases


def _incident_where(session: Session) -> tuple[str, list[object]]:
    # Incidents follow the office scoping of cases; their counts follow the restricted flag too.
    if session.is_hub:
        return "i.deleted IS NULL", []
    return "i.deleted IS NULL AND i.office = ?", [session.office]


def count_incidents(session: Session) -> int:
    with session.reading(Action.CASE_VIEW):
        where, params = _incident_where(session)
        return int(session.db.scalar(f"SELECT count(*) FROM incident i WHERE {where}", params))


def list_incidents(session: Session, offset: int = 0, limit: int = 100) -> list[IncidentRow]:
    """One page of incidents, newest first, each with the number of visible cases and people."""
    with session.reading(Action.CASE_VIEW):
        where, params = _incident_where(session)
        cases_where, cases_params = case_filter(session)
        rows = session.db.query(
            "SELECT i.id, i.occurred_on, i.district, i.place_type, i.attack_types,"
            f" (SELECT count(*) FROM vc_case c WHERE c.incident = i.id AND {cases_where})"
            " AS cases,"
            " (SELECT count(*) FROM case_member m JOIN vc_case c ON c.id = m.case_id"
            f"  WHERE m.deleted IS NULL AND c.incident = i.id AND {cases_where}) AS people"
            f" FROM incident i WHERE {where}"
            " ORDER BY i.occurred_on DESC, i.created_at DESC LIMIT ? OFFSET ?",
            [*cases_params, *cases_params, *params, limit, offset])
    return [IncidentRow(r["id"], r["occurred_on"] or "", r["district"] or "",
                        r["place_type"] or "", tuple(json.loads(r["attack_types"] or "[]")),
                        int(r["cases"]), int(r["people"])) for r in rows]


@dataclass(frozen=True)
class Worker:
    id: str
    full_name: str


def case_workers(session: Session) -> list[Worker]:
    """Users who hold at least one case this user may see: the case list's worker filter
    (a case worker may not list accounts, but may see who works the cases they see)."""
    with session.reading(Action.CASE_VIEW):
        where, params = case_filter(session)
        rows = session.db.query(
            "SELECT u.id, u.full_name FROM user_account u WHERE u.deleted IS NULL AND EXISTS"
            f" (SELECT 1 FROM vc_case c WHERE c.case_worker = u.id AND {where})"
            " ORDER BY u.full_name COLLATE NOCASE", params)
    return [Worker(r["id"], r["full_name"]) for r in rows]
