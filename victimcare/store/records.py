"""Reads and writes of synced rows: every write stamps field versions and logs the change."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from victimcare.domain.errors import NotFound, ValidationError
from victimcare.domain.hlc import HlcClock
from victimcare.domain.ids import uuid7
from victimcare.domain.model import BOOL, LIST, ROW_COLUMNS, Entity, entity
from victimcare.store.db import Database

# Keeps a derived table current: (db, table written, ids of the rows written).
Hook = Callable[[Database, str, Sequence[str]], None]


def encode_value(kind: str, value: Any) -> Any:
    """Python value → SQLite value."""
    if value is None:
        return None
    if kind == LIST:
        return json.dumps(list(value), ensure_ascii=False)
    if kind == BOOL:
        return 1 if value else 0
    return value


def decode_row(ent: Entity, row: Any) -> dict[str, Any]:
    """SQLite row → plain dict with lists and booleans restored."""
    out: dict[str, Any] = {k: row[k] for k in row.keys()}  # noqa: SIM118 (a Row iterates values)
    for f in ent.fields:
        v = out.get(f.name)
        if v is None:
            continue
        if f.kind == LIST:
            out[f.name] = json.loads(v)
        elif f.kind == BOOL:
            out[f.name] = bool(v)
    return out


class Records:
    """The single write path for synced tables (SYNC.md: no write bypasses the change log).

    Call inside a transaction; `after_write` hooks keep derived tables (search) current.
    """

    def __init__(self, db: Database, clock: HlcClock, *, actor: str | None, office: str,
                 now: Callable[[], str], hooks: Mapping[str, Iterable[Hook]] | None = None):
        self._db = db
        self._clock = clock
        self._actor = actor
        self._office = office
        self._now = now
        self._hooks = {k: tuple(v) for k, v in (hooks or {}).items()}

    @property
    def db(self) -> Database:
        return self._db

    def _log(self, table: str, row_id: str, op: str, changes: dict[str, list[Any]]) -> None:
        self._db.execute(
            "INSERT INTO change_log (tbl, row_id, op, changes, origin, at) VALUES (?,?,?,?,?,?)",
            (table, row_id, op, json.dumps(changes, ensure_ascii=False), self._clock.device,
             self._now()))

    def _after(self, table: str, row_id: str) -> None:
        for hook in self._hooks.get(table, ()):
            hook(self._db, table, [row_id])

    def _check_refs(self, ent: Entity, values: Mapping[str, Any]) -> None:
        """A row pointing at a record that does not exist is refused with a typed error
        (not left to a foreign-key failure at COMMIT, which names no field)."""
        for name, value in values.items():
            target = ent.field(name).ref
            if target and value is not None and not self._db.scalar(
                    f"SELECT 1 FROM {target} WHERE id = ? AND deleted IS NULL", (value,)):
                raise ValidationError.single(name, "not_found")

    def insert(self, table: str, values: Mapping[str, Any], *, row_id: str | None = None,
               office: str | None = None) -> str:
        ent = entity(table)
        row_id = row_id or uuid7()
        hlc = self._clock.now()
        present = {k: v for k, v in values.items() if v is not None}
        unknown = set(present) - set(ent.field_names)
        if unknown:
            raise KeyError(f"unknown fields for {table}: {sorted(unknown)}")
        self._check_refs(ent, present)
        row = {"id": row_id, "office": office or self._office, "created_at": self._now(),
               "created_by": self._actor}
        versions = {name: hlc for name in present}
        cols = [*ROW_COLUMNS, "versions", *present]
        params = [*(row[c] for c in ROW_COLUMNS), json.dumps(versions),
                  *(encode_value(ent.field(k).kind, v) for k, v in present.items())]
        self._db.execute(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            params)
        changes = {k: [row[k], hlc, None] for k in ROW_COLUMNS if k != "id"}
        changes.update({k: [v, hlc, None] for k, v in present.items()})
        self._log(table, row_id, "insert", changes)
        self._after(table, row_id)
        return row_id

    def get(self, table: str, row_id: str, *, include_deleted: bool = False) -> dict[str, Any]:
        ent = entity(table)
        row = self._db.query_one(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
        if row is None or (row["deleted"] and not include_deleted):
            raise NotFound(entity=table)
        return decode_row(ent, row)

    def update(self, table: str, row_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Write only the fields whose value really changes; return those changes."""
        ent = entity(table)
        if ent.append_only:
            raise PermissionError(f"{table} is append-only")
        current = self.get(table, row_id)
        versions: dict[str, str] = json.loads(current["versions"])
        changed = {k: v for k, v in changes.items() if current.get(k) != v}
        unknown = set(changed) - set(ent.field_names)
        if unknown:
            raise KeyError(f"unknown fields for {table}: {sorted(unknown)}")
        if not changed:
            return {}
        self._check_refs(ent, changed)
        hlc = self._clock.now()
        log = {k: [v, hlc, versions.get(k)] for k, v in changed.items()}
        versions.update({k: hlc for k in changed})
        sets = ", ".join(f"{k} = ?" for k in changed)
        self._db.execute(
            f"UPDATE {table} SET {sets}, versions = ? WHERE id = ?",
            [*(encode_value(ent.field(k).kind, v) for k, v in changed.items()),
             json.dumps(versions), row_id])
        self._log(table, row_id, "update", log)
        self._after(table, row_id)
        return dict(changed)

    def delete(self, table: str, row_id: str) -> None:
        """Tombstone a row: it stays so that a concurrent edit elsewhere can be reconciled."""
        current = self.get(table, row_id)
        hlc = self._clock.now()
        versions = json.loads(current["versions"])
        base = versions.get("deleted")
        versions["deleted"] = hlc
        self._db.execute(f"UPDATE {table} SET deleted = ?, versions = ? WHERE id = ?",
                         (hlc, json.dumps(versions), row_id))
        self._log(table, row_id, "delete", {"deleted": [hlc, hlc, base]})
        self._after(table, row_id)

    def select(self, table: str, where: str = "1", params: Iterable[Any] = (),
               order: str = "created_at, id") -> list[dict[str, Any]]:
        """Live rows of one table matching a SQL condition written by the calling service.

        Rows written in the same millisecond share created_at; their UUIDv7 ids still sort
        in the order they were written, so the default order is stable."""
        ent = entity(table)
        rows = self._db.query(
            f"SELECT * FROM {table} WHERE deleted IS NULL AND ({where}) ORDER BY {order}",
            list(params))
        return [decode_row(ent, r) for r in rows]
