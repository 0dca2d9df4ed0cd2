"""Creating an installation, signing in (unlock), and the recovery-key path."""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from victimcare.domain import reference
from victimcare.domain.enums import InstallationKind, OfficeType, Role
from victimcare.domain.errors import AuthError, FieldError, StoreError, ValidationError
from victimcare.domain.hlc import HlcClock
from victimcare.domain.ids import uuid7
from victimcare.domain.validation import valid_username
from victimcare.services import clock
from victimcare.services.passwords import check_new_password
from victimcare.services.paths import InstallationPaths
from victimcare.services.session import Session
from victimcare.store import audit
from victimcare.store.db import Database, open_database
from victimcare.store.keyslots import (
    STANDARD_KDF,
    KdfProfile,
    KeySlots,
    new_database_key,
    new_recovery_key,
    pending_keyslots,
)
from victimcare.store.records import Records
from victimcare.store.schema import migrate
from victimcare.store.throttle import Throttle

_OFFICE_CODE = re.compile(r"^[A-Z]{2,3}(-[A-Z0-9]{2,6}){0,2}$")


@dataclass(frozen=True)
class Created:
    paths: InstallationPaths
    recovery_key: str
    installation_id: str


def _meta(db: Database, key: str) -> str:
    value = db.scalar("SELECT value FROM meta WHERE key = ?", (key,))
    if value is None:
        raise StoreError("meta_missing", key=key)
    return str(value)


def create_installation(data_dir: Path, *, office_code: str, admin_username: str,
                        admin_password: str, admin_full_name: str = "",
                        kind: InstallationKind = InstallationKind.OFFICE,
                        office_name: str | None = None,
                        kdf: KdfProfile = STANDARD_KDF) -> Created:
    """Make a new encrypted installation with its first admin; returns the recovery key once."""
    paths = InstallationPaths(Path(data_dir))
    if paths.exists():
        raise StoreError("installation_exists", path=str(paths.data_dir))
    errors: list[FieldError] = []
    if not _OFFICE_CODE.match(office_code):
        errors.extend(ValidationError.single("office", "office_code_format").errors)
    if not valid_username(admin_username):
        errors.extend(ValidationError.single("username", "username_format").errors)
    errors.extend(check_new_password(admin_password, admin_username))
    if errors:
        raise ValidationError(errors)

    paths.data_dir.mkdir(parents=True, exist_ok=True)
    installation_id, device = uuid7(), uuid7()
    dek = new_database_key()
    recovery_key = new_recovery_key()
    db = open_database(paths.database, dek, create=True)
    try:
        migrate(db)
        now = clock.utc_now()
        hlc = HlcClock(device)
        with db.transaction():
            for key, value in {"installation_id": installation_id, "device_id": device,
                               "office": office_code, "kind": kind.value,
                               "created_at": now}.items():
                db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))
            records = Records(db, hlc, actor=None, office=office_code, now=clock.utc_now)
            district = office_code if office_code in reference.codes("admin_units") else None
            records.insert("office", {
                "code": office_code, "name_en": office_name or _office_name(office_code),
                "office_type": (OfficeType.NATIONAL if kind == InstallationKind.HUB
                                else OfficeType.DISTRICT).value,
                "admin_unit": None}, row_id=office_code)
            admin_id = records.insert("user_account", {
                "username": admin_username, "full_name": admin_full_name or admin_username,
                "roles": [Role.ADMIN.value], "active": True, "must_change_password": False})
            audit.append(db, device=device, at=now, actor=admin_id,
                         action="installation.create", entity="office", entity_id=office_code,
                         details={"kind": kind.value, "district": district})
            db.execute("INSERT INTO meta (key, value) VALUES ('hlc_last', ?)", (hlc.last,))
        slots = KeySlots.create(paths.keyslots, installation_id)
        slots.set_user(admin_username, admin_password, dek, kdf)
        slots.set_recovery(recovery_key, dek, kdf)
        slots.save()
    except BaseException:
        db.close()
        for leftover in (paths.database, paths.keyslots,
                         paths.database.with_name(paths.database.name + "-wal"),
                         paths.database.with_name(paths.database.name + "-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        raise
    db.close()
    return Created(paths, recovery_key, installation_id)


def _office_name(code: str) -> str:
    return reference.label("admin_units", code) if code in reference.codes("admin_units") \
        else code


def _session_for(paths: InstallationPaths, db: Database, dek: bytearray,
                 username: str) -> Session:
    # Accounts of other offices travel to a hub with their cases: the signing-in user is the
    # one of this installation's office.
    row = db.query_one("SELECT * FROM user_account WHERE username = ? AND office = ?"
                       " AND deleted IS NULL", (username, _meta(db, "office")))
    if row is None:
        raise AuthError("unknown_user")
    if not row["active"]:
        raise AuthError("inactive")
    roles = tuple(Role(r) for r in json.loads(row["roles"]))
    return Session(paths=paths, db=db, dek=dek, user_id=row["id"], username=username,
                   full_name=row["full_name"], roles=roles, office=_meta(db, "office"),
                   device=_meta(db, "device_id"),
                   kind=InstallationKind(_meta(db, "kind")),
                   must_change_password=bool(row["must_change_password"]))


def _open(paths: InstallationPaths, dek: bytearray) -> Database:
    try:
        db = open_database(paths.database, dek)
    except StoreError as e:
        if e.code == "wrong_key_or_corrupt":
            raise StoreError("database_corrupt", path=str(paths.database)) from None
        raise
    try:
        migrate(db)
    except BaseException:
        db.close()
        raise
    return db


def load_keyslots(data_dir: Path) -> tuple[InstallationPaths, KeySlots]:
    paths = InstallationPaths(Path(data_dir))
    if not paths.database.exists() and not paths.keyslots.exists():
        raise StoreError("no_installation", path=str(paths.data_dir))
    if not paths.database.exists():
        raise StoreError("no_database", path=str(paths.database))
    return paths, KeySlots.load(paths.keyslots)


def sign_in(data_dir: Path, username: str, password: str) -> Session:
    """Unlock the installation with a user's password and start that user's session."""
    paths, slots = load_keyslots(data_dir)
    throttle = Throttle(paths.throttle, slots.installation_id)
    throttle.check(username)
    try:
        db, dek = _unlock_and_open(paths, slots, lambda s: s.unlock_user(username, password))
    except AuthError:
        delay = throttle.failed(username)
        # One message for unknown users and wrong passwords: nothing to learn from the difference.
        raise AuthError("wrong_password", delay=delay) from None
    try:
        session = _session_for(paths, db, dek, username)
    except BaseException:
        db.close()
        raise
    throttle.succeeded(username)
    with session.unit(None) as unit:
        unit.audit("login")
    return session


def _unlock_and_open(paths: InstallationPaths, slots: KeySlots,
                     unlock: Callable[[KeySlots], bytearray]) -> tuple[Database, bytearray]:
    """Open with the key the slots give; after an interrupted key rotation, the pending slots."""
    dek = unlock(slots)
    try:
        return _open(paths, dek), dek
    except StoreError as e:
        pending = pending_keyslots(paths.keyslots)
        if e.code != "database_corrupt" or not pending.exists():
            raise
    new_slots = KeySlots.load(pending)
    dek = unlock(new_slots)
    db = _open(paths, dek)
    pending.replace(paths.keyslots)
    return db, dek


def recover(data_dir: Path, recovery_key: str, username: str, new_password: str,
            kdf: KdfProfile = STANDARD_KDF) -> None:
    """Forgotten password without an admin: the recovery key re-issues one user's slot."""
    paths, slots = load_keyslots(data_dir)
    problems = check_new_password(new_password, username)
    if problems:
        raise ValidationError(problems)
    db, dek = _unlock_and_open(paths, slots, lambda s: s.unlock_recovery(recovery_key))
    try:
        session = _session_for(paths, db, dek, username)
        with session.unit(None) as unit:
            unit.records.update("user_account", session.user_id, {"must_change_password": False})
            unit.audit("account.recovered", "user_account", session.user_id)
            slots.set_user(username, new_password, dek, kdf)
            slots.save()
        Throttle(paths.throttle, slots.installation_id).succeeded(username)
    finally:
        db.close()
        dek[:] = bytes(len(dek))
