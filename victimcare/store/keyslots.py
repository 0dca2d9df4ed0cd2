"""Key slots: the database key wrapped once per user and once for recovery (like LUKS)."""

from __future__ import annotations

import base64
import json
import os
import secrets
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from victimcare.domain.errors import AuthError, StoreError
from victimcare.domain.ids import uuid7
from victimcare.store.atomic import atomic_write

FORMAT = "victimcare-keyslots"
VERSION = 1
USER, RECOVERY = "user", "recovery"


@dataclass(frozen=True)
class KdfProfile:
    """Argon2id cost. Each slot stores its own, so a file always says how to open itself."""

    memory_kib: int
    iterations: int
    lanes: int


# About 0.5 s on the reference machine (2 cores); see bench/README.md.
STANDARD_KDF = KdfProfile(memory_kib=131072, iterations=3, lanes=4)
# Only for tests that are not about the KDF: keeps a suite of hundreds of logins fast.
FAST_KDF = KdfProfile(memory_kib=1024, iterations=1, lanes=1)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


# Two Argon2id derivations at once in two threads were seen to hang forever (cryptography
# 50.0.2, 4 lanes): key-slot work is serialised. Unlock is one derivation, so nobody waits.
_derive_lock = threading.Lock()


def _derive(secret: bytes, salt: bytes, kdf: KdfProfile) -> bytes:
    with _derive_lock:
        return _derive_unlocked(secret, salt, kdf)


def _derive_unlocked(secret: bytes, salt: bytes, kdf: KdfProfile) -> bytes:
    return Argon2id(salt=salt, length=32, iterations=kdf.iterations, lanes=kdf.lanes,
                    memory_cost=kdf.memory_kib).derive(secret)


@dataclass(frozen=True)
class Slot:
    id: str
    kind: str
    username: str | None
    salt: str
    kdf: KdfProfile
    nonce: str
    wrapped: str

    def associated_data(self, installation_id: str) -> bytes:
        # Binding the slot to its installation, id, kind and user stops slots being swapped.
        return f"{FORMAT}|{installation_id}|{self.id}|{self.kind}|{self.username or ''}".encode()


def pending_keyslots(path: Path) -> Path:
    """Where the slots for a new database key wait while the database is re-encrypted."""
    return path.with_name(path.name + ".pending")


def new_database_key() -> bytearray:
    return bytearray(secrets.token_bytes(32))


def new_recovery_key() -> str:
    """160 random bits as base32 in groups of four: readable aloud and easy to type."""
    raw = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def normalise_recovery_key(text: str) -> bytes:
    return "".join(c for c in text.upper() if c.isalnum()).encode("ascii", "ignore")


class KeySlots:
    """The key-slot file of one installation; every change is written atomically at once."""

    def __init__(self, path: Path, installation_id: str, slots: list[Slot]) -> None:
        self.path = path
        self.installation_id = installation_id
        self._slots = slots

    # -- file ------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, installation_id: str) -> KeySlots:
        if path.exists():
            raise StoreError("keyslots_exist", path=str(path))
        return cls(path, installation_id, [])

    @classmethod
    def load(cls, path: Path) -> KeySlots:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise StoreError("keyslots_missing", path=str(path)) from None
        except OSError:
            raise StoreError("keyslots_unreadable", path=str(path)) from None
        try:
            doc = json.loads(raw.decode("utf-8"))
            if not isinstance(doc, dict) or doc.get("format") != FORMAT:
                raise ValueError("format")
            if doc.get("version") != VERSION:
                raise StoreError("keyslots_version", version=str(doc.get("version")))
            slots = [Slot(id=str(s["id"]), kind=str(s["kind"]), username=s.get("username"),
                          salt=str(s["salt"]), kdf=KdfProfile(**s["kdf"]),
                          nonce=str(s["nonce"]), wrapped=str(s["wrapped"]))
                     for s in doc["slots"]]
            return cls(path, str(doc["installation_id"]), slots)
        except StoreError:
            raise
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise StoreError("keyslots_corrupt", path=str(path)) from None

    def save(self) -> None:
        doc: dict[str, Any] = {"format": FORMAT, "version": VERSION,
                               "installation_id": self.installation_id,
                               "slots": [asdict(s) for s in self._slots]}
        atomic_write(self.path, json.dumps(doc, indent=1).encode("utf-8"))

    # -- queries ---------------------------------------------------------------------------
    @property
    def usernames(self) -> list[str]:
        return [s.username for s in self._slots if s.kind == USER and s.username]

    def has_user(self, username: str) -> bool:
        return username in self.usernames

    def kdf_of(self, username: str) -> KdfProfile:
        return self._user_slot(username).kdf

    def _user_slot(self, username: str) -> Slot:
        for s in self._slots:
            if s.kind == USER and s.username == username:
                return s
        raise AuthError("unknown_user")

    # -- wrapping --------------------------------------------------------------------------
    def _wrap(self, kind: str, username: str | None, secret: bytes, dek: bytes | bytearray,
              kdf: KdfProfile) -> Slot:
        salt, nonce = os.urandom(16), os.urandom(12)
        slot = Slot(id=uuid7(), kind=kind, username=username, salt=_b64(salt), kdf=kdf,
                    nonce=_b64(nonce), wrapped="")
        kek = _derive(secret, salt, kdf)
        wrapped = AESGCM(kek).encrypt(nonce, bytes(dek), slot.associated_data(self.installation_id))
        return Slot(**{**asdict(slot), "kdf": kdf, "wrapped": _b64(wrapped)})

    def _unwrap(self, slot: Slot, secret: bytes) -> bytearray:
        try:
            kek = _derive(secret, _unb64(slot.salt), slot.kdf)
            dek = AESGCM(kek).decrypt(_unb64(slot.nonce), _unb64(slot.wrapped),
                                      slot.associated_data(self.installation_id))
        except InvalidTag:
            raise AuthError("wrong_password") from None
        except (ValueError, TypeError):
            raise StoreError("keyslots_corrupt", path=str(self.path)) from None
        return bytearray(dek)

    def set_user(self, username: str, password: str, dek: bytes | bytearray,
                 kdf: KdfProfile) -> None:
        """Add or replace the user's slot (new user, password change, admin reset)."""
        slot = self._wrap(USER, username, password.encode("utf-8"), dek, kdf)
        self._slots = [s for s in self._slots if not (s.kind == USER and s.username == username)]
        self._slots.append(slot)

    def set_recovery(self, recovery_key: str, dek: bytes | bytearray, kdf: KdfProfile) -> None:
        slot = self._wrap(RECOVERY, None, normalise_recovery_key(recovery_key), dek, kdf)
        self._slots = [s for s in self._slots if s.kind != RECOVERY] + [slot]

    def remove_user(self, username: str) -> None:
        self._user_slot(username)
        self._slots = [s for s in self._slots if not (s.kind == USER and s.username == username)]

    def unlock_user(self, username: str, password: str) -> bytearray:
        try:
            slot = self._user_slot(username)
        except AuthError:
            # Spend the same Argon2id time as a real slot: the answer's delay must not tell
            # whether the username exists.
            if self._slots:
                _derive(password.encode("utf-8"), os.urandom(16), self._slots[0].kdf)
            raise
        return self._unwrap(slot, password.encode("utf-8"))

    def unlock_recovery(self, recovery_key: str) -> bytearray:
        for s in self._slots:
            if s.kind == RECOVERY:
                try:
                    return self._unwrap(s, normalise_recovery_key(recovery_key))
                except AuthError:
                    raise AuthError("wrong_recovery_key") from None
        raise StoreError("no_recovery_slot")
