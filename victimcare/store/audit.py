"""The audit trail: append-only events, each carrying the hash of the one before (per device)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from victimcare.domain.ids import uuid7
from victimcare.store.db import Database

GENESIS = "0" * 64


def digest(prev_hash: str, event: dict[str, Any]) -> str:
    canonical = json.dumps(event, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def hashed_fields(row: Any) -> dict[str, Any]:
    return {k: row[k] for k in ("id", "device", "at", "actor", "action", "entity",
                                "entity_id", "details")}


def append(db: Database, *, device: str, at: str, actor: str | None, action: str,
           entity: str | None = None, entity_id: str | None = None,
           details: dict[str, Any] | None = None) -> str:
    """Append one event to this device's chain; call inside the transaction of the action."""
    event = {"id": uuid7(), "device": device, "at": at, "actor": actor, "action": action,
             "entity": entity, "entity_id": entity_id,
             "details": json.dumps(details or {}, sort_keys=True, ensure_ascii=False)}
    prev = db.scalar("SELECT hash FROM audit_event WHERE device = ? ORDER BY seq DESC LIMIT 1",
                     (device,)) or GENESIS
    db.execute(
        "INSERT INTO audit_event (id, device, at, actor, action, entity, entity_id, details,"
        " prev_hash, hash) VALUES (:id, :device, :at, :actor, :action, :entity, :entity_id,"
        " :details, :prev, :hash)",
        {**event, "prev": prev, "hash": digest(prev, event)})
    return str(event["id"])


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    event_id: str
    device: str
    reason: str  # "altered" (content does not match its hash) or "relinked" (wrong prev hash)


def verify(db: Database) -> tuple[int, ChainBreak | None]:
    """Walk every device's chain; return how many events were checked and the first break."""
    last: dict[str, str] = {}
    count = 0
    for row in db.execute("SELECT * FROM audit_event ORDER BY seq"):
        count += 1
        device = row["device"]
        expected_prev = last.get(device, GENESIS)
        if row["prev_hash"] != expected_prev:
            return count, ChainBreak(row["seq"], row["id"], device, "relinked")
        if digest(row["prev_hash"], hashed_fields(row)) != row["hash"]:
            return count, ChainBreak(row["seq"], row["id"], device, "altered")
        last[device] = row["hash"]
    return count, None
