"""The organisation profile: a hub's signed public keys and directory, which offices join from."""

from __future__ import annotations

import binascii
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from victimcare.domain import sync_rules
from victimcare.domain.errors import BundleRejected, StoreError
from victimcare.domain.model import ROW_COLUMNS
from victimcare.domain.permissions import Action
from victimcare.services.session import Session
from victimcare.services.sync import bundle_format as fmt
from victimcare.services.sync import devices
from victimcare.store import sync_store
from victimcare.store.atomic import atomic_write
from victimcare.store.db import Database
from victimcare.store.hooks import WRITE_HOOKS
from victimcare.store.sync_store import Applier, Device, Incoming

PROFILE_FORMAT = "victimcare-profile"
PROFILE_VERSION = 1
MAX_PROFILE_BYTES = 64 << 20


@dataclass(frozen=True)
class Profile:
    hub: Device
    hub_seq: int
    offices: tuple[str, ...]
    rows: tuple[dict[str, Any], ...]
    revoked: tuple[Device, ...]
    created_at: str

    @property
    def fingerprint(self) -> str:
        return self.hub.fingerprint


def _device_json(d: Device) -> dict[str, Any]:
    return {"id": d.id, "office": d.office, "kind": d.kind, "sign_public": fmt.b64(d.sign_public),
            "kx_public": fmt.b64(d.kx_public)}


def snapshot_rows(db: Database, tables: frozenset[str]) -> list[dict[str, Any]]:
    """Current state of whole tables as changes: each field with the version it has."""
    out = []
    for table in sorted(tables):
        for row in db.query(f"SELECT * FROM {table} ORDER BY id"):
            versions: dict[str, str] = json.loads(row["versions"])
            if not versions:
                continue
            stamp = max(versions.values())
            fields: dict[str, list[Any]] = {
                c: [row[c], stamp, None] for c in ROW_COLUMNS if c != "id"}
            sample = sync_store.row_snapshot(db, table, row["id"]) or {}
            for name, hlc in versions.items():
                fields[name] = [sample.get(name), hlc, None]
            out.append({"table": table, "id": row["id"], "fields": fields})
    return out


def export_profile(session: Session, out: Path) -> Profile:
    """Write the signed profile an office installation is created from (hub only)."""
    session.require(Action.BUNDLE_EXPORT)
    if not session.is_hub:
        raise StoreError("not_a_hub")
    me = devices.ensure_device_keys(session)
    with session.unit(Action.BUNDLE_EXPORT) as unit:
        db = unit.db
        body = {
            "format": PROFILE_FORMAT, "version": PROFILE_VERSION, "created_at": unit.now,
            "hub": _device_json(me), "hub_seq": sync_store.max_seq(db),
            "offices": [r[0] for r in db.query(
                "SELECT code FROM office WHERE deleted IS NULL ORDER BY code")],
            "rows": snapshot_rows(db, sync_rules.REFERENCE_TABLES),
            "revoked": [_device_json(d) for d in sync_store.list_devices(db)
                        if d.status == devices.REVOKED],
        }
        text = fmt.canonical(body)
        if me.sign_private is None:
            raise StoreError("no_device_keys")
        signature = fmt.sign(me.sign_private, text)
        atomic_write(Path(out), fmt.canonical(
            {"profile": text.decode("utf-8"), "signature": fmt.b64(signature)}) + b"\n", 0o644)
        unit.audit("profile.export", "device", me.id)
    return _profile(body)


def _dev(raw: Any, status: str) -> Device:
    if not isinstance(raw, dict) or not all(isinstance(raw.get(k), str) for k in (
            "id", "kind", "sign_public", "kx_public")):
        raise BundleRejected("bad_profile")
    sign_public, kx_public = fmt.unb64(raw["sign_public"]), fmt.unb64(raw["kx_public"])
    if len(sign_public) != 32 or len(kx_public) != 32:
        raise BundleRejected("bad_profile")
    return Device(raw["id"], raw.get("office"), raw["kind"], sign_public, kx_public, None, None,
                  status, "")


def _profile(body: dict[str, Any]) -> Profile:
    return Profile(_dev(body["hub"], devices.TRUSTED), int(body["hub_seq"]),
                   tuple(body["offices"]), tuple(body["rows"]),
                   tuple(_dev(d, devices.REVOKED) for d in body["revoked"]),
                   str(body["created_at"]))


def read_profile(path: Path) -> Profile:
    """Parse and verify a profile: it must be signed by the hub key it names."""
    try:
        raw = Path(path).read_bytes()
    except OSError:
        raise BundleRejected("unreadable", file=Path(path).name) from None
    if len(raw) > MAX_PROFILE_BYTES:
        raise BundleRejected("too_large")
    try:
        outer = fmt.strict_json(raw)
        text = outer["profile"].encode("utf-8")
        signature = fmt.unb64(outer["signature"])
        body = fmt.strict_json(text)
        if body.get("format") != PROFILE_FORMAT:
            raise BundleRejected("bad_profile")
        if body.get("version") != PROFILE_VERSION:
            raise BundleRejected("unsupported_version", version=body.get("version"))
        profile = _profile(body)
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError,
            binascii.Error):
        raise BundleRejected("bad_profile") from None
    if not fmt.verify(profile.hub.sign_public, signature, text):
        raise BundleRejected("bad_profile", detail="signature")
    return profile


def apply_profile(session: Session, profile: Profile) -> None:
    """At set-up of an office: trust the hub, take its directory, and start counting from it."""
    devices.ensure_device_keys(session)
    with session.unit(None) as unit:
        db = unit.db
        sync_store.put_device(db, Device(profile.hub.id, profile.hub.office, "hub",
                                         profile.hub.sign_public, profile.hub.kx_public, None,
                                         None, devices.TRUSTED, unit.now))
        for d in profile.revoked:
            if d.id != session.device:
                sync_store.put_device(db, Device(d.id, d.office, d.kind, d.sign_public,
                                                 d.kx_public, None, None, devices.REVOKED,
                                                 unit.now))
        applier = Applier(db, now=unit.now, clock=session.clock, hooks=WRITE_HOOKS)
        for r in profile.rows:
            if r["table"] not in sync_rules.REFERENCE_TABLES:
                raise BundleRejected("bad_profile", table=r["table"])
            applier.apply(Incoming(r["table"], r["id"], "insert", profile.hub_seq,
                                   profile.hub.id, r["fields"]))
        applier.flush()
        peer = sync_store.get_peer(db, profile.hub.id)
        peer.received = max(peer.received, profile.hub_seq)
        sync_store.put_peer(db, peer)
        unit.audit("profile.join", "device", profile.hub.id, hub_office=profile.hub.office)
