"""Conflict review: every real clash listed with both values; a person keeps or swaps the winner."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from victimcare.domain.errors import NotFound, ValidationError
from victimcare.domain.hlc import Hlc
from victimcare.domain.model import entity
from victimcare.domain.permissions import Action
from victimcare.services.session import Session
from victimcare.store import sync_store
from victimcare.store.db import Database
from victimcare.store.hooks import WRITE_HOOKS
from victimcare.store.sync_store import DELETED

KEEP, OTHER = "keep", "other"
RESOLVED = "resolved"


@dataclass(frozen=True)
class Side:
    value: Any
    version: str | None
    device: str | None
    office: str | None
    at: str | None          # UTC ISO time the value was written (from its version)


@dataclass(frozen=True)
class ConflictView:
    id: str
    table: str
    row_id: str
    record: str             # what a person recognises: case number, name, ...
    field: str
    kind: str
    winner: str             # "local" or "remote"
    local: Side
    remote: Side
    status: str
    detected_at: str | None
    comment: str | None


def _when(version: str | None) -> str | None:
    if not version:
        return None
    millis = Hlc.decode(version).millis
    return dt.datetime.fromtimestamp(millis / 1000, dt.UTC).isoformat(timespec="seconds")


def _side(db: Database, value: Any, version: str | None) -> Side:
    device = Hlc.decode(version).device if version else None
    office = db.scalar("SELECT office FROM device WHERE id = ?", (device,)) if device else None
    return Side(value, version, device, office, _when(version))


def record_label(db: Database, table: str, row_id: str) -> str:
    """A human handle for a row, without showing more than the conflict itself does."""
    if table == "vc_case":
        number = db.scalar("SELECT case_number FROM vc_case WHERE id = ?", (row_id,))
        return f"Case {number}" if number else row_id
    if table == "person":
        row = db.query_one("SELECT given_name, family_name FROM person WHERE id = ?", (row_id,))
        if row:
            return " ".join(p for p in (row[0], row[1]) if p)
    if table in ("office", "service_provider", "admin_unit"):
        name = db.scalar(f"SELECT name_en FROM {table} WHERE id = ?", (row_id,))
        if name:
            return str(name)
    case_number = None
    if "case_id" in entity(table).field_names:
        case_number = db.scalar(f"SELECT c.case_number FROM {table} t JOIN vc_case c"
                                " ON c.id = t.case_id WHERE t.id = ?", (row_id,))
    return f"{table} of case {case_number}" if case_number else f"{table} {row_id[:8]}"


def _view(db: Database, c: sync_store.Conflict) -> ConflictView:
    return ConflictView(c.id, c.table, c.row_id, record_label(db, c.table, c.row_id), c.field,
                        c.kind, c.winner, _side(db, c.local_value, c.local_hlc),
                        _side(db, c.remote_value, c.remote_hlc), c.status, c.detected_at,
                        c.comment)


def list_conflicts(session: Session, status: str | None = "open") -> list[ConflictView]:
    with session.reading(Action.CONFLICT_RESOLVE) as unit:
        return [_view(unit.db, c) for c in sync_store.list_conflicts(unit.db, status)]


def open_count(session: Session) -> int:
    """For the coordinator's Home page."""
    with session.reading(Action.CONFLICT_RESOLVE) as unit:
        return sync_store.count_open_conflicts(unit.db)


def resolve(session: Session, conflict_id: str, choice: str, comment: str) -> None:
    """Keep the winner, or make the other value the current one: that is a new edit, so it
    reaches every other installation with the next bundles."""
    if choice not in (KEEP, OTHER):
        raise ValidationError.single("choice", "invalid_choice")
    if not comment.strip():
        raise ValidationError.single("comment", "required")
    with session.unit(Action.CONFLICT_RESOLVE) as unit:
        c = sync_store.get_conflict(unit.db, conflict_id)
        if c is None or c.status != "open":
            raise NotFound(entity="conflict")
        if choice == OTHER:
            if c.kind == "delete":
                change: dict[str, Any] = {DELETED: None}
            else:
                change = {c.field: c.local_value if c.winner == "remote" else c.remote_value}
            sync_store.write_local(unit.db, session.clock, c.table, c.row_id, change,
                                   now=unit.now, hooks=WRITE_HOOKS)
        elif c.kind != "delete":
            # Keeping the winner is written again as a new version, so that the other side,
            # which listed the same clash, learns that it was settled.
            current = c.remote_value if c.winner == "remote" else c.local_value
            sync_store.write_local(unit.db, session.clock, c.table, c.row_id,
                                   {c.field: current}, now=unit.now, hooks=WRITE_HOOKS)
        sync_store.close_conflict(unit.db, conflict_id, status=RESOLVED, by=session.user_id,
                                  at=unit.now, comment=comment.strip())
        unit.audit("conflict.resolve", c.table, c.row_id, field=c.field, choice=choice)
