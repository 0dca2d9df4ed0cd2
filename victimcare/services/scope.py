"""Who may see which case: office scoping and the restricted flag, in one place."""

from __future__ import annotations

from typing import Any

from victimcare.domain.errors import NotFound
from victimcare.domain.permissions import Action
from victimcare.services.session import Session, Unit


def case_filter(session: Session, alias: str = "c") -> tuple[str, list[Any]]:
    """SQL condition (and its parameters) for the cases this session may see."""
    conds, params = [f"{alias}.deleted IS NULL"], []
    if not session.is_hub:
        conds.append(f"{alias}.office = ?")
        params.append(session.office)
    if not session.can(Action.CASE_VIEW_RESTRICTED):
        conds.append(f"({alias}.sensitivity = 'normal' OR {alias}.case_worker = ?)")
        params.append(session.user_id)
    return " AND ".join(conds), params


def visible_case(unit: Unit, case_id: str) -> dict[str, Any]:
    """The case row, or NotFound when it does not exist or is out of this user's scope (the
    two look the same, so nobody learns that a restricted case exists)."""
    where, params = case_filter(unit.session)
    row = unit.db.query_one(f"SELECT c.id FROM vc_case c WHERE c.id = ? AND {where}",
                            [case_id, *params])
    if row is None:
        raise NotFound(entity="vc_case")
    return unit.records.get("vc_case", case_id)


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


def person_in_scope(unit: Unit, person_id: str) -> dict[str, Any]:
    person = unit.records.get("person", person_id)
    if (not unit.session.is_hub and person["office"] != unit.session.office) or \
            person_hidden(unit, person_id):
        raise NotFound(entity="person")
    return person
