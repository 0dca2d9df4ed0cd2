"""A signed-in user's session: the open database, who they are, and the unit of work."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from victimcare.domain.enums import InstallationKind, Role
from victimcare.domain.errors import StoreError
from victimcare.domain.hlc import HlcClock
from victimcare.domain.permissions import Action, allowed, require
from victimcare.services import clock
from victimcare.services.paths import InstallationPaths
from victimcare.store import audit
from victimcare.store.db import Database, DatabaseError, is_busy
from victimcare.store.hooks import WRITE_HOOKS
from victimcare.store.records import Records


@dataclass
class Unit:
    """What a service sees inside its one transaction."""

    session: Session
    records: Records
    now: str
    today: dt.date

    @property
    def db(self) -> Database:
        return self.records.db

    def audit(self, action: str, entity: str | None = None, entity_id: str | None = None,
              **details: Any) -> None:
        """Record who did what to which record; `details` holds ids and codes, never content."""
        self.session.audit_now(action, entity, entity_id, at=self.now, **details)


@dataclass
class Session:
    paths: InstallationPaths
    db: Database
    dek: bytearray
    user_id: str
    username: str
    full_name: str
    roles: tuple[Role, ...]
    office: str
    device: str
    kind: InstallationKind
    must_change_password: bool = False
    clock: HlcClock = field(init=False)

    def __post_init__(self) -> None:
        last = self.db.scalar("SELECT value FROM meta WHERE key = 'hlc_last'")
        self.clock = HlcClock(self.device, last)

    # -- permissions -----------------------------------------------------------------------
    def can(self, action: Action) -> bool:
        return allowed(self.roles, action)

    def require(self, action: Action) -> None:
        require(self.roles, action)

    @property
    def is_hub(self) -> bool:
        return self.kind == InstallationKind.HUB

    # -- units of work ---------------------------------------------------------------------
    @contextlib.contextmanager
    def unit(self, action: Action | None) -> Iterator[Unit]:
        """One service call: permission first, then one transaction around everything."""
        self._ensure_open()
        if action is not None:
            self.require(action)
        with self._database_errors(), self.db.transaction():
            # Another session (the CLI beside the GUI) may have stamped versions since ours
            # began: move past them so every version issued here is newer.
            stored = self.db.scalar("SELECT value FROM meta WHERE key = 'hlc_last'")
            if stored:
                self.clock.observe(stored)
            records = Records(self.db, self.clock, actor=self.user_id, office=self.office,
                              now=clock.utc_now, hooks=WRITE_HOOKS)
            yield Unit(self, records, clock.utc_now(), clock.today())
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('hlc_last', ?)",
                            (self.clock.last,))

    @contextlib.contextmanager
    def reading(self, action: Action | None) -> Iterator[Unit]:
        """A read-only call: a permission check and a consistent snapshot, nothing written."""
        self._ensure_open()
        if action is not None:
            self.require(action)
        records = Records(self.db, self.clock, actor=self.user_id, office=self.office,
                          now=clock.utc_now)
        with self._database_errors():
            yield Unit(self, records, clock.utc_now(), clock.today())

    @staticmethod
    @contextlib.contextmanager
    def _database_errors() -> Iterator[None]:
        """A database that fails under an open session (key rotated by another session, a
        damaged page) is a StoreError the GUI and CLI can name, not a raw driver error."""
        try:
            yield
        except DatabaseError as e:
            if is_busy(e):
                raise StoreError("database_busy") from None
            # Exactly DatabaseError: "file is not a database", "disk image is malformed".
            # Its subclasses (operational, integrity, programming) keep their own meaning.
            if type(e) is not DatabaseError:
                raise
            raise StoreError("database_failed") from None

    def audit_now(self, action: str, entity: str | None = None, entity_id: str | None = None,
                  *, at: str | None = None, **details: Any) -> None:
        audit.append(self.db, device=self.device, at=at or clock.utc_now(), actor=self.user_id,
                     action=action, entity=entity, entity_id=entity_id, details=details)

    def setting(self, key: str, default: Any) -> Any:
        raw = self.db.scalar("SELECT value FROM setting WHERE key = ?", (key,))
        return default if raw is None else json.loads(raw)

    # -- closing ---------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return bool(self.dek)

    def _ensure_open(self) -> None:
        if not self.is_open:
            raise StoreError("locked")

    def close(self) -> None:
        """Close the database and overwrite the key bytes we hold (see docs/security.md)."""
        if not self.is_open:
            return
        self.db.close()
        for i in range(len(self.dek)):
            self.dek[i] = 0
        self.dek = bytearray()
