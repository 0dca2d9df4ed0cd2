"""Device identity: this installation's keys, the devices it trusts, enrolment and revocation."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from victimcare.domain import sync_rules
from victimcare.domain.errors import BundleRejected, NotFound, ValidationError
from victimcare.domain.permissions import Action
from victimcare.services import clock
from victimcare.services.session import Session
from victimcare.services.sync import bundle_format as fmt
from victimcare.store import sync_store
from victimcare.store.db import Database
from victimcare.store.sync_store import Device

SELF, TRUSTED, REVOKED = "self", "trusted", "revoked"


def ensure_keys(db: Database, device_id: str, office: str, kind: str) -> Device:
    """This device's Ed25519 and X25519 keys, made on first use (kept in the encrypted db)."""
    found = sync_store.get_device(db, device_id)
    if found is not None:
        return found
    sign_private, sign_public, kx_private, kx_public = fmt.new_keys()
    device = Device(device_id, office, kind, sign_public, kx_public, sign_private, kx_private,
                    SELF, clock.utc_now())
    with db.transaction():
        sync_store.put_device(db, device)
    return device


def ensure_device_keys(session: Session) -> Device:
    return ensure_keys(session.db, session.device, session.office, session.kind.value)


def this_device(session: Session) -> Device:
    return ensure_device_keys(session)


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    office: str | None
    kind: str
    status: str
    fingerprint: str
    enrolled_at: str


def _info(d: Device) -> DeviceInfo:
    return DeviceInfo(d.id, d.office, d.kind, d.status, d.fingerprint, d.enrolled_at)


def list_devices(session: Session) -> list[DeviceInfo]:
    ensure_device_keys(session)
    with session.reading(None) as unit:
        return [_info(d) for d in sync_store.list_devices(unit.db)]


@dataclass(frozen=True)
class Candidate:
    """A device met for the first time in a bundle: who it says it is, and its fingerprint."""

    id: str
    office: str
    kind: str
    fingerprint: str
    sign_public: bytes
    kx_public: bytes


def candidate_from_bundle(path: Path) -> Candidate:
    """Read the sender's claimed identity from a bundle and prove it holds the signing key."""
    env = fmt.open_envelope(Path(path).read_bytes())
    h = env.header
    sign_public = fmt.unb64(h["sender_sign_public"])
    kx_public = fmt.unb64(h["sender_kx_public"])
    fmt.check_signature(env, sign_public)
    kind = "office" if h["kind"] == sync_rules.OFFICE_TO_HUB else "hub"
    return Candidate(h["sender"], h["sender_office"], kind,
                     sync_rules.fingerprint(sign_public, kx_public), sign_public, kx_public)


def trust(session: Session, candidate: Candidate, confirmed_fingerprint: str) -> DeviceInfo:
    """Enrol a device after the coordinator read its fingerprint back over the phone."""
    session.require(Action.BUNDLE_IMPORT)
    if (sync_rules.normalise_fingerprint(confirmed_fingerprint)
            != sync_rules.normalise_fingerprint(candidate.fingerprint)):
        raise ValidationError.single("fingerprint", "fingerprint_mismatch")
    ensure_device_keys(session)
    with session.unit(Action.BUNDLE_IMPORT) as unit:
        known = sync_store.get_device(unit.db, candidate.id)
        if known is not None and (known.sign_public, known.kx_public) != (
                candidate.sign_public, candidate.kx_public):
            raise BundleRejected("key_mismatch", device=candidate.id)
        if known is not None and known.status in (SELF, REVOKED):
            raise BundleRejected("sender_revoked" if known.status == REVOKED
                                 else "unknown_sender", device=candidate.id)
        device = Device(candidate.id, candidate.office, candidate.kind, candidate.sign_public,
                        candidate.kx_public, None, None, TRUSTED, unit.now)
        sync_store.put_device(unit.db, device)
        unit.audit("device.trust", "device", candidate.id, office=candidate.office)
    return _info(device)


def revoke(session: Session, device_id: str) -> None:
    """From now on nothing signed by this device is accepted; return bundles tell the offices."""
    with session.unit(Action.BUNDLE_IMPORT) as unit:
        known = sync_store.get_device(unit.db, device_id)
        if known is None or known.status == SELF:
            raise NotFound(entity="device")
        sync_store.set_device_status(unit.db, device_id, REVOKED)
        unit.audit("device.revoke", "device", device_id)


def hub_device(db: Database) -> Device | None:
    for d in sync_store.list_devices(db):
        if d.kind == "hub" and d.status == TRUSTED:
            return d
    return None
