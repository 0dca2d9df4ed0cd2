"""Sync rules without I/O: the per-field merge decision, change runs, scopes, limits."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from victimcare.domain import compensation_flow
from victimcare.domain.enums import CaseStatus, TransferStatus
from victimcare.domain.hlc import hlc_device
from victimcare.domain.referral_flow import STEPS as REFERRAL_STEPS

# Directory and reference rows go to every office; every other row only to the office in its
# `office` column (and always to the hub).
REFERENCE_TABLES = frozenset({"admin_unit", "office", "service_provider", "service"})

OFFICE_TO_HUB = "office_to_hub"
HUB_TO_OFFICE = "hub_to_office"

# Conflict kinds (conflict.kind).
FIELD = "field"
DELETE = "delete"
TRANSITION = "transition"


@dataclass(frozen=True)
class Limits:
    """Hard limits checked before the expensive or dangerous step they protect."""

    file_bytes: int = 1 << 30
    header_bytes: int = 64 << 10
    payload_bytes: int = 1 << 30          # encrypted payload, before decryption
    plain_bytes: int = 2 << 30            # after decompression
    line_bytes: int = 48 << 20            # one NDJSON line (a blob line is the largest)
    blob_bytes: int = 32 << 20
    lines: int = 5_000_000


DEFAULT_LIMITS = Limits()


def in_scope(table: str, row_office: str, office: str) -> bool:
    """May an office installation hold this row by its office column? (A row of a case
    transferred to the office is held too: services/scope.py answers that from the transfers.)"""
    return table in REFERENCE_TABLES or row_office == office


# -- transfers ----------------------------------------------------------------------------
# While a transfer is asked for or taken, the receiving office holds every row of the case.
TRANSFER_HOLDS = frozenset({TransferStatus.REQUESTED.value, TransferStatus.ACCEPTED.value})
# Fixed when the transfer is asked for: nobody may later point it at another case or office.
TRANSFER_FIXED = ("case_id", "from_office", "to_office")
_TRANSFER_NEXT: dict[str, tuple[str, ...]] = {
    TransferStatus.REQUESTED.value: (TransferStatus.ACCEPTED.value,
                                     TransferStatus.DECLINED.value,
                                     TransferStatus.CANCELLED.value)}


def transfer_party(office: str, row_office: str, from_office: str | None,
                   to_office: str | None) -> bool:
    """A transfer row travels to the office that wrote it and to both offices it names."""
    return office in (row_office, from_office, to_office)


def transfer_change_refusal(sender: str, current: dict[str, Any] | None,
                            fields: dict[str, Any]) -> str | None:
    """Why the hub refuses an office's change of a transfer row (None: accepted). An office
    gives away only its own cases, and only the two offices named may move it on."""
    if current is None:
        return None if fields.get("from_office") == sender else "out_of_scope"
    if not transfer_party(sender, current["office"], current["from_office"],
                          current["to_office"]):
        return "out_of_scope"
    if any(name in fields and fields[name] != current[name] for name in TRANSFER_FIXED):
        return "invalid_record"
    return None


# -- the merge decision ---------------------------------------------------------------------
@dataclass(frozen=True)
class Decision:
    write: bool          # the incoming value becomes the local value
    conflict: bool       # a person should see both values


def decide(local_hlc: str | None, local_value: Any, hlc: str, base: str | None,
           value: Any) -> Decision:
    """SYNC.md's per-field rule: the higher HLC wins; a clash is listed when the local field
    changed since the sender's base, by another device, to a different value."""
    if local_hlc == hlc:
        return Decision(False, False)
    newer = local_hlc is None or hlc > local_hlc
    concurrent = (local_hlc is not None and local_hlc != base
                  and hlc_device(local_hlc) != hlc_device(hlc))
    return Decision(newer, concurrent and not same_value(local_value, value))


def same_value(a: Any, b: Any) -> bool:
    # Decoded values compare as Python values (a list field is a list, not its JSON text).
    return bool(a == b)


# -- change runs ------------------------------------------------------------------------------
@dataclass(frozen=True)
class LogEntry:
    seq: int
    table: str
    row_id: str
    op: str
    changes: dict[str, list[Any]]   # {field: [value, hlc, base]}
    origin: str


@dataclass
class Run:
    """Consecutive changes of one row by one device: sent as one change, the latest value of
    each field with the base of its first edit in the run (SYNC.md): {field: [value, hlc,
    base, seq]}."""

    table: str
    row_id: str
    op: str
    origin: str
    seq: int
    fields: dict[str, list[Any]]


def runs(entries: Iterable[LogEntry]) -> list[Run]:
    """Group log entries (in seq order) into runs per row; runs keep the log's order."""
    last: dict[tuple[str, str], Run] = {}
    out: list[Run] = []
    for e in entries:
        key = (e.table, e.row_id)
        run = last.get(key)
        if run is None or run.origin != e.origin:
            run = Run(e.table, e.row_id, e.op, e.origin, e.seq, {})
            last[key] = run
            out.append(run)
        run.seq = e.seq
        if run.op != "insert" and e.op == "delete":
            run.op = "delete"
        for name, (value, hlc, base) in e.changes.items():
            first_base = run.fields[name][2] if name in run.fields else base
            # Each field keeps the seq of its own last edit: a receiver that already has that
            # edit skips the field even when the run also holds newer edits of other fields.
            run.fields[name] = [value, hlc, first_base, e.seq]
    out.sort(key=lambda r: r.seq)
    return out


# -- workflow -----------------------------------------------------------------------------------
_CASE_FINAL = frozenset({CaseStatus.TRANSFERRED.value, CaseStatus.MERGED.value})
_REFERRAL_NEXT: dict[str, tuple[str, ...]] = {
    k.value: tuple(s.target.value for s in v) for k, v in REFERRAL_STEPS.items()}


def _reachable(graph: dict[str, tuple[str, ...]], start: str, goal: str) -> bool:
    seen, todo = {start}, [start]
    while todo:
        for nxt in graph.get(todo.pop(), ()):
            if nxt == goal:
                return True
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return False


def legal_move(table: str, field: str, current: Any, target: Any) -> bool:
    """Could the workflow have gone from `current` to `target` (in any number of steps)?"""
    if current == target or current is None or target is None:
        return True
    if table == "referral" and field == "status":
        if current not in _REFERRAL_NEXT or target not in _REFERRAL_NEXT:
            return False
        return _reachable(_REFERRAL_NEXT, str(current), str(target))
    if table == "vc_case" and field == "status":
        return current not in _CASE_FINAL
    if table == "case_transfer" and field == "status":
        return target in _TRANSFER_NEXT.get(str(current), ())
    if table == "compensation_claim" and field == "status":
        return compensation_flow.reachable(str(current), str(target))
    return True


# -- fingerprints -------------------------------------------------------------------------------
def fingerprint(sign_public: bytes, kx_public: bytes) -> str:
    """Short groups a coordinator can read over the phone: 100 bits of SHA-256, base32."""
    digest = hashlib.sha256(b"victimcare device\0" + sign_public + kx_public).digest()
    text = base64.b32encode(digest[:15]).decode("ascii")[:20]
    return " ".join(text[i:i + 4] for i in range(0, 20, 4))


def normalise_fingerprint(text: str) -> str:
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))


def chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
