"""The service directory: providers, their services, and ranked suggestions for a need."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from victimcare.domain import reference
from victimcare.domain.enums import Role
from victimcare.domain.errors import FieldError, PermissionDenied, ValidationError
from victimcare.domain.model import entity
from victimcare.domain.permissions import Action
from victimcare.domain.validation import validate_fields
from victimcare.services.session import Session, Unit

# An entry nobody has checked for a year may point to a closed office or a departed focal person.
STALE_AFTER_DAYS = 365
LANGUAGES = ("en", "ur", "ps", "sd", "pa", "bal", "skr")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_EDITABLE = frozenset(entity("service_provider").field_names)


@dataclass(frozen=True)
class Provider:
    """One directory entry as lists and forms show it."""

    id: str
    name_en: str
    name_ur: str
    provider_type: str
    districts: tuple[str, ...]
    focal_person: str
    phone: str
    email: str
    address: str
    languages: tuple[str, ...]
    data_sharing_agreement: bool
    dsa_expires_on: str
    last_verified_on: str
    active: bool
    services: tuple[dict[str, Any], ...]
    stale: bool
    dsa_expired: bool

    @property
    def service_types(self) -> tuple[str, ...]:
        return tuple(s["service_type"] for s in self.services)


@dataclass(frozen=True)
class Suggestion:
    """A provider and the service that fits a need, best first; `reasons` are stable codes."""

    provider: Provider
    service_id: str
    service_type: str
    score: int
    reasons: tuple[str, ...]


def is_stale(last_verified_on: str | None, today: dt.date) -> bool:
    if not last_verified_on:
        return True
    return (today - dt.date.fromisoformat(last_verified_on)).days > STALE_AFTER_DAYS


def _dsa_expired(row: Mapping[str, Any], today: dt.date) -> bool:
    expires = row.get("dsa_expires_on")
    return bool(row.get("data_sharing_agreement")) and bool(expires) and \
        dt.date.fromisoformat(str(expires)) < today


def _provider(row: Mapping[str, Any], services: Sequence[dict[str, Any]],
              today: dt.date) -> Provider:
    return Provider(
        id=row["id"], name_en=row["name_en"] or "", name_ur=row["name_ur"] or "",
        provider_type=row["provider_type"] or "", districts=tuple(row["districts"] or ()),
        focal_person=row["focal_person"] or "", phone=row["phone"] or "",
        email=row["email"] or "", address=row["address"] or "",
        languages=tuple(row["languages"] or ()),
        data_sharing_agreement=bool(row["data_sharing_agreement"]),
        dsa_expires_on=row["dsa_expires_on"] or "", last_verified_on=row["last_verified_on"] or "",
        active=row["active"] is not False, services=tuple(services),
        stale=is_stale(row["last_verified_on"], today), dsa_expired=_dsa_expired(row, today))


# -- permissions ---------------------------------------------------------------------------
def _require_manage(session: Session) -> None:
    """Supervisors keep an office's directory, coordinators the hub's (ARCHITECTURE.md)."""
    session.require(Action.DIRECTORY_MANAGE)
    keeper = Role.COORDINATOR if session.is_hub else Role.SUPERVISOR
    if keeper not in session.roles:
        raise PermissionDenied(action=Action.DIRECTORY_MANAGE.value)


def _require_read(session: Session) -> None:
    if not (session.can(Action.REFERRAL_DRAFT) or session.can(Action.DIRECTORY_MANAGE)):
        raise PermissionDenied(action=Action.DIRECTORY_MANAGE.value)


# -- validation ----------------------------------------------------------------------------
def _clean(values: Mapping[str, Any], *, partial: bool,
           more: Sequence[FieldError] = ()) -> dict[str, Any]:
    stripped: dict[str, Any] = {k: x.strip() if isinstance(x, str) else x
                                for k, x in values.items()}
    v: dict[str, Any] = {k: (None if x == "" else x) for k, x in stripped.items()}
    for key in ("districts", "languages"):
        if key in v and v[key] is not None:
            v[key] = list(v[key])
    errors = validate_fields(entity("service_provider"), v, partial=partial,
                             reference=reference.all_codes())
    if v.get("languages") and not all(x in LANGUAGES for x in v["languages"]):
        errors.append(FieldError("languages", "invalid_choice"))
    if v.get("dsa_expires_on") and not v.get("data_sharing_agreement", True):
        errors.append(FieldError("dsa_expires_on", "not_editable"))
    if v.get("email") and not EMAIL.fullmatch(str(v["email"])):
        errors.append(FieldError("email", "email_format"))

    errors += more
    if errors:
        raise ValidationError(errors)
    return v


def _check_service(values: Mapping[str, Any], row: int | None = None) -> list[FieldError]:
    return validate_fields(entity("service"), {**values, "provider": "x"}, row=row,
                           reference=reference.all_codes())


def may_manage(session: Session) -> bool:
    """Whether this user keeps this installation's directory (for showing edit buttons)."""
    try:
        _require_manage(session)
    except PermissionDenied:
        return False
    return True


# -- writes --------------------------------------------------------------------------------
_SERVICE_FIELDS = ("service_type", "description", "eligibility")


def _service_values(s: Mapping[str, Any]) -> dict[str, Any]:
    return {k: (None if s.get(k) in ("", None) else s[k]) for k in _SERVICE_FIELDS}


def add_provider(session: Session, values: Mapping[str, Any],
                 services: Sequence[Mapping[str, Any]] = ()) -> str:
    """A new directory entry with its services; verified today unless a date is given."""
    return save_provider(session, None, values, services)


def save_provider(session: Session, provider_id: str | None, values: Mapping[str, Any],
                  services: Sequence[Mapping[str, Any]]) -> str:
    """Add a provider (`provider_id` None) or change one, and make its services exactly
    `services` in the same transaction: a row with the "id" of one of its services changes
    that service, a row without an id adds one, and services not listed are removed."""
    _require_manage(session)
    bad = [FieldError(k, "not_editable") for k in values if k not in _EDITABLE]
    if bad:
        raise ValidationError(bad)
    errors = [e for i, s in enumerate(services, 1)
              for e in _check_service(_service_values(s), i)]
    v = _clean({"active": True, "data_sharing_agreement": False, **values}, partial=False,
               more=errors) if provider_id is None else _clean(values, partial=True,
                                                                more=errors)
    new = provider_id is None
    with session.unit(Action.DIRECTORY_MANAGE) as unit:
        if provider_id is None:
            v["last_verified_on"] = v.get("last_verified_on") or unit.today.isoformat()
            provider_id = unit.records.insert("service_provider", v)
            changed = sorted(v)
        else:
            unit.records.get("service_provider", provider_id)
            changed = sorted(unit.records.update("service_provider", provider_id, v))
        _sync_services(unit, provider_id, services)
        unit.audit("directory.add" if new else "directory.update", "service_provider",
                   provider_id, fields=changed, services=len(services))
    return provider_id


def _sync_services(unit: Unit, provider_id: str, services: Sequence[Mapping[str, Any]]) -> None:
    existing = {s["id"]: s for s in unit.records.select("service", "provider = ?",
                                                        [provider_id])}
    kept = set()
    for i, s in enumerate(services, 1):
        values = _service_values(s)
        service_id = s.get("id")
        if service_id and service_id not in existing:
            raise ValidationError([FieldError("service", "invalid_choice", i)])
        if service_id:
            kept.add(service_id)
            unit.records.update("service", service_id, values)
        else:
            unit.records.insert("service", {**values, "provider": provider_id})
    for service_id in existing.keys() - kept:
        unit.records.delete("service", service_id)


def update_provider(session: Session, provider_id: str, changes: Mapping[str, Any]) -> None:
    _require_manage(session)
    bad = [FieldError(k, "not_editable") for k in changes if k not in _EDITABLE]
    if bad:
        raise ValidationError(bad)
    v = _clean(changes, partial=True)
    with session.unit(Action.DIRECTORY_MANAGE) as unit:
        unit.records.get("service_provider", provider_id)
        changed = unit.records.update("service_provider", provider_id, v)
        unit.audit("directory.update", "service_provider", provider_id, fields=sorted(changed))


def mark_verified(session: Session, provider_id: str, on: str | None = None) -> None:
    """Someone phoned the focal person and the entry is still right."""
    _require_manage(session)
    with session.unit(Action.DIRECTORY_MANAGE) as unit:
        unit.records.get("service_provider", provider_id)
        unit.records.update("service_provider", provider_id,
                            {"last_verified_on": on or unit.today.isoformat()})
        unit.audit("directory.verify", "service_provider", provider_id)


def add_service(session: Session, provider_id: str, service_type: str, *,
                description: str = "", eligibility: str = "") -> str:
    _require_manage(session)
    values = {"service_type": service_type, "description": description or None,
              "eligibility": eligibility or None}
    errors = _check_service(values)
    if errors:
        raise ValidationError(errors)
    with session.unit(Action.DIRECTORY_MANAGE) as unit:
        unit.records.get("service_provider", provider_id)
        service_id = unit.records.insert("service", {**values, "provider": provider_id})
        unit.audit("directory.service_add", "service_provider", provider_id)
    return service_id


def remove_service(session: Session, service_id: str) -> None:
    _require_manage(session)
    with session.unit(Action.DIRECTORY_MANAGE) as unit:
        s = unit.records.get("service", service_id)
        unit.records.delete("service", service_id)
        unit.audit("directory.service_remove", "service_provider", s["provider"])


# -- reads ---------------------------------------------------------------------------------
def _load(unit: Unit, where: str = "1", params: Sequence[Any] = ()) -> list[Provider]:
    rows = unit.records.select("service_provider", where, params, "name_en")
    ids = [r["id"] for r in rows]
    services: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    if ids:
        marks = ", ".join("?" * len(ids))
        for s in unit.records.select("service", f"provider IN ({marks})", ids):
            services[s["provider"]].append(s)
    return [_provider(r, services[r["id"]], unit.today) for r in rows]


def list_providers(session: Session, *, text: str = "", provider_type: str | None = None,
                   district: str | None = None, include_inactive: bool = False,
                   stale_only: bool = False) -> list[Provider]:
    """Directory entries by name, type and district; stale ones carry `stale`."""
    _require_read(session)
    with session.reading(None) as unit:
        conds, params = ["1"], []
        if not include_inactive:
            conds.append("coalesce(active, 1) = 1")
        if provider_type:
            conds.append("provider_type = ?")
            params.append(provider_type)
        if text.strip():
            conds.append("(name_en LIKE ? OR name_ur LIKE ? OR focal_person LIKE ?)")
            params += [f"%{text.strip()}%"] * 3
        found = _load(unit, " AND ".join(conds), params)
    if district:
        found = [p for p in found if _reach(p, district) != "outside"]
    if stale_only:
        found = [p for p in found if p.stale]
    return found


def get_provider(session: Session, provider_id: str) -> Provider:
    _require_read(session)
    with session.reading(None) as unit:
        unit.records.get("service_provider", provider_id)
        return _load(unit, "id = ?", [provider_id])[0]


def stale_providers(session: Session) -> list[Provider]:
    return list_providers(session, stale_only=True)


def service_domains(service_type: str) -> tuple[str, ...]:
    for item in reference.items("service_types"):
        if item.code == service_type:
            return tuple(item.extra.get("need_domains") or ())
    return ()


def _reach(p: Provider, district: str) -> str:
    """How a provider covers a district: district, province, national or outside."""
    if not p.districts:
        return "national"
    if district in p.districts:
        return "district"
    province = reference.district_province(district)
    if province and province in p.districts:
        return "province"
    return "outside"


_REACH_SCORE = {"district": 50, "province": 30, "national": 20, "outside": 0}


def suggest(session: Session, need_domain: str, district: str | None,
            limit: int = 10) -> list[Suggestion]:
    """Providers whose services meet the need, ranked: nearest reach first, then a current
    data-sharing agreement, a recent check, and never-stale entries above stale ones."""
    _require_read(session)
    with session.reading(None) as unit:
        providers = _load(unit, "coalesce(active, 1) = 1")
    out = []
    for p in providers:
        for s in p.services:
            if need_domain not in service_domains(s["service_type"]):
                continue
            reach = _reach(p, district) if district else "national"
            reasons = [f"reach_{reach}"]
            score = _REACH_SCORE[reach]
            if p.data_sharing_agreement and not p.dsa_expired:
                score += 10
                reasons.append("dsa")
            elif p.dsa_expired:
                score -= 10
                reasons.append("dsa_expired")
            if p.stale:
                score -= 15
                reasons.append("stale")
            out.append(Suggestion(p, s["id"], s["service_type"], score, tuple(reasons)))
            break
    out.sort(key=lambda x: (-x.score, x.provider.name_en.lower()))
    return out[:limit]
