"""Compensation claims of a case under the provincial schemes: record, move on, list, count."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from victimcare.domain import compensation_flow as flow
from victimcare.domain import reference
from victimcare.domain.enums import ClaimStatus
from victimcare.domain.errors import FieldError, ValidationError
from victimcare.domain.model import entity
from victimcare.domain.permissions import Action
from victimcare.domain.validation import not_in_future, validate_fields
from victimcare.services.scope import visible_case
from victimcare.services.session import Session, Unit

CLAIM = entity("compensation_claim")
EDITABLE = ("amount_claimed", "reference", "heirs")


@dataclass(frozen=True)
class Heir:
    person_id: str
    name: str
    relationship: str       # relationship_types code: how the heir is related to the deceased


@dataclass(frozen=True)
class Claim:
    id: str
    case_id: str
    scheme: str
    category: str
    status: str
    claimant: str | None
    claimant_name: str
    heirs: tuple[str, ...]
    heir_names: tuple[str, ...]
    amount_claimed: int | None
    amount_paid: int | None
    reference: str
    submitted_on: str
    decided_on: str
    created_at: str

    @property
    def next_steps(self) -> tuple[str, ...]:
        """Where the claim may go from here, in the order of the flow."""
        return tuple(s.value for s in ClaimStatus if s in flow.NEXT[ClaimStatus(self.status)])


def _name(p: Mapping[str, Any] | None) -> str:
    return " ".join(x for x in ((p or {}).get("given_name"), (p or {}).get("family_name")) if x)


def _check(values: Mapping[str, Any]) -> list[FieldError]:
    return validate_fields(CLAIM, values, partial=True, reference=reference.all_codes())


def _members(unit: Unit, case_id: str) -> set[str]:
    return {r[0] for r in unit.db.query(
        "SELECT person FROM case_member WHERE case_id = ? AND deleted IS NULL", (case_id,))}


def _incident_province(unit: Unit, case: Mapping[str, Any]) -> str | None:
    if not case.get("incident"):
        return None
    district = unit.db.scalar("SELECT district FROM incident WHERE id = ?", (case["incident"],))
    return reference.district_province(district) if district else None


def _scheme_province(scheme: str) -> str | None:
    for item in reference.items("compensation_schemes"):
        if item.code == scheme:
            return item.extra.get("province")
    return None


def schemes_for_case(session: Session, case_id: str) -> list[reference.Item]:
    """The schemes that pay for this case's attack: those of the incident's province."""
    with session.reading(Action.CASE_VIEW) as unit:
        province = _incident_province(unit, visible_case(unit, case_id))
    return [i for i in reference.items("compensation_schemes")
            if flow.scheme_fits(i.extra.get("province"), province)]


def suggested_heirs(session: Session, case_id: str,
                    deceased: str | None = None) -> list[Heir]:
    """Case members recorded as legal heirs of the deceased (by default the principal person):
    what a death claim names as heirs unless the case worker changes it."""
    with session.reading(Action.CASE_VIEW) as unit:
        case = visible_case(unit, case_id)
        return _heirs(unit, case_id, deceased or case["principal_person"])


def _heirs(unit: Unit, case_id: str, deceased: str) -> list[Heir]:
    members = _members(unit, case_id)
    rels = unit.records.select("relationship", "person_b = ?", [deceased])
    kinds = {r["person_a"]: r["kind"] for r in rels}
    out = []
    for person_id in flow.legal_heirs(deceased, rels):
        if person_id in members:
            out.append(Heir(person_id, _name(unit.records.get("person", person_id)),
                            kinds[person_id]))
    return out


def create_claim(session: Session, case_id: str, *, scheme: str, category: str,
                 claimant: str | None, heirs: Sequence[str] | None = None,
                 amount_claimed: int | None = None, reference_no: str = "") -> str:
    """A new claim (not started). The scheme must be one of the incident's province; the
    claimant and heirs are case members; heirs default to the principal's legal heirs
    for a death claim."""
    values: dict[str, Any] = {
        "case_id": case_id, "scheme": scheme or None, "category": category or None,
        "claimant": claimant or None, "amount_claimed": amount_claimed,
        "reference": reference_no.strip() or None,
        "heirs": list(heirs) if heirs is not None else None,
        "status": ClaimStatus.NOT_STARTED.value}
    errors = [FieldError(k, "required") for k in ("scheme", "category", "claimant")
              if not values[k]]
    errors += [e for e in _check(values) if e.field not in {x.field for x in errors}]
    if errors:
        raise ValidationError(errors)
    with session.unit(Action.CASE_UPDATE) as unit:
        case = visible_case(unit, case_id, for_write=True)
        province = _incident_province(unit, case)
        if province is None:
            errors.append(FieldError("scheme", "no_incident"))
        elif not flow.scheme_fits(_scheme_province(scheme), province):
            errors.append(FieldError("scheme", "wrong_province", params={
                "province": province}))
        members = _members(unit, case_id)
        if claimant not in members:
            errors.append(FieldError("claimant", "not_in_case"))
        if values["heirs"] is None and category == "death":
            values["heirs"] = [h.person_id for h in _heirs(unit, case_id,
                                                           case["principal_person"])] or None
        if any(h not in members for h in values["heirs"] or ()):
            errors.append(FieldError("heirs", "not_in_case"))
        if not errors and unit.db.scalar(
                "SELECT 1 FROM compensation_claim WHERE case_id = ? AND scheme = ?"
                " AND category = ? AND claimant IS ? AND status != ? AND deleted IS NULL",
                (case_id, scheme, category, claimant, ClaimStatus.REJECTED.value)):
            errors.append(FieldError("category", "duplicate_claim"))
        if errors:
            raise ValidationError(errors)
        claim_id = unit.records.insert("compensation_claim", values)
        unit.audit("compensation.create", "vc_case", case_id, claim=claim_id, scheme=scheme,
                   category=category)
    return claim_id


def update_claim(session: Session, claim_id: str, changes: Mapping[str, Any]) -> None:
    """Correct the amount claimed, the scheme's file number or the heirs of an open claim."""
    values = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in changes.items()}
    if "heirs" in values:
        values["heirs"] = list(values["heirs"] or ()) or None
    errors = [FieldError(k, "not_editable") for k in values if k not in EDITABLE]
    errors += _check(values) if not errors else []
    if errors:
        raise ValidationError(errors)
    with session.unit(Action.CASE_UPDATE) as unit:
        claim = _claim(unit, claim_id)
        if ClaimStatus(claim["status"]) in flow.FINAL:
            raise ValidationError.single("status", "claim_closed")
        members = _members(unit, claim["case_id"])
        if any(h not in members for h in values.get("heirs") or ()):
            raise ValidationError.single("heirs", "not_in_case")
        changed = unit.records.update("compensation_claim", claim_id, values)
        unit.audit("compensation.update", "vc_case", claim["case_id"], claim=claim_id,
                   fields=sorted(changed))


def move_claim(session: Session, claim_id: str, target: str, *, on: str | None = None,
               amount_paid: int | None = None, reference_no: str | None = None) -> None:
    """One step of the claim: documents collected, submitted (on a date, with the scheme's
    file number), under review, approved or rejected (on a date), paid (the amount)."""
    today = dt.date.today()
    goal = ClaimStatus(target) if target in ClaimStatus._value2member_map_ else None
    if goal is None:
        raise ValidationError.single("status", "invalid_choice")
    changes: dict[str, Any] = {"status": goal.value}
    errors: list[FieldError] = []
    when = on or today.isoformat()
    if goal in flow.SUBMITTED_ON | flow.DECIDED_ON:
        name = "submitted_on" if goal in flow.SUBMITTED_ON else "decided_on"
        changes[name] = when
        errors += _check({name: when})
        bad = not_in_future(name, when, today) if not errors else None
        errors += [bad] if bad else []
    if goal == ClaimStatus.PAID:
        if amount_paid is None:
            errors.append(FieldError("amount_paid", "required"))
        changes["amount_paid"] = amount_paid
    if reference_no is not None and reference_no.strip():
        changes["reference"] = reference_no.strip()
    errors += _check({k: v for k, v in changes.items() if k in ("amount_paid", "reference")})
    if errors:
        raise ValidationError(errors)
    with session.unit(Action.CASE_UPDATE) as unit:
        claim = _claim(unit, claim_id)
        current = claim["status"]
        flow.step(current, goal.value)
        unit.records.update("compensation_claim", claim_id, changes)
        unit.audit(f"compensation.{goal.value}", "vc_case", claim["case_id"], claim=claim_id,
                   previous=current)


def _claim(unit: Unit, claim_id: str) -> dict[str, Any]:
    claim = unit.records.get("compensation_claim", claim_id)
    visible_case(unit, claim["case_id"], for_write=True)
    return claim


def list_claims(session: Session, case_id: str) -> list[Claim]:
    """The case's claims, oldest first, with the names of the claimant and heirs."""
    with session.reading(Action.CASE_VIEW) as unit:
        visible_case(unit, case_id)
        rows = unit.records.select("compensation_claim", "case_id = ?", [case_id])
        people = {p["id"]: _name(p) for p in unit.records.select(
            "person", "id IN (SELECT person FROM case_member WHERE case_id = ?)", [case_id])}
    return [Claim(
        id=r["id"], case_id=r["case_id"], scheme=r["scheme"], category=r["category"],
        status=r["status"], claimant=r["claimant"],
        claimant_name=people.get(r["claimant"] or "", ""),
        heirs=tuple(r["heirs"] or ()), heir_names=tuple(people.get(h, "") for h in
                                                        r["heirs"] or ()),
        amount_claimed=r["amount_claimed"], amount_paid=r["amount_paid"],
        reference=r["reference"] or "", submitted_on=r["submitted_on"] or "",
        decided_on=r["decided_on"] or "", created_at=r["created_at"]) for r in rows]
