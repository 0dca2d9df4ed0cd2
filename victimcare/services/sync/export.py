"""Writing bundles: office → hub (everything not yet acknowledged), hub → office (return)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from victimcare.domain import sync_rules
from victimcare.domain.errors import NotFound, StoreError, VictimCareError
from victimcare.domain.ids import uuid7
from victimcare.domain.model import ENTITIES
from victimcare.domain.permissions import Action
from victimcare.services import scope
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
        runs = _scoped(db, runs, target, peer.acked, upto)
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


def _scoped(db: Any, runs: list[sync_rules.Run], target: Device, acked: int,
            upto: int) -> list[sync_rules.Run]:
    """A return bundle holds only rows the office may hold, and never its own changes back:
    its own rows, the rows of cases transferred to it (the whole case the first time), and the
    rows those reference that it could not have otherwise (accounts, relatives)."""
    office = target.office or ""
    runs = [r for r in runs if r.origin != target.id]
    by_table: dict[str, set[str]] = {}
    for r in runs:
        if r.table not in sync_rules.REFERENCE_TABLES:
            by_table.setdefault(r.table, set()).add(r.row_id)
    offices: dict[tuple[str, str], str] = {}
    for table, ids in by_table.items():
        for row_id, row_office in sync_store.row_offices(db, table, ids).items():
            offices[(table, row_id)] = row_office
    others: dict[str, set[str]] = {}
    for r in runs:
        if not sync_rules.in_scope(r.table, offices.get((r.table, r.row_id), ""), office):
            others.setdefault(r.table, set()).add(r.row_id)
    held = {(t, i) for t, ids in others.items() for i in scope.rows_held(db, t, ids, office)}
    window = _offers(db, [r for r in runs if r.row_id not in others.get(r.table, ())
                          or (r.table, r.row_id) in held], target)
    scoped = _transferred_cases(db, target, acked) + window
    return _referenced(db, scoped, target, upto) + scoped


def _offers(db: Any, runs: list[sync_rules.Run], target: Device) -> list[sync_rules.Run]:
    """A transfer reaches the office it is offered to while it is open (and the hub notes that
    it went out); once decided, only if it had gone out: an offer withdrawn before that tells
    the office nothing about the case."""
    ids = sorted({r.row_id for r in runs if r.table == "case_transfer"})
    if not ids:
        return runs
    marks = ", ".join("?" * len(ids))
    sent = {r[0] for r in db.execute(
        f"SELECT transfer_id FROM transfer_delivery WHERE device = ? AND transfer_id IN ({marks})",
        [target.id, *ids])}
    keep = set()
    for row_id, to_office, status in db.execute(
            f"SELECT id, to_office, status FROM case_transfer WHERE id IN ({marks})", ids):
        if to_office != target.office or row_id in sent:
            keep.add(row_id)
        elif status in sync_rules.TRANSFER_HOLDS:
            keep.add(row_id)
            db.execute("INSERT OR IGNORE INTO transfer_delivery (transfer_id, device)"
                       " VALUES (?, ?)", (row_id, target.id))
    return [r for r in runs if r.table != "case_transfer" or r.row_id in keep]


# Foreign keys of synced rows: what a row needs the receiver to hold as well.
_REFS = {(e.table, f.name): f.ref for e in ENTITIES for f in e.fields if f.ref}


def _history(db: Any, rows: dict[str, set[str]], upto: int, stamp: int,
             skip_origin: str) -> list[sync_rules.Run]:
    """Every logged change of the rows up to `upto`, as runs stamped with sequence `stamp`:
    the receiver applies them once its acknowledgement is below `stamp`, and skips them after
    (each version is applied once, so a repeat makes no false conflict)."""
    entries: list[sync_rules.LogEntry] = []
    for table, ids in rows.items():
        for part in sync_rules.chunks(sorted(ids), 500):
            marks = ", ".join("?" * len(part))
            entries += [sync_rules.LogEntry(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5])
                        for r in db.execute(
                            "SELECT seq, tbl, row_id, op, changes, origin FROM change_log"
                            f" WHERE tbl = ? AND row_id IN ({marks}) AND seq <= ?",
                            [table, *part, upto])]
    entries.sort(key=lambda e: e.seq)
    out = [r for r in sync_rules.runs(entries) if r.origin != skip_origin]
    for r in out:
        r.seq = stamp
        for entry in r.fields.values():
            entry[3] = stamp
    return out


def _transferred_cases(db: Any, target: Device, acked: int) -> list[sync_rules.Run]:
    """The whole history of each case transferred to the office whose transfer it has not yet
    acknowledged: its rows were outside the office's scope until the transfer, so the office
    never had them (stamped with the transfer's own sequence, see _history)."""
    out: list[sync_rules.Run] = []
    for row in db.query(
            "SELECT t.case_id, (SELECT min(l.seq) FROM change_log l WHERE l.tbl ="
            " 'case_transfer' AND l.row_id = t.id) AS seq FROM case_transfer t"
            f" WHERE t.to_office = ? AND t.deleted IS NULL"
            f" AND t.status IN ({', '.join('?' * len(sync_rules.TRANSFER_HOLDS))})"
            " ORDER BY seq", [target.office or "", *sorted(sync_rules.TRANSFER_HOLDS)]):
        if row["seq"] is not None and row["seq"] > acked:
            out += _history(db, scope.case_rows(db, [row["case_id"]]), row["seq"], row["seq"],
                            target.id)
    return out


def _referenced(db: Any, runs: list[sync_rules.Run], target: Device,
                upto: int) -> list[sync_rules.Run]:
    """Rows outside the office's scope that the outgoing rows point to (a case worker of the
    sending office, a relative in another case): without them the receiver would refuse the
    bundle for a missing reference. They are small and sent again whenever pointed to."""
    office = target.office or ""
    seen = {(r.table, r.row_id) for r in runs}
    out: list[sync_rules.Run] = []
    todo = runs
    while todo:
        wanted: dict[str, set[str]] = {}
        for r in todo:
            for name, entry in r.fields.items():
                ref = _REFS.get((r.table, name))
                if ref and isinstance(entry[0], str) and ref not in sync_rules.REFERENCE_TABLES \
                        and (ref, entry[0]) not in seen:
                    wanted.setdefault(ref, set()).add(entry[0])
                    seen.add((ref, entry[0]))
        todo = []
        for table, ids in wanted.items():
            offices = sync_store.row_offices(db, table, ids)
            outside = {i for i, o in offices.items() if o != office}
            outside -= scope.rows_held(db, table, outside, office)
            if outside:
                todo += _history(db, {table: outside}, upto, upto, target.id)
        out = todo + out
    return out


def history(session: Session, limit: int = 200) -> list[dict[str, Any]]:
    """Bundles written and read here, newest first (the Sync page's history)."""
    with session.reading(Action.BUNDLE_EXPORT if session.can(Action.BUNDLE_EXPORT)
                         else Action.BUNDLE_IMPORT) as unit:
        return sync_store.history(unit.db, limit)
