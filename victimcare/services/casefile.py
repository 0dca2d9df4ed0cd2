"""One case read whole, for the case view: people, family, needs, risk, consent, history."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from victimcare.domain.permissions import Action
from victimcare.services.scope import visible_case
from victimcare.services.session import Session

Row = dict[str, Any]


@dataclass
class CaseFile:
    case: Row
    incident: Row | None
    principal: Row
    members: list[Row] = field(default_factory=list)        # case_member + "person" + "contacts"
    relationships: list[Row] = field(default_factory=list)
    assessments: list[Row] = field(default_factory=list)    # each with "items"
    need_items: list[Row] = field(default_factory=list)
    risks: list[Row] = field(default_factory=list)
    consents: list[Row] = field(default_factory=list)
    follow_ups: list[Row] = field(default_factory=list)
    notes: list[Row] = field(default_factory=list)
    attachments: list[Row] = field(default_factory=list)
    history: list[Row] = field(default_factory=list)
    users: dict[str, str] = field(default_factory=dict)     # user id → full name


def get_case(session: Session, case_id: str) -> CaseFile:
    """Everything the case view shows; the view itself is audited (views count)."""
    with session.unit(Action.CASE_VIEW) as unit:
        case = visible_case(unit, case_id)
        r = unit.records
        members = r.select("case_member", "case_id = ?", [case_id])
        person_ids = [m["person"] for m in members]
        marks = ", ".join("?" * len(person_ids)) or "NULL"
        for m in members:
            m["person_row"] = r.get("person", m["person"])
            contacts = r.select("contact_point", "person = ?", [m["person"]])
            m["contacts"] = [c for c in contacts if not c["restricted"]
                             or session.can(Action.CASE_VIEW_RESTRICTED)]
        note_where = "case_id = ?"
        if not session.can(Action.NOTE_VIEW_RESTRICTED):
            note_where += " AND coalesce(restricted, 0) = 0"
        assessments = r.select("needs_assessment", "case_id = ?", [case_id],
                               "assessed_on, created_at, id")
        items = r.select("need_item", "case_id = ?", [case_id])
        for a in assessments:
            a["items"] = [i for i in items if i["assessment"] == a["id"]]
        cf = CaseFile(
            case=case,
            incident=r.get("incident", case["incident"]) if case["incident"] else None,
            principal=r.get("person", case["principal_person"]),
            members=members,
            relationships=r.select(
                "relationship", f"person_a IN ({marks}) OR person_b IN ({marks})",
                person_ids * 2),
            assessments=assessments, need_items=items,
            risks=r.select("risk_assessment", "case_id = ?", [case_id], "created_at, id"),
            consents=r.select("consent", "case_id = ?", [case_id], "given_on, created_at, id"),
            follow_ups=r.select("follow_up", "case_id = ?", [case_id], "due_on, created_at, id"),
            notes=r.select("case_note", note_where, [case_id]),
            attachments=r.select("attachment", "case_id = ?", [case_id]),
            history=[dict(zip(h.keys(), tuple(h), strict=True)) for h in unit.db.query(
                "SELECT seq, at, actor, action, details FROM audit_event"
                " WHERE entity_id = ? ORDER BY seq", (case_id,))],
        )
        cf.users = {u: n for u, n in unit.db.query("SELECT id, full_name FROM user_account")}
        unit.audit("case.view", "vc_case", case_id)
    return cf
