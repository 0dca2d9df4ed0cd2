"""Writing bundles: office → hub (everything not yet acknowledged), hub → office (return)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from victimcare.domain import sync_rules
from victimcare.domain.errors import NotFound, StoreError, VictimCareError
from victimcare.domain.ids import uuid7
from victimcare.domain.permissions import Action
from victimcare.services.session import Session, Unit
from victimcare.services.sync import bundle_format as fmt
from victimcare.services.sync import devices
from victimcare.store import sync_store
from victimcare.store.atomic import atomic_write
from victimcare.store.sync_store import Device

Progress = Callable[[int, int], None]
SUFFIX = ".vcbundle"


class Cancelled(VictimCareError):
    """The person stopped a long export or import; nothing was written."""

    code = "cancelled"


@dataclass(frozen=True)
class Exported:
    path: Path
    bundle_id: str
    recipient: str
    recipient_office: str | None
    sequence: int
    changes: int
    audit_events: int
    blobs: int


def recipients(session: Session) -> list[Device]:
    """Devices this installation can write a bundle for: the hub, or at the hub its offices."""
    devices.ensure_device_keys(session)
    with session.reading(None) as unit:
        known = sync_store.list_devices(unit.db)
    want = "office" if session.is_hub else "hub"
    return [d for d in known if d.kind == want and d.status == devices.TRUSTED]


def find_recipient(session: Session, name: str | None) -> Device:
    """By device id or office code; an office's only recipient is its hub."""
    options = recipients(session)
    for d in options:
        if name in (None, "hub", d.id, d.office) and (name is not None or not session.is_hub):
            return d
    raise NotFound(entity="device", name=name or "hub")


def file_name(sender_office: str, recipient_office: str | None, day: str, sequence: int) -> str:
    return f"{sender_office}-to-{recipient_office or 'HUB'}-{day}-{sequence:04d}{SUFFIX}"


def _check(cancel: Callable[[], bool] | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled()


def export_bundle(session: Session, recipient: str | None = None, *, out: Path | None = None,
                  out_dir: Path | None = None, progress: Progress | None = None,
                  cancel: Callable[[], bool] | None = None) -> Exported:
    """Write one bundle file atomically and remember it; `out` names the file, else a name that
    says office, date and sequence is made in `out_dir`."""
    session.require(Action.BUNDLE_EXPORT)
    me = devices.ensure_device_keys(session)
    target = find_recipient(session, recipient)
    with session.unit(Action.BUNDLE_EXPORT) as unit:
        peer = sync_store.get_peer(unit.db, target.id)
        upto = sync_store.max_seq(unit.db)
        items, counts = _payload(unit, me, target, peer, upto, progress, cancel)
        audit_to = (sync_store.max_audit_seq(unit.db, me.id) if not session.is_hub
                    else peer.audit_acked)
        sequence = peer.bundles_sent + 1
        bundle_id = uuid7()
        header = {
            "bundle_id": bundle_id,
            "kind": sync_rules.HUB_TO_OFFICE if session.is_hub else sync_rules.OFFICE_TO_HUB,
            "sender": me.id, "sender_office": session.office,
            "sender_sign_public": fmt.b64(me.sign_public),
            "sender_kx_public": fmt.b64(me.kx_public),
            "recipient": target.id, "created_at": unit.now, "sequence": sequence,
            "seq_from": min(peer.acked, upto), "seq_to": upto,
            "audit_from": min(peer.audit_acked, audit_to), "audit_to": audit_to,
            "ack": {"changes": peer.received, "audit": peer.audit_received},
            "counts": counts,
        }
        _check(cancel)
        if me.sign_private is None:
            raise StoreError("no_device_keys")
        data = fmt.write(header, fmt.ndjson(items), sign_private=me.sign_private,
                         recipient_kx_public=target.kx_public)
        day = dt.date.fromisoformat(unit.now[:10]).strftime("%Y%m%d")
        name = file_name(session.office, target.office, day, sequence)
        path = Path(out) if out is not None else Path(out_dir or ".") / name
        _check(cancel)
        atomic_write(path, data)
        peer.bundles_sent = sequence
        sync_store.put_peer(unit.db, peer)
        sync_store.add_export(unit.db, bundle_id=bundle_id, recipient=target.id,
                              sequence=sequence, created_at=unit.now,
                              seq_from=header["seq_from"], seq_to=upto,
                              changes=counts["changes"], file_name=path.name,
                              sha256=hashlib.sha256(data).hexdigest())
        unit.audit("bundle.export", "device", target.id, bundle=bundle_id,
                   changes=counts["changes"], sequence=sequence)
    return Exported(path, bundle_id, target.id, target.office, sequence, counts["changes"],
                    counts["audit"], counts["blobs"])


def _payload(unit: Unit, me: Device, target: Device, peer: sync_store.Peer, upto: int,
             progress: Progress | None, cancel: Callable[[], bool] | None
             ) -> tuple[list[dict[str, Any]], dict[str, int]]:
    db = unit.db
    runs = sync_rules.runs(sync_store.log_after(db, peer.acked, upto))
    if unit.session.is_hub:
        runs = _scoped(db, runs, target)
    else:
        runs = [r for r in runs if r.origin == me.id]
    items: list[dict[str, Any]] = []
    counts = {"changes": 0, "audit": 0, "blobs": 0, "devices": 0}
    if unit.session.is_hub:
        for d in sync_store.list_devices(db):
            if d.status == devices.REVOKED:
                items.append({"type": "device", "id": d.id, "office": d.office, "kind": d.kind,
                              "sign_public": fmt.b64(d.sign_public),
                              "kx_public": fmt.b64(d.kx_public), "status": d.status})
                counts["devices"] += 1
    blobs: set[str] = set()
    for i, r in enumerate(runs):
        if i % 2000 == 0:
            _check(cancel)
            if progress:
                progress(i, len(runs))
        items.append({"type": "change", "table": r.table, "id": r.row_id, "op": r.op,
                      "seq": r.seq, "origin": r.origin, "fields": r.fields})
        counts["changes"] += 1
        if r.table == "attachment" and "sha256" in r.fields:
            blobs.add(r.fields["sha256"][0])
    for digest in sorted(blobs):
        data = sync_store.blob(db, digest)
        if data is not None:
            items.append({"type": "blob", "sha256": digest, "data": fmt.b64(data)})
            counts["blobs"] += 1
    if not unit.session.is_hub:
        for ev in sync_store.audit_events_after(db, me.id, peer.audit_acked):
            items.append({"type": "audit", "event": ev})
            counts["audit"] += 1
    if progress:
        progress(len(runs), len(runs))
    return items, counts


def _scoped(db: Any, runs: list[sync_rules.Run], target: Device) -> list[sync_rules.Run]:
    """A return bundle holds only rows the office may hold, and never its own changes back."""
    by_table: dict[str, set[str]] = {}
    for r in runs:
        if r.table not in sync_rules.REFERENCE_TABLES:
            by_table.setdefault(r.table, set()).add(r.row_id)
    offices: dict[tuple[str, str], str] = {}
    for table, ids in by_table.items():
        for row_id, office in sync_store.row_offices(db, table, ids).items():
            offices[(table, row_id)] = office
    return [r for r in runs if r.origin != target.id and sync_rules.in_scope(
        r.table, offices.get((r.table, r.row_id), ""), target.office or "")]


def history(session: Session, limit: int = 200) -> list[dict[str, Any]]:
    """Bundles written and read here, newest first (the Sync page's history)."""
    with session.reading(Action.BUNDLE_EXPORT if session.can(Action.BUNDLE_EXPORT)
                         else Action.BUNDLE_IMPORT) as unit:
        return sync_store.history(unit.db, limit)
