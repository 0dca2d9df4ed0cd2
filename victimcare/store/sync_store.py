"""SQL of sync: devices, peers, receipts, conflicts, and applying remote field changes to rows."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from victimcare.domain import sync_rules
from victimcare.domain.errors import BundleRejected
from victimcare.domain.hlc import HlcClock, hlc_device
from victimcare.domain.ids import uuid7
from victimcare.domain.model import BOOL, ENTITIES, LIST, ROW_COLUMNS, Entity, entity
from victimcare.store import audit
from victimcare.store.db import Database
from victimcare.store.records import Hook, encode_value

# Row columns a change may carry besides fields: fixed at insert, except the tombstone.
META_FIELDS = frozenset({"office", "created_at", "created_by"})
DELETED = "deleted"
_REFS = {(e.table, f.name): f.ref for e in ENTITIES for f in e.fields if f.ref}


# -- devices ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Device:
    id: str
    office: str | None
    kind: str
    sign_public: bytes
    kx_public: bytes
    sign_private: bytes | None
    kx_private: bytes | None
    status: str          # self, trusted, revoked
    enrolled_at: str

    @property
    def fingerprint(self) -> str:
        return sync_rules.fingerprint(self.sign_public, self.kx_public)


def _device(row: Any) -> Device:
    return Device(row["id"], row["office"], row["kind"], bytes(row["sign_public"]),
                  bytes(row["kx_public"]),
                  None if row["sign_private"] is None else bytes(row["sign_private"]),
                  None if row["kx_private"] is None else bytes(row["kx_private"]),
                  row["status"], row["enrolled_at"])


def get_device(db: Database, device_id: str) -> Device | None:
    row = db.query_one("SELECT * FROM device WHERE id = ?", (device_id,))
    return None if row is None else _device(row)


def list_devices(db: Database) -> list[Device]:
    return [_device(r) for r in db.query("SELECT * FROM device ORDER BY enrolled_at, id")]


def put_device(db: Database, d: Device) -> None:
    """Insert a device, or update a known one's status (keys of a known device never change)."""
    db.execute(
        "INSERT INTO device (id, office, kind, sign_public, kx_public, sign_private, kx_private,"
        " status, enrolled_at) VALUES (?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT(id) DO UPDATE SET status = excluded.status"
        " WHERE device.status != 'self'",
        (d.id, d.office, d.kind, d.sign_public, d.kx_public, d.sign_private, d.kx_private,
         d.status, d.enrolled_at))


def set_device_status(db: Database, device_id: str, status: str) -> None:
    db.execute("UPDATE device SET status = ? WHERE id = ? AND status != 'self'",
               (status, device_id))


# -- peers, receipts, exports -----------------------------------------------------------------
@dataclass
class Peer:
    device: str
    acked: int = 0
    received: int = 0
    audit_acked: int = 0
    audit_received: int = 0
    bundles_sent: int = 0


def get_peer(db: Database, device_id: str) -> Peer:
    row = db.query_one("SELECT * FROM sync_peer WHERE device = ?", (device_id,))
    if row is None:
        return Peer(device_id)
    return Peer(device_id, row["acked"], row["received"], row["audit_acked"],
                row["audit_received"], row["bundles_sent"])


def put_peer(db: Database, p: Peer) -> None:
    db.execute(
        "INSERT OR REPLACE INTO sync_peer (device, acked, received, audit_acked, audit_received,"
        " bundles_sent) VALUES (?,?,?,?,?,?)",
        (p.device, p.acked, p.received, p.audit_acked, p.audit_received, p.bundles_sent))


def has_receipt(db: Database, bundle_id: str) -> bool:
    return db.scalar("SELECT 1 FROM bundle_receipt WHERE bundle_id = ?", (bundle_id,)) is not None


def add_receipt(db: Database, *, bundle_id: str, sender: str, kind: str, received_at: str,
                seq_from: int, seq_to: int, sha256: str) -> None:
    db.execute("INSERT INTO bundle_receipt (bundle_id, sender, kind, received_at, seq_from,"
               " seq_to, sha256) VALUES (?,?,?,?,?,?,?)",
               (bundle_id, sender, kind, received_at, seq_from, seq_to, sha256))


def add_export(db: Database, *, bundle_id: str, recipient: str, sequence: int, created_at: str,
               seq_from: int, seq_to: int, changes: int, file_name: str, sha256: str) -> None:
    db.execute("INSERT INTO bundle_export (bundle_id, recipient, sequence, created_at, seq_from,"
               " seq_to, changes, file_name, sha256) VALUES (?,?,?,?,?,?,?,?,?)",
               (bundle_id, recipient, sequence, created_at, seq_from, seq_to, changes,
                file_name, sha256))


def history(db: Database, limit: int = 200) -> list[dict[str, Any]]:
    """Bundles written and read here, newest first."""
    rows = db.query(
        "SELECT 'export' AS direction, bundle_id, recipient AS peer, created_at AS at,"
        " seq_from, seq_to, changes, file_name FROM bundle_export"
        " UNION ALL SELECT 'import', bundle_id, sender, received_at, seq_from, seq_to, NULL,"
        " NULL FROM bundle_receipt ORDER BY at DESC LIMIT ?", (limit,))
    return [dict(r) for r in rows]


# -- reading the change log -------------------------------------------------------------------
def max_seq(db: Database) -> int:
    return int(db.scalar("SELECT coalesce(max(seq), 0) FROM change_log"))


def log_after(db: Database, after: int, upto: int) -> Iterator[sync_rules.LogEntry]:
    for r in db.execute("SELECT seq, tbl, row_id, op, changes, origin FROM change_log"
                        " WHERE seq > ? AND seq <= ? ORDER BY seq", (after, upto)):
        yield sync_rules.LogEntry(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5])


def row_offices(db: Database, table: str, ids: Iterable[str]) -> dict[str, str]:
    entity(table)  # only known table names reach the SQL below
    out: dict[str, str] = {}
    for part in sync_rules.chunks(sorted(set(ids)), 500):
        marks = ",".join("?" * len(part))
        for r in db.execute(f"SELECT id, office FROM {table} WHERE id IN ({marks})", list(part)):
            out[r[0]] = r[1]
    return out


def existing_ids(db: Database, table: str, ids: Iterable[str]) -> set[str]:
    entity(table)
    found: set[str] = set()
    for part in sync_rules.chunks(sorted(set(ids)), 500):
        marks = ",".join("?" * len(part))
        found.update(r[0] for r in db.execute(
            f"SELECT id FROM {table} WHERE id IN ({marks})", list(part)))
    return found


# -- audit events ---------------------------------------------------------------------------------
_AUDIT_COLUMNS = ("id", "device", "at", "actor", "action", "entity", "entity_id", "details",
                  "prev_hash", "hash")


def audit_events_after(db: Database, device: str, after: int) -> list[dict[str, Any]]:
    rows = db.query("SELECT seq, " + ", ".join(_AUDIT_COLUMNS) + " FROM audit_event"
                    " WHERE device = ? AND seq > ? ORDER BY seq", (device, after))
    return [dict(r) for r in rows]


def max_audit_seq(db: Database, device: str) -> int:
    return int(db.scalar("SELECT coalesce(max(seq), 0) FROM audit_event WHERE device = ?",
                         (device,)))


def add_foreign_audit(db: Database, events: list[dict[str, Any]]) -> str | None:
    """Store another device's events in their order; return the id of the first event that does
    not continue that device's hash chain (it is stored all the same, for `audit verify`)."""
    broken: str | None = None
    last: dict[str, str] = {}
    for ev in events:
        if db.scalar("SELECT 1 FROM audit_event WHERE id = ?", (ev["id"],)):
            continue
        device = ev["device"]
        if device not in last:
            last[device] = db.scalar(
                "SELECT hash FROM audit_event WHERE device = ? ORDER BY seq DESC LIMIT 1",
                (device,)) or audit.GENESIS
        hashed = {k: ev[k] for k in _AUDIT_COLUMNS if k not in ("prev_hash", "hash")}
        if broken is None and (ev["prev_hash"] != last[device]
                               or audit.digest(ev["prev_hash"], hashed) != ev["hash"]):
            broken = ev["id"]
        db.execute("INSERT INTO audit_event (" + ", ".join(_AUDIT_COLUMNS) + ") VALUES ("
                   + ", ".join("?" * len(_AUDIT_COLUMNS)) + ")",
                   [ev[k] for k in _AUDIT_COLUMNS])
        last[device] = ev["hash"]
    return broken


# -- blobs ------------------------------------------------------------------------------------
def blob(db: Database, sha256: str) -> bytes | None:
    data = db.scalar("SELECT data FROM attachment_blob WHERE sha256 = ?", (sha256,))
    return None if data is None else bytes(data)


def put_blob(db: Database, sha256: str, data: bytes) -> None:
    db.execute("INSERT OR IGNORE INTO attachment_blob (sha256, size, data) VALUES (?,?,?)",
               (sha256, len(data), data))


# -- conflicts ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Conflict:
    id: str
    table: str
    row_id: str
    field: str
    local_value: Any
    local_hlc: str | None
    remote_value: Any
    remote_hlc: str | None
    winner: str
    status: str
    kind: str
    detected_at: str | None
    resolved_by: str | None
    resolved_at: str | None
    comment: str | None


def _conflict(r: Any) -> Conflict:
    return Conflict(r["id"], r["tbl"], r["row_id"], r["field"], _loads(r["local_value"]),
                    r["local_hlc"], _loads(r["remote_value"]), r["remote_hlc"], r["winner"],
                    r["status"], r["kind"], r["detected_at"], r["resolved_by"],
                    r["resolved_at"], r["comment"])


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def add_conflict(db: Database, *, table: str, row_id: str, field_name: str, local_value: Any,
                 local_hlc: str | None, remote_value: Any, remote_hlc: str | None, winner: str,
                 kind: str, now: str) -> bool:
    """Record a clash once; the same pair of versions seen again adds nothing."""
    if db.scalar("SELECT 1 FROM conflict WHERE tbl = ? AND row_id = ? AND field = ?"
                 " AND local_hlc IS ? AND remote_hlc IS ?",
                 (table, row_id, field_name, local_hlc, remote_hlc)):
        return False
    db.execute("INSERT INTO conflict (id, tbl, row_id, field, local_value, local_hlc,"
               " remote_value, remote_hlc, winner, kind, detected_at)"
               " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
               (uuid7(), table, row_id, field_name, json.dumps(local_value, ensure_ascii=False),
                local_hlc, json.dumps(remote_value, ensure_ascii=False), remote_hlc, winner,
                kind, now))
    return True


def list_conflicts(db: Database, status: str | None = "open") -> list[Conflict]:
    if status is None:
        rows = db.query("SELECT * FROM conflict ORDER BY detected_at, id")
    else:
        rows = db.query("SELECT * FROM conflict WHERE status = ? ORDER BY detected_at, id",
                        (status,))
    return [_conflict(r) for r in rows]


def get_conflict(db: Database, conflict_id: str) -> Conflict | None:
    row = db.query_one("SELECT * FROM conflict WHERE id = ?", (conflict_id,))
    return None if row is None else _conflict(row)


def count_open_conflicts(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM conflict WHERE status = 'open'"))


def close_conflict(db: Database, conflict_id: str, *, status: str, by: str, at: str,
                   comment: str) -> None:
    db.execute("UPDATE conflict SET status = ?, resolved_by = ?, resolved_at = ?, comment = ?"
               " WHERE id = ?", (status, by, at, comment, conflict_id))


# -- values ---------------------------------------------------------------------------------------
def _decode(ent: Entity, name: str, raw: Any) -> Any:
    if raw is None or name == DELETED or name in META_FIELDS:
        return raw
    kind = ent.field(name).kind
    if kind == LIST:
        return json.loads(raw)
    if kind == BOOL:
        return bool(raw)
    return raw


def _encode(ent: Entity, name: str, value: Any) -> Any:
    if name == DELETED or name in META_FIELDS:
        return value
    return encode_value(ent.field(name).kind, value)


def _merge_value(name: str, value: Any) -> Any:
    # Every tombstone means "deleted": two deletes never clash with each other.
    return bool(value) if name == DELETED else value


# -- applying changes -------------------------------------------------------------------------
@dataclass(frozen=True)
class Incoming:
    """One change of one row as it arrives in a bundle (a run, see sync_rules.runs)."""

    table: str
    row_id: str
    op: str
    seq: int
    origin: str
    fields: Mapping[str, list[Any]]      # {name: [value, hlc, base]}, incl. row columns


@dataclass
class ApplyStats:
    new_rows: int = 0
    updated_rows: int = 0
    unchanged: int = 0
    conflicts: int = 0
    by_table: dict[str, int] = field(default_factory=dict)


_UNREAD = object()


class Applier:
    """Merges incoming changes into rows inside the caller's transaction (SYNC.md merge rule).

    Every write stamps the field versions and appends a change_log row whose origin is the
    writing device (so the hub can forward it). The derived tables (search, duplicate blocks)
    are refreshed by `flush`, once per row however often it was written: call it before
    anything reads them.
    """

    def __init__(self, db: Database, *, now: str, clock: HlcClock,
                 hooks: Mapping[str, Iterable[Hook]] | None = None,
                 peer_ack: int = 0) -> None:
        self._db = db
        self._now = now
        self._clock = clock
        self._hooks = {k: tuple(v) for k, v in (hooks or {}).items()}
        self._peer_ack = peer_ack
        self.stats = ApplyStats()
        self.refs: dict[str, set[str]] = {}
        self._written: dict[str, dict[str, None]] = {}  # table → row ids, in write order
        # Most imports meet no open clash: then settling costs no query per field.
        self._open_clashes = bool(db.scalar(
            "SELECT 1 FROM conflict WHERE status = 'open' LIMIT 1"))

    def current(self, table: str, row_id: str) -> Any:
        """The row as it is here now, or None."""
        entity(table)  # only known table names reach the SQL
        return self._db.query_one(f"SELECT * FROM {table} WHERE id = ?", (row_id,))

    def apply(self, ch: Incoming, row: Any = _UNREAD) -> None:
        """Merge one change; `row` is its row as `current` just read it, if the caller did."""
        ent = entity(ch.table)
        # Observing the largest version moves the clock past all of them.
        self._clock.observe(max(v[1] for v in ch.fields.values()))
        if row is _UNREAD:
            row = self.current(ch.table, ch.row_id)
        if row is None:
            self._insert(ent, ch)
        else:
            self._merge(ent, ch, row)

    def _note_refs(self, ent: Entity, values: Mapping[str, Any]) -> None:
        for name, value in values.items():
            if value is None or name == DELETED or name in META_FIELDS:
                continue
            ref = _REFS.get((ent.table, name))
            if ref:
                self.refs.setdefault(ref, set()).add(value)

    def _insert(self, ent: Entity, ch: Incoming) -> None:
        missing = [c for c in ("office", "created_at") if c not in ch.fields]
        if missing:
            raise BundleRejected("missing_row", table=ch.table, row=ch.row_id)
        values = {k: v[0] for k, v in ch.fields.items() if k not in META_FIELDS}
        versions = {k: v[1] for k, v in ch.fields.items() if k not in META_FIELDS}
        cols = [*ROW_COLUMNS, "versions", *values]
        params = [ch.row_id, ch.fields["office"][0], ch.fields["created_at"][0],
                  ch.fields.get("created_by", [None])[0], json.dumps(versions),
                  *(_encode(ent, k, v) for k, v in values.items())]
        self._db.execute(f"INSERT INTO {ch.table} ({', '.join(cols)})"
                         f" VALUES ({', '.join('?' * len(cols))})", params)
        self._log(ch.table, ch.row_id, "insert", dict(ch.fields), ch.origin)
        self._note_refs(ent, values)
        self.stats.new_rows += 1
        self.stats.by_table[ch.table] = self.stats.by_table.get(ch.table, 0) + 1
        self._after(ch.table, ch.row_id)

    def _merge(self, ent: Entity, ch: Incoming, row: Any) -> None:
        versions: dict[str, str] = json.loads(row["versions"])
        writes: dict[str, list[Any]] = {}
        edits: list[str] = []
        for name, (value, hlc, base) in ch.fields.items():
            if name in META_FIELDS:
                continue
            local_hlc = versions.get(name)
            if local_hlc == hlc:
                continue
            if name != DELETED:
                edits.append(name)
            local = _decode(ent, name, row[name])
            d = sync_rules.decide(local_hlc, _merge_value(name, local), hlc, base,
                                  _merge_value(name, value))
            if d.conflict:
                winner = value if d.write else local
                loser = local if d.write else value
                kind = (sync_rules.FIELD if sync_rules.legal_move(ch.table, name, loser, winner)
                        else sync_rules.TRANSITION)
                self._conflict(ch.table, ch.row_id, name, local, local_hlc, value, hlc,
                               "remote" if d.write else "local", kind)
            elif d.write and base is not None:
                self._settled_elsewhere(ch.table, ch.row_id, name, base, ch.origin)
            if d.write:
                writes[name] = [value, hlc, base]
        self._delete_clashes(ch, row, versions, edits)
        if not writes:
            self.stats.unchanged += 1
            return
        versions.update({k: v[1] for k, v in writes.items()})
        sets = ", ".join(f"{k} = ?" for k in writes)
        self._db.execute(
            f"UPDATE {ch.table} SET {sets}, versions = ? WHERE id = ?",
            [*(_encode(ent, k, v[0]) for k, v in writes.items()), json.dumps(versions),
             ch.row_id])
        op = "delete" if writes.get(DELETED, [None])[0] else "update"
        self._log(ch.table, ch.row_id, op, writes, ch.origin)
        self._note_refs(ent, {k: v[0] for k, v in writes.items()})
        self.stats.updated_rows += 1
        self._after(ch.table, ch.row_id)

    def _delete_clashes(self, ch: Incoming, row: Any, versions: dict[str, str],
                        edits: list[str]) -> None:
        """An edit and a delete of the same row made without seeing each other: the edit is
        kept on the tombstoned row and the clash is listed (SYNC.md)."""
        incoming_delete = ch.fields.get(DELETED)
        if row[DELETED] and edits and incoming_delete is None:
            tomb = versions.get(DELETED)
            edit_hlc = max(ch.fields[n][1] for n in edits)
            if tomb and hlc_device(tomb) != hlc_device(edit_hlc):
                self._conflict(ch.table, ch.row_id, DELETED, row[DELETED], tomb, sorted(edits),
                               edit_hlc, "local", sync_rules.DELETE)
        elif incoming_delete and incoming_delete[0] and not row[DELETED]:
            # Local edits the sender had not received when it wrote the bundle: concurrent.
            d_hlc = incoming_delete[1]
            mine = {n: h for n, h in versions.items()
                    if n != DELETED and hlc_device(h) != hlc_device(d_hlc)}
            if not mine:
                return
            unseen = [n for n, h in mine.items()
                      if self._local_seq(ch.table, ch.row_id, n, h) > self._peer_ack]
            if unseen:
                self._conflict(ch.table, ch.row_id, DELETED, sorted(unseen),
                               max(mine[n] for n in unseen), incoming_delete[0], d_hlc,
                               "remote", sync_rules.DELETE)

    def _local_seq(self, table: str, row_id: str, name: str, hlc: str) -> int:
        for seq, changes in self._db.execute(
                "SELECT seq, changes FROM change_log WHERE tbl = ? AND row_id = ?"
                " ORDER BY seq DESC", (table, row_id)):
            entry = json.loads(changes).get(name)
            if entry and entry[1] == hlc:
                return int(seq)
        return 0

    def _settled_elsewhere(self, table: str, row_id: str, name: str, base: str,
                           origin: str) -> None:
        """A later write made over one of the two clashing versions means someone settled
        the clash (a reviewer elsewhere, or a new edit): the open row here is closed too."""
        if not self._open_clashes:
            return
        self._db.execute(
            "UPDATE conflict SET status = 'settled_elsewhere', resolved_by = ?, resolved_at = ?"
            " WHERE tbl = ? AND row_id = ? AND field = ? AND status = 'open'"
            " AND (local_hlc = ? OR remote_hlc = ?)",
            (origin, self._now, table, row_id, name, base, base))

    def _conflict(self, table: str, row_id: str, name: str, local: Any, local_hlc: str | None,
                  remote: Any, remote_hlc: str, winner: str, kind: str) -> None:
        if add_conflict(self._db, table=table, row_id=row_id, field_name=name,
                        local_value=local, local_hlc=local_hlc, remote_value=remote,
                        remote_hlc=remote_hlc, winner=winner, kind=kind, now=self._now):
            self._open_clashes = True
            self.stats.conflicts += 1

    def _log(self, table: str, row_id: str, op: str, changes: dict[str, list[Any]],
             origin: str) -> None:
        self._db.execute(
            "INSERT INTO change_log (tbl, row_id, op, changes, origin, at) VALUES (?,?,?,?,?,?)",
            (table, row_id, op, json.dumps(changes, ensure_ascii=False), origin, self._now))

    def _after(self, table: str, row_id: str) -> None:
        if table in self._hooks:
            self._written.setdefault(table, {})[row_id] = None

    def flush(self) -> None:
        """Run the hooks over every row written since the last flush."""
        written, self._written = self._written, {}
        for table, ids in written.items():
            for hook in self._hooks[table]:
                hook(self._db, table, list(ids))

    def missing_references(self) -> list[tuple[str, str]]:
        """(table, id) of every referenced row that exists neither here nor in the bundle."""
        out = []
        for table, ids in self.refs.items():
            found = existing_ids(self._db, table, ids)
            out += [(table, i) for i in sorted(ids - found)]
        return out


def write_local(db: Database, clock: HlcClock, table: str, row_id: str,
                changes: Mapping[str, Any], *, now: str,
                hooks: Mapping[str, Iterable[Hook]] | None = None) -> None:
    """A local edit that may touch a tombstoned row or its tombstone (conflict resolution):
    stamped, logged and synced like any other write."""
    ent = entity(table)
    row = db.query_one(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
    if row is None:
        raise KeyError(row_id)
    versions: dict[str, str] = json.loads(row["versions"])
    hlc = clock.now()
    log = {k: [v, hlc, versions.get(k)] for k, v in changes.items()}
    versions.update({k: hlc for k in changes})
    sets = ", ".join(f"{k} = ?" for k in changes)
    db.execute(f"UPDATE {table} SET {sets}, versions = ? WHERE id = ?",
               [*(_encode(ent, k, v) for k, v in changes.items()), json.dumps(versions), row_id])
    op = "delete" if changes.get(DELETED) else "update"
    db.execute("INSERT INTO change_log (tbl, row_id, op, changes, origin, at) VALUES (?,?,?,?,?,?)",
               (table, row_id, op, json.dumps(log, ensure_ascii=False), clock.device, now))
    for hook in (hooks or {}).get(table, ()):
        hook(db, table, [row_id])


def row_snapshot(db: Database, table: str, row_id: str) -> dict[str, Any] | None:
    ent = entity(table)
    row = db.query_one(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
    if row is None:
        return None
    return {k: _decode(ent, k, row[k]) if k in ent.field_names else row[k] for k in row.keys()}  # noqa: SIM118
