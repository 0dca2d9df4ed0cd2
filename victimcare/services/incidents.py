"""Registering an attack with all its victims, grouped into families, in one call."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from victimcare.domain import reference
from victimcare.domain.enums import CaseStatus, Sensitivity
from victimcare.domain.errors import FieldError, ValidationError
from victimcare.domain.model import entity
from victimcare.domain.permissions import Action
from victimcare.domain.validation import not_in_future, validate_fields
from victimcare.services.people import (
    clean_membership,
    clean_mobile,
    clean_person,
    insert_person,
)
from victimcare.services.session import Session, Unit

INCIDENT = entity("incident")
CASE_MEMBER = entity("case_member")

# Keys of a victim row that are not person fields.
MEMBER_KEYS = ("mobile", "victim_category", "harms", "relationship", "dependant",
               "legal_heir", "primary_caregiver")


@dataclass(frozen=True)
class Registered:
    incident_id: str
    case_ids: tuple[str, ...]
    case_numbers: tuple[str, ...]
    person_ids: tuple[str, ...]


def next_case_number(unit: Unit, year: int) -> str:
    """`{office}-{yyyy}-{seq}`: numbers are per office and year, so offices never collide."""
    prefix = f"{unit.session.office}-{year}-"
    last = unit.db.scalar("SELECT max(case_number) FROM vc_case WHERE case_number LIKE ?",
                          (prefix + "%",))
    seq = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{seq:05d}"


def clean_incident(values: Mapping[str, Any], today: dt.date) -> tuple[dict[str, Any],
                                                                     list[FieldError]]:
    out = {k: (None if v == "" else v) for k, v in values.items()}
    out.setdefault("date_precision", "day")
    out.setdefault("verification_status", "unverified")
    errors = validate_fields(INCIDENT, out, today=today, reference=reference.all_codes())
    if not any(e.field == "occurred_on" for e in errors):
        bad = not_in_future("occurred_on", out.get("occurred_on"), today)
        if bad:
            errors.append(bad)
    district = out.get("district")
    if district and reference.district_province(district) is None and not any(
            e.field == "district" for e in errors):
        errors.append(FieldError("district", "not_a_district"))
    return out, errors


def _clean_member(raw: Mapping[str, Any], today: dt.date, row: int,
                  principal: bool) -> tuple[dict[str, Any], dict[str, Any], list[FieldError]]:
    person_values = {k: v for k, v in raw.items() if k not in MEMBER_KEYS}
    person, errors = clean_person(person_values, today, row=row)
    mobile, mobile_errors = clean_mobile(raw.get("mobile"), row)
    member, member_errors = clean_membership(raw, row, principal=principal)
    member["mobile"] = mobile
    return person, member, errors + mobile_errors + member_errors


def register_incident(session: Session, incident: Mapping[str, Any],
                      families: Sequence[Mapping[str, Any]], *,
                      case_worker: str | None = None) -> Registered:
    """One attack, many victims: each family (its first member is the principal, usually the
    direct victim) becomes one case. Every row is checked first; nothing is written when any
    field is wrong, and the error names the row (1-based, counted across families)."""
    session.require(Action.INCIDENT_REGISTER)
    if case_worker not in (None, session.user_id):
        session.require(Action.CASE_ASSIGN)
    today = dt.date.today()
    inc, errors = clean_incident(incident, today)
    if not families or not any(f.get("members") for f in families):
        errors.append(FieldError("victims", "required"))
    cleaned: list[list[tuple[dict[str, Any], dict[str, Any]]]] = []
    row = 0
    for family in families:
        members = []
        for i, raw in enumerate(family.get("members") or ()):
            row += 1
            person, member, member_errors = _clean_member(raw, today, row, principal=i == 0)
            errors += member_errors
            members.append((person, member))
        if members:
            cleaned.append(members)
    if errors:
        raise ValidationError(errors)

    case_ids, numbers, people = [], [], []
    with session.unit(Action.INCIDENT_REGISTER) as unit:
        incident_id = unit.records.insert("incident", inc)
        year = dt.date.fromisoformat(unit.now[:10]).year
        for members in cleaned:
            person_ids = [insert_person(unit, p, m["mobile"]) for p, m in members]
            number = next_case_number(unit, year)
            case_id = unit.records.insert("vc_case", {
                "case_number": number, "incident": incident_id, "principal_person": person_ids[0],
                "case_worker": case_worker or session.user_id, "status": CaseStatus.OPEN.value,
                "sensitivity": Sensitivity.NORMAL.value, "opened_on": unit.today.isoformat(),
                "fir_registered": bool(inc.get("fir_reference"))})
            for index, ((_, m), person_id) in enumerate(zip(members, person_ids, strict=True)):
                unit.records.insert("case_member", {
                    "case_id": case_id, "person": person_id,
                    "victim_category": m["victim_category"], "harms": m["harms"],
                    "principal": index == 0})
                if index:
                    unit.records.insert("relationship", {
                        "person_a": person_id, "person_b": person_ids[0],
                        "kind": m["relationship"], "dependant": m["dependant"],
                        "legal_heir": m["legal_heir"],
                        "primary_caregiver": m["primary_caregiver"]})
            unit.audit("case.open", "vc_case", case_id, incident=incident_id,
                       members=len(members))
            case_ids.append(case_id)
            numbers.append(number)
            people += person_ids
        unit.audit("incident.register", "incident", incident_id, cases=len(case_ids),
                   victims=len(people))
    return Registered(incident_id, tuple(case_ids), tuple(numbers), tuple(people))
