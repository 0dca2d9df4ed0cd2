"""Reading bundles in SYNC.md's order, validating every line, merging all of it or nothing."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from victimcare.domain import reference, sync_rules
from victimcare.domain.errors import BundleRejected
from victimcare.domain.hlc import hlc_device
from victimcare.domain.model import BY_TABLE
from victimcare.domain.permissions import Action
from victimcare.domain.sync_rules import DEFAULT_LIMITS, Limits
from victimcare.domain.validation import validate_fields
from victimcare.services import dedupe, scope
from victimcare.services.session import Session, Unit
from victimcare.services.sync import bundle_format as fmt
from victimcare.services.sync import devices
from victimcare.services.sync.export import Cancelled, Progress
from victimcare.store import sync_store
from victimcare.store.db import IntegrityError
from victimcare.store.hooks import WRITE_HOOKS
from victimcare.store.sync_store import DELETED, META_FIELDS, Applier, Device, Incoming

APPLIED, ALREADY, PREVIEW = "applied", "already_imported", "preview"
_CHANGE_KEYS = frozenset({"type", "table", "id", "op", "seq", "origin", "fields"})
_AUDIT_KEYS = {"seq": int, "id": str, "device": str, "at": str, "actor": (str, type(None)),
               "action": str, "entity": (str, type(None)), "entity_id": (str, type(None)),
               "details": str, "prev_hash": str, "hash": str}
# The string form of domain/hlc.Hlc, strictly: it must sort like the version it stands for.
_HLC = re.compile(r"\d{13}-\d{5}-[A-Za-z0-9-]{1,64}")
_FIELDS = {t: frozenset(e.field_names) for t, e in BY_TABLE.items()}
_REFS = {(t, f.name): f.ref for t, e in BY_TABLE.items() for f in e.fields if f.ref}
_DEVICE_KEYS = frozenset({"type", "id", "office", "kind", "sign_public", "kx_public", "status"})


@dataclass
class ImportResult:
    """What one bundle did (or, for a preview, would do)."""

    path: Path
    status: str
    bundle_id: str
    sender: str
    sender_office: str
    sequence: int
    new_rows: int = 0
    updated_rows: int = 0
    unchanged: int = 0
    skipped: int = 0
    conflicts: int = 0
    duplicates_suspected: int = 0
    audit_events: int = 0
    blobs: int = 0
    revocations: int = 0
    audit_break: str | None = None
    acknowledged: int = 0
    by_table: dict[str, int] = field(default_factory=dict)


class _Rollback(Exception):
    """Ends a preview: everything was applied inside the transaction, then undone."""


def import_bundles(session: Session, paths: Iterable[Path], *, preview: bool = False,
                   limits: Limits = DEFAULT_LIMITS, progress: Progress | None = None,
                   cancel: Callable[[], bool] | None = None
                   ) -> list[ImportResult | BundleRejected]:
    """Each file on its own (one bad file does not stop the others); results in file order."""
    out: list[ImportResult | BundleRejected] = []
    for p in paths:
        try:
            out.append(import_bundle(session, p, preview=preview, limits=limits,
                                     progress=progress, cancel=cancel))
        except BundleRejected as e:
            e.params.setdefault("file", Path(p).name)
            out.append(e)
    return out


def import_bundle(session: Session, path: Path, *, preview: bool = False,
                  limits: Limits = DEFAULT_LIMITS, progress: Progress | None = None,
                  cancel: Callable[[], bool] | None = None) -> ImportResult:
    """Import one bundle file; raises BundleRejected (nothing changed) when any check fails."""
    session.require(Action.BUNDLE_IMPORT)
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        raise BundleRejected("unreadable", file=path.name) from None
    if size > limits.file_bytes:
        raise BundleRejected("too_large", size=size, limit=limits.file_bytes)
    try:
        data = path.read_bytes()
    except OSError:
        raise BundleRejected("unreadable", file=path.name) from None
    return import_bytes(session, data, path=path, preview=preview, limits=limits,
                        progress=progress, cancel=cancel)


def import_bytes(session: Session, data: bytes, *, path: Path = Path("bundle"),
                 preview: bool = False, limits: Limits = DEFAULT_LIMITS,
                 progress: Progress | None = None,
                 cancel: Callable[[], bool] | None = None) -> ImportResult:
    session.require(Action.BUNDLE_IMPORT)
    env = fmt.open_envelope(data, limits)
    h = env.header
    with session.reading(None) as unit:
        me = sync_store.get_device(unit.db, session.device)
        sender = sync_store.get_device(unit.db, h["sender"])
        already = sync_store.has_receipt(unit.db, h["bundle_id"])
    if me is None:
        raise BundleRejected("no_device_keys")
    _check_sender(h, sender, session)
    assert sender is not None
    fmt.check_signature(env, sender.sign_public)
    if h["recipient"] != me.id:
        raise BundleRejected("wrong_recipient", recipient=h["recipient"])
    result = ImportResult(path, APPLIED, h["bundle_id"], sender.id, sender.office or "",
                          h["sequence"])
    if already:
        result.status = ALREADY
        return result
    if me.kx_private is None:
        raise BundleRejected("no_device_keys")
    compressed = fmt.decrypt(env, me.kx_private)
    try:
        with session.unit(Action.BUNDLE_IMPORT) as unit:
            _Import(unit, env, sender, result, limits, progress, cancel).run(compressed)
            if preview:
                result.status = PREVIEW
                raise _Rollback()
    except _Rollback:
        pass
    except IntegrityError:
        raise BundleRejected("constraint_failed") from None
    return result


def _check_sender(h: Mapping[str, Any], sender: Device | None, session: Session) -> None:
    if sender is None:
        fp = sync_rules.fingerprint(fmt.unb64(h["sender_sign_public"]),
                                    fmt.unb64(h["sender_kx_public"]))
        raise BundleRejected("unknown_sender", device=h["sender"], office=h["sender_office"],
                             fingerprint=fp)
    if sender.status == devices.REVOKED:
        raise BundleRejected("sender_revoked", device=sender.id, office=sender.office)
    if sender.status == devices.SELF:
        raise BundleRejected("own_bundle")
    want = sync_rules.OFFICE_TO_HUB if session.is_hub else sync_rules.HUB_TO_OFFICE
    sender_kind = "office" if session.is_hub else "hub"
    if h["kind"] != want or sender.kind != sender_kind:
        raise BundleRejected("wrong_kind", kind=h["kind"])


class _Import:
    """One bundle's payload inside one transaction."""

    def __init__(self, unit: Unit, env: fmt.Envelope, sender: Device, result: ImportResult,
                 limits: Limits, progress: Progress | None,
                 cancel: Callable[[], bool] | None) -> None:
        self.unit = unit
        self.db = unit.db
        self.h = env.header
        self.env = env
        self.sender = sender
        self.result = result
        self.limits = limits
        self.progress = progress
        self.cancel = cancel
        self.hub = unit.session.is_hub
        self.peer = sync_store.get_peer(self.db, sender.id)
        if self.h["ack"]["changes"] > sync_store.max_seq(self.db):
            raise BundleRejected("bad_header", detail="ack")
        self.applier = Applier(self.db, now=unit.now, clock=unit.session.clock,
                               hooks=WRITE_HOOKS, peer_ack=self.h["ack"]["changes"])
        self.codes = reference.all_codes()
        self.today = dt.date.today()
        # Every well-formed HLC met so far → its device: the fields of one write share one.
        self._hlcs: dict[str, str] = {}
        self.counts = {"changes": 0, "audit": 0, "blobs": 0, "devices": 0}
        self.audit: list[dict[str, Any]] = []
        self.new_people: list[str] = []
        # Rows of another office's column, allowed only through a transfer (or, at an office,
        # as a row the bundle points to): decided when the whole bundle is in.
        self.deferred: list[tuple[int, str, str, str]] = []
        self.mentioned: dict[str, set[str]] = {}

    def run(self, compressed: bytes) -> None:
        total = max(1, self.h["counts"]["changes"])
        for number, obj in fmt.lines(compressed, self.h["plain_size"], self.limits):
            kind = obj["type"]
            if kind == "change":
                self._change(number, obj)
                if self.counts["changes"] % 2000 == 0:
                    if self.cancel is not None and self.cancel():
                        raise Cancelled()
                    if self.progress:
                        self.progress(self.counts["changes"], total)
            elif kind == "audit" and self.hub:
                self._audit(number, obj)
            elif kind == "blob":
                self._blob(number, obj)
            elif kind == "device" and not self.hub:
                self._device(number, obj)
            else:
                raise BundleRejected("malformed_line", line=number, detail="type")
        if self.counts != self.h["counts"]:
            raise BundleRejected("payload_mismatch", detail="counts")
        self.applier.flush()
        missing = self.applier.missing_references()
        if missing:
            table, row_id = missing[0]
            raise BundleRejected("missing_reference", table=table, row=row_id,
                                 count=len(missing))
        self._check_deferred()
        self._finish()

    def _is_hlc(self, value: Any) -> bool:
        if not isinstance(value, str):
            return False
        if value not in self._hlcs:
            if _HLC.fullmatch(value) is None:
                return False
            self._hlcs[value] = hlc_device(value)
        return True

    # -- lines -----------------------------------------------------------------------------
    def _change(self, number: int, obj: dict[str, Any]) -> None:
        self.counts["changes"] += 1
        ch = self._valid_change(number, obj)
        row = self.applier.current(ch.table, ch.row_id)
        self._check_scope(number, ch, row)
        # Field edits with a seq already received were applied from an earlier bundle.
        fresh = {k: v[:3] for k, v in ch.fields.items() if v[3] > self.peer.received}
        if not fresh:
            self.result.skipped += 1
            return
        ch = Incoming(ch.table, ch.row_id, ch.op, ch.seq, ch.origin, fresh)
        before = self.applier.stats.new_rows
        self.applier.apply(ch, row)
        if ch.table == "person" and self.applier.stats.new_rows > before:
            self.new_people.append(ch.row_id)

    def _valid_change(self, n: int, obj: dict[str, Any]) -> Incoming:
        def bad(detail: str, **kw: Any) -> BundleRejected:
            return BundleRejected("invalid_record", line=n, detail=detail, **kw)

        if set(obj) != _CHANGE_KEYS:
            raise BundleRejected("malformed_line", line=n, detail="keys")
        table, row_id, op, seq, origin, fields = (obj[k] for k in (
            "table", "id", "op", "seq", "origin", "fields"))
        if not isinstance(table, str) or table not in BY_TABLE:
            raise bad("unknown_table")
        ent = BY_TABLE[table]
        if not isinstance(row_id, str) or not 0 < len(row_id) <= 64:
            raise bad("id", table=table)
        if op not in ("insert", "update", "delete"):
            raise bad("op", table=table)
        if (not isinstance(seq, int) or isinstance(seq, bool)
                or not self.h["seq_from"] < seq <= self.h["seq_to"]):
            raise bad("seq", table=table)
        if not isinstance(origin, str) or (self.hub and origin != self.sender.id):
            raise bad("origin", table=table)
        if not isinstance(fields, dict) or not fields:
            raise bad("fields", table=table)
        values: dict[str, Any] = {}
        # A bundle has some 200,000 of these fields: the checks read local names, and an HLC
        # seen before in this bundle is a dictionary lookup.
        is_hlc, hlcs, seq_from = self._is_hlc, self._hlcs, self.h["seq_from"]
        for name, entry in fields.items():
            if (type(entry) is not list or len(entry) != 4
                    or not (type(entry[1]) is str and (entry[1] in hlcs or is_hlc(entry[1])))
                    or not (entry[2] is None or (type(entry[2]) is str
                            and (entry[2] in hlcs or is_hlc(entry[2]))))
                    or type(entry[3]) is not int or not seq_from < entry[3] <= seq):
                raise bad("version", table=table, field=name)
            if hlcs[entry[1]] != origin:
                raise bad("foreign_version", table=table, field=name)
            value = entry[0]
            if name in META_FIELDS:
                limit = 64 if name != "office" else 32
                ok = isinstance(value, str) and 0 < len(value) <= limit
                if not ok and not (name == "created_by" and value is None):
                    raise bad("type", table=table, field=name)
            elif name == DELETED:
                if not (value is None or self._is_hlc(value)):
                    raise bad("type", table=table, field=name)
            elif name not in _FIELDS[table]:
                raise bad("unknown_field", table=table, field=name)
            else:
                values[name] = value
        errors = [e for e in validate_fields(ent, values, partial=True, today=self.today,
                                             reference=self.codes)
                  if e.code != "required"]
        if errors:
            raise bad(errors[0].code, table=table, field=errors[0].field)
        return Incoming(table, row_id, op, seq, origin, fields)

    def _check_scope(self, n: int, ch: Incoming, row: Any) -> None:
        """`row`: the row as it is here, or None."""
        table, row_id, fields = ch.table, ch.row_id, ch.fields
        for name, entry in fields.items():
            ref = _REFS.get((table, name))
            if ref and isinstance(entry[0], str):
                self.mentioned.setdefault(ref, set()).add(entry[0])
        if table in sync_rules.REFERENCE_TABLES:
            return
        exists = row is not None
        office = row["office"] if exists else None
        if office is None and "office" in fields:
            office = fields["office"][0]
        if office is None:
            return  # an update of a row that does not exist: the applier rejects it
        allowed = self.sender.office if self.hub else self.unit.session.office
        if self.hub and table == "case_transfer":
            current = sync_store.row_snapshot(self.db, table, row_id) if exists else None
            values = {k: v[0] for k, v in fields.items()}
            refusal = sync_rules.transfer_change_refusal(allowed or "", current, values)
            held_by = scope.holder(self.db, values.get("case_id") or "")
            if current is None and held_by not in (None, allowed):
                refusal = "out_of_scope"  # an office gives away only a case it holds
            if refusal:
                raise BundleRejected(refusal, line=n, table=table, office=office)
        if office == allowed:
            return
        if self.hub and not exists:
            raise BundleRejected("out_of_scope", line=n, table=table, office=office)
        self.deferred.append((n, table, row_id, office))

    def _check_deferred(self) -> None:
        """Rows of another office's column: the hub takes them from the office a case was
        transferred to; an office takes the rows of cases transferred to it and the rows the
        bundle points to (the sending office's case worker, a relative)."""
        me = (self.sender.office if self.hub else self.unit.session.office) or ""
        ids: dict[str, set[str]] = {}
        for _n, table, row_id, _office in self.deferred:
            ids.setdefault(table, set()).add(row_id)
        held = {(t, i) for t, rows in ids.items()
                for i in scope.rows_held(self.db, t, rows, me, statuses=None)}
        for n, table, row_id, office in self.deferred:
            if (table, row_id) in held or (
                    not self.hub and row_id in self.mentioned.get(table, ())):
                continue
            raise BundleRejected("out_of_scope", line=n, table=table, office=office)

    def _audit(self, n: int, obj: dict[str, Any]) -> None:
        self.counts["audit"] += 1
        ev = obj.get("event")
        if set(obj) != {"type", "event"} or not isinstance(ev, dict) or set(ev) != set(
                _AUDIT_KEYS):
            raise BundleRejected("malformed_line", line=n, detail="audit")
        for k, t in _AUDIT_KEYS.items():
            if not isinstance(ev[k], t) or (isinstance(ev[k], str) and len(ev[k]) > 4000):
                raise BundleRejected("invalid_record", line=n, detail="audit", field=k)
        if ev["device"] != self.sender.id:
            raise BundleRejected("invalid_record", line=n, detail="audit", field="device")
        self.audit.append(ev)

    def _blob(self, n: int, obj: dict[str, Any]) -> None:
        self.counts["blobs"] += 1
        if set(obj) != {"type", "sha256", "data"} or not isinstance(obj["data"], str) \
                or not isinstance(obj["sha256"], str):
            raise BundleRejected("malformed_line", line=n, detail="blob")
        try:
            data = base64.b64decode(obj["data"], validate=True)
        except (binascii.Error, ValueError):
            raise BundleRejected("invalid_record", line=n, detail="blob") from None
        if len(data) > self.limits.blob_bytes:
            raise BundleRejected("too_large", line=n, detail="blob")
        if hashlib.sha256(data).hexdigest() != obj["sha256"]:
            raise BundleRejected("invalid_record", line=n, detail="blob_hash")
        sync_store.put_blob(self.db, obj["sha256"], data)
        self.result.blobs += 1

    def _device(self, n: int, obj: dict[str, Any]) -> None:
        self.counts["devices"] += 1
        if set(obj) != _DEVICE_KEYS or obj["status"] != devices.REVOKED or not all(
                isinstance(obj[k], str) for k in ("id", "kind", "sign_public", "kx_public")):
            raise BundleRejected("malformed_line", line=n, detail="device")
        try:
            sign_public, kx_public = fmt.unb64(obj["sign_public"]), fmt.unb64(obj["kx_public"])
        except (binascii.Error, ValueError):
            raise BundleRejected("invalid_record", line=n, detail="device") from None
        if obj["id"] == self.unit.session.device:
            return
        sync_store.put_device(self.db, Device(
            obj["id"], obj["office"] if isinstance(obj["office"], str) else None, obj["kind"],
            sign_public, kx_public, None, None, devices.REVOKED, self.unit.now))
        self.result.revocations += 1

    # -- the end -------------------------------------------------------------------------
    def _finish(self) -> None:
        h, r, db = self.h, self.result, self.db
        stats = self.applier.stats
        r.new_rows, r.updated_rows, r.unchanged = (stats.new_rows, stats.updated_rows,
                                                   stats.unchanged)
        r.conflicts, r.by_table = stats.conflicts, dict(stats.by_table)
        r.duplicates_suspected = dedupe.after_import(self.unit, self.new_people)
        if self.audit:
            r.audit_break = sync_store.add_foreign_audit(db, self.audit)
            r.audit_events = len(self.audit)
        peer = self.peer
        peer.acked = max(peer.acked, h["ack"]["changes"])
        peer.audit_acked = max(peer.audit_acked, h["ack"]["audit"])
        if h["seq_from"] <= peer.received:
            peer.received = max(peer.received, h["seq_to"])
        if h["audit_from"] <= peer.audit_received:
            peer.audit_received = max(peer.audit_received, h["audit_to"])
        sync_store.put_peer(db, peer)
        r.acknowledged = peer.acked
        sync_store.add_receipt(db, bundle_id=h["bundle_id"], sender=self.sender.id,
                               kind=h["kind"], received_at=self.unit.now,
                               seq_from=h["seq_from"], seq_to=h["seq_to"],
                               sha256=self.env.sha256)
        details: dict[str, Any] = {"bundle": h["bundle_id"], "new": r.new_rows,
                                   "updated": r.updated_rows, "conflicts": r.conflicts}
        if r.audit_break:
            details["audit_break"] = r.audit_break
        self.unit.audit("bundle.import", "device", self.sender.id, **details)
