"""People, their contact points and family relationships; duplicate warnings while typing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from victimcare.domain import reference
from victimcare.domain.enums import ContactKind
from victimcare.domain.errors import FieldError, ValidationError
from victimcare.domain.model import entity
from victimcare.domain.permissions import Action
from victimcare.domain.validation import (
    normalise_cnic,
    normalise_mobile,
    not_in_future,
    validate_fields,
)
from victimcare.services.scope import case_filter, person_hidden, person_in_scope, visible_case
from victimcare.services.session import Session, Unit

PERSON = entity("person")
CASE_MEMBER = entity("case_member")
MAX_AGE = 120


def clean_person(values: Mapping[str, Any], today: Any, *, partial: bool = False,
                 row: int | None = None) -> tuple[dict[str, Any], list[FieldError]]:
    """Normalise what people type (CNIC dashes, blanks) and list every problem."""
    out = {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()}
    out = {k: (None if v == "" else v) for k, v in out.items()}
    errors: list[FieldError] = []
    if out.get("cnic"):
        try:
            out["cnic"] = normalise_cnic(out["cnic"])
        except ValueError:
            errors.append(FieldError("cnic", "cnic_format", row))
            out.pop("cnic")
    errors += validate_fields(PERSON, out, partial=partial, today=today, row=row,
                              reference=reference.all_codes())
    for name in ("date_of_birth", "date_of_death"):
        bad = not_in_future(name, out.get(name), today) if not any(
            e.field == name for e in errors) else None
        if bad:
            errors.append(FieldError(name, bad.code, row))
    age = out.get("age_estimate")
    if isinstance(age, int) and not isinstance(age, bool) and age > MAX_AGE:
        errors.append(FieldError("age_estimate", "too_large", row, {"max": MAX_AGE}))
    if out.get("age_estimate") is not None and not out.get("age_estimated_on"):
        out["age_estimated_on"] = today.isoformat()
    return out, errors


def clean_mobile(value: str | None, row: int | None = None,
                 field: str = "mobile") -> tuple[str | None, list[FieldError]]:
    if not value or not value.strip():
        return None, []
    try:
        return normalise_mobile(value), []
    except ValueError:
        return None, [FieldError(field, "mobile_format", row)]


def clean_membership(raw: Mapping[str, Any], row: int | None = None, *,
                     principal: bool = False) -> tuple[dict[str, Any], list[FieldError]]:
    """A person's place in a case: victim category and harms, and (unless the principal)
    their relationship to the principal with the dependant / heir / caregiver flags."""
    member = {"victim_category": raw.get("victim_category") or None,
              "harms": list(raw.get("harms") or ()) or None,
              "relationship": raw.get("relationship") or None,
              "dependant": bool(raw.get("dependant")), "legal_heir": bool(raw.get("legal_heir")),
              "primary_caregiver": bool(raw.get("primary_caregiver"))}
    errors = validate_fields(CASE_MEMBER, {"victim_category": member["victim_category"],
                                           "harms": member["harms"]}, partial=True, row=row,
                             reference=reference.all_codes())
    if not member["victim_category"]:
        errors.append(FieldError("victim_category", "required", row))
    if not principal:
        if not member["relationship"]:
            errors.append(FieldError("relationship", "required", row))
        elif member["relationship"] not in reference.codes("relationship_types"):
            errors.append(FieldError("relationship", "invalid_choice", row))
    return member, errors


def insert_person(unit: Unit, values: Mapping[str, Any], mobile: str | None) -> str:
    """Write an already-cleaned person (and mobile) inside the caller's unit of work."""
    person_id = unit.records.insert("person", dict(values))
    if mobile:
        unit.records.insert("contact_point", {"person": person_id, "kind": "mobile",
                                              "value": mobile, "safe_to_contact": "yes"})
    return person_id


def update_person(session: Session, person_id: str, changes: Mapping[str, Any]) -> None:
    with session.unit(Action.PERSON_EDIT) as unit:
        person_in_scope(unit, person_id, for_write=True)
        cleaned, errors = clean_person(changes, unit.today, partial=True)
        if errors:
            raise ValidationError(errors)
        changed = unit.records.update("person", person_id, cleaned)
        unit.audit("person.update", "person", person_id, fields=sorted(changed))


def add_case_member(session: Session, case_id: str, person: Mapping[str, Any], *,
                    victim_category: str, harms: Sequence[str] = (), relationship: str,
                    dependant: bool = False, legal_heir: bool = False,
                    primary_caregiver: bool = False, mobile: str | None = None) -> str:
    """A new person joins the case (a child, a widow found later): the person, their
    membership and their relationship to the principal, all or nothing. Returns the person."""
    with session.unit(Action.PERSON_EDIT) as unit:
        case = visible_case(unit, case_id, for_write=True)
        cleaned, errors = clean_person(person, unit.today)
        number, mobile_errors = clean_mobile(mobile)
        member, member_errors = clean_membership({
            "victim_category": victim_category, "harms": harms, "relationship": relationship,
            "dependant": dependant, "legal_heir": legal_heir,
            "primary_caregiver": primary_caregiver})
        errors += mobile_errors + member_errors
        if errors:
            raise ValidationError(errors)
        person_id = insert_person(unit, cleaned, number)
        unit.records.insert("case_member", {
            "case_id": case_id, "person": person_id, "victim_category": member["victim_category"],
            "harms": member["harms"], "principal": False})
        unit.records.insert("relationship", {
            "person_a": person_id, "person_b": case["principal_person"],
            "kind": member["relationship"], "dependant": member["dependant"],
            "legal_heir": member["legal_heir"], "primary_caregiver": member["primary_caregiver"]})
        unit.audit("case.member_add", "vc_case", case_id, person=person_id)
    return person_id


def add_contact(session: Session, person_id: str, kind: str, value: str, *,
                safe_to_contact: str = "yes", safe_via: str | None = None,
                safe_times: str | None = None, restricted: bool = False) -> str:
    errors: list[FieldError] = []
    if kind == ContactKind.MOBILE:
        normalised, errors = clean_mobile(value, field="value")
        value = normalised or value
    values = {"person": person_id, "kind": kind, "value": value.strip(),
              "safe_to_contact": safe_to_contact, "safe_via": safe_via,
              "safe_times": safe_times, "restricted": restricted}
    errors += validate_fields(entity("contact_point"), values)
    if errors:
        raise ValidationError(errors)
    with session.unit(Action.PERSON_EDIT) as unit:
        person_in_scope(unit, person_id, for_write=True)
        contact_id = unit.records.insert("contact_point", values)
        unit.audit("contact.add", "person", person_id, kind=kind)
    return contact_id


def add_relationship(session: Session, person_a: str, person_b: str, kind: str, *,
                     dependant: bool = False, legal_heir: bool = False,
                     primary_caregiver: bool = False) -> str:
    """Record that `person_a` is the `kind` (child, spouse, ...) of `person_b`."""
    values = {"person_a": person_a, "person_b": person_b, "kind": kind, "dependant": dependant,
              "legal_heir": legal_heir, "primary_caregiver": primary_caregiver}
    errors = validate_fields(entity("relationship"), values, reference=reference.all_codes())
    if person_a == person_b:
        errors.append(FieldError("person_b", "same_person"))
    if errors:
        raise ValidationError(errors)
    with session.unit(Action.PERSON_EDIT) as unit:
        person_in_scope(unit, person_a, for_write=True)
        person_in_scope(unit, person_b, for_write=True)
        rel_id = unit.records.insert("relationship", values)
        unit.audit("relationship.add", "person", person_a, kind=kind)
    return rel_id


@dataclass(frozen=True)
class PossibleDuplicate:
    person_id: str
    name: str
    guardian_name: str
    reason: str  # "cnic" or "name_and_guardian"
    case_numbers: tuple[str, ...]


def possible_duplicates(session: Session, *, cnic: str | None = None,
                        given_name: str | None = None, family_name: str | None = None,
                        guardian_name: str | None = None) -> list[PossibleDuplicate]:
    """People already in this installation with the same CNIC, or the same name and
    father's/husband's name: shown as a warning while a new victim is typed in."""
    found: dict[str, PossibleDuplicate] = {}
    with session.reading(Action.CASE_VIEW) as unit:
        candidates: list[tuple[Any, str]] = []
        if cnic:
            try:
                digits = normalise_cnic(cnic)
            except ValueError:
                digits = None
            if digits:
                candidates += [(r, "cnic") for r in unit.db.query(
                    "SELECT * FROM person WHERE cnic = ? AND deleted IS NULL", (digits,))]
        if given_name and guardian_name:
            candidates += [(r, "name_and_guardian") for r in unit.db.query(
                "SELECT * FROM person WHERE deleted IS NULL AND lower(given_name) = lower(?)"
                " AND lower(coalesce(family_name, '')) = lower(?)"
                " AND lower(guardian_name) = lower(?) LIMIT 20",
                (given_name.strip(), (family_name or "").strip(), guardian_name.strip()))]
        where, params = case_filter(session)
        for row, reason in candidates:
            if row["id"] in found or (not session.is_hub and row["office"] != session.office) \
                    or person_hidden(unit, row["id"]):
                continue
            numbers = tuple(n for (n,) in unit.db.query(
                "SELECT c.case_number FROM case_member m JOIN vc_case c ON c.id = m.case_id"
                f" WHERE m.person = ? AND m.deleted IS NULL AND {where}",
                [row["id"], *params]))
            found[row["id"]] = PossibleDuplicate(
                row["id"], " ".join(p for p in (row["given_name"], row["family_name"]) if p),
                row["guardian_name"] or "", reason, numbers)
    return list(found.values())
