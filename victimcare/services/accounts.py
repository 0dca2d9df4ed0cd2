"""Accounts: users, roles, passwords, admin resets, removal and rotation of the database key."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from victimcare.domain.enums import Role
from victimcare.domain.errors import AuthError, FieldError, NotFound, ValidationError
from victimcare.domain.permissions import Action
from victimcare.domain.validation import valid_username
from victimcare.services.passwords import check_new_password, one_time_password
from victimcare.services.session import Session
from victimcare.store.keyslots import (
    KdfProfile,
    KeySlots,
    new_database_key,
    new_recovery_key,
    pending_keyslots,
)


@dataclass(frozen=True)
class UserInfo:
    id: str
    username: str
    full_name: str
    roles: tuple[str, ...]
    active: bool
    must_change_password: bool


def _slots(session: Session) -> KeySlots:
    return KeySlots.load(session.paths.keyslots)


def _kdf(session: Session, slots: KeySlots) -> KdfProfile:
    # New slots cost what the current user's slot costs: the installation's chosen profile.
    return slots.kdf_of(session.username)


def _check_roles(roles: list[str]) -> list[FieldError]:
    if not roles:
        return [FieldError("roles", "required")]
    if any(r not in Role._value2member_map_ for r in roles):
        return [FieldError("roles", "invalid_choice")]
    return []


def _user_row(session: Session, username: str) -> Any:
    row = session.db.query_one(
        "SELECT * FROM user_account WHERE username = ? AND office = ? AND deleted IS NULL",
        (username, session.office))
    if row is None:
        raise NotFound(entity="user_account")
    return row


def list_users(session: Session) -> list[UserInfo]:
    with session.reading(Action.USER_MANAGE) as unit:
        rows = unit.records.select("user_account", "office = ?", [session.office],
                                   order="username")
    return [UserInfo(r["id"], r["username"], r["full_name"], tuple(r["roles"]),
                     bool(r["active"]), bool(r["must_change_password"])) for r in rows]


def create_user(session: Session, username: str, full_name: str, roles: list[str],
                *, password: str | None = None) -> str:
    """Add an account; without a password a one-time one is made (and returned) that the
    user must change at first login."""
    errors: list[FieldError] = []
    if not valid_username(username):
        errors.append(FieldError("username", "username_format"))
    if not full_name.strip():
        errors.append(FieldError("full_name", "required"))
    errors += _check_roles(roles)
    if password is not None:
        errors += check_new_password(password, username)
    if errors:
        raise ValidationError(errors)
    slots = _slots(session)
    initial = password or one_time_password()
    with session.unit(Action.USER_MANAGE) as unit:
        if slots.has_user(username) or unit.db.scalar(
                "SELECT 1 FROM user_account WHERE username = ? AND office = ?",
                (username, session.office)):
            raise ValidationError.single("username", "username_taken")
        user_id = unit.records.insert("user_account", {
            "username": username, "full_name": full_name.strip(), "roles": list(roles),
            "active": True, "must_change_password": password is None})
        unit.audit("user.create", "user_account", user_id, roles=list(roles))
        slots.set_user(username, initial, session.dek, _kdf(session, slots))
        slots.save()  # inside the transaction: a failed write rolls the account back
    return initial


def change_password(session: Session, old_password: str, new_password: str) -> None:
    errors = check_new_password(new_password, session.username)
    if new_password == old_password:
        errors.append(FieldError("password", "password_unchanged"))
    if errors:
        raise ValidationError(errors)
    slots = _slots(session)
    try:
        slots.unlock_user(session.username, old_password)
    except AuthError:
        raise AuthError("wrong_password") from None
    with session.unit(None) as unit:
        unit.records.update("user_account", session.user_id, {"must_change_password": False})
        unit.audit("password.change", "user_account", session.user_id)
        slots.set_user(session.username, new_password, session.dek, _kdf(session, slots))
        slots.save()
    session.must_change_password = False


def reset_password(session: Session, username: str) -> str:
    """Admin reset: a fresh slot with a one-time password that must be changed at first login."""
    slots = _slots(session)
    temporary = one_time_password()
    with session.unit(Action.USER_MANAGE) as unit:
        row = _user_row(session, username)
        unit.records.update("user_account", row["id"],
                            {"must_change_password": True, "active": True})
        unit.audit("user.reset", "user_account", row["id"])
        slots.set_user(username, temporary, session.dek, _kdf(session, slots))
        slots.save()
    return temporary


def set_roles(session: Session, username: str, roles: list[str]) -> None:
    errors = _check_roles(roles)
    if errors:
        raise ValidationError(errors)
    with session.unit(Action.USER_MANAGE) as unit:
        row = _user_row(session, username)
        if row["id"] == session.user_id and Role.ADMIN.value not in roles:
            raise ValidationError.single("roles", "cannot_remove_own_admin")
        unit.records.update("user_account", row["id"], {"roles": list(roles)})
        unit.audit("user.roles", "user_account", row["id"], roles=list(roles))


def remove_user(session: Session, username: str) -> None:
    """Deactivate the account (its history stays) and delete its key slot."""
    slots = _slots(session)
    with session.unit(Action.USER_MANAGE) as unit:
        row = _user_row(session, username)
        if row["id"] == session.user_id:
            raise ValidationError.single("username", "cannot_remove_self")
        unit.records.update("user_account", row["id"], {"active": False})
        unit.audit("user.remove", "user_account", row["id"])
        if slots.has_user(username):
            slots.remove_user(username)
            slots.save()


@dataclass(frozen=True)
class Rekeyed:
    recovery_key: str
    one_time_passwords: dict[str, str]


def rotate_database_key(session: Session, admin_password: str) -> Rekeyed:
    """New database key: every page re-encrypted, every slot re-issued.

    Other users' passwords are not known here, so their slots get one-time passwords (shown
    to the admin once); the recovery key is replaced too, because the old one opened the old
    key slot file that may have leaked with the old key.
    """
    session.require(Action.KEY_ROTATE)
    slots = _slots(session)
    kdf = _kdf(session, slots)
    try:
        slots.unlock_user(session.username, admin_password)
    except AuthError:
        raise AuthError("wrong_password") from None
    new_dek = new_database_key()
    recovery = new_recovery_key()
    temporary: dict[str, str] = {}
    with session.unit(Action.KEY_ROTATE) as unit:
        # Only this office's accounts have key slots here; others came with synced cases.
        users = unit.records.select("user_account", "active = 1 AND office = ?",
                                    [session.office])
        fresh = KeySlots(pending_keyslots(slots.path), slots.installation_id, [])
        for u in users:
            if u["username"] == session.username:
                fresh.set_user(u["username"], admin_password, new_dek, kdf)
            else:
                temporary[u["username"]] = one_time_password()
                fresh.set_user(u["username"], temporary[u["username"]], new_dek, kdf)
                unit.records.update("user_account", u["id"], {"must_change_password": True})
        fresh.set_recovery(recovery, new_dek, kdf)
        unit.audit("key.rotate", None, None, users=len(users))
        # The new slots are on disk before the database changes key, and take over only after:
        # a crash in between leaves a pending file that sign-in tries (installation.py).
        fresh.save()
    session.db.rekey(new_dek)
    fresh.path.replace(slots.path)
    session.dek[:] = new_dek
    return Rekeyed(recovery, temporary)
