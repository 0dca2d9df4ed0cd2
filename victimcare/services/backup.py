"""Backups of a whole installation in one file, restoring them, and the audit-chain check.

A backup holds the key-slot file and a copy of the database that stays SQLCipher-encrypted
under the same database key: opening a restored installation needs a user's password or the
recovery key, exactly like the original. The layout (all integers big-endian):

    b"VCBACKUP" | version u16 | header length u32 | header (JSON, UTF-8)
    | key-slot file | database | SHA-256 of every byte before it (32 bytes)

The hashes catch truncation and accidental damage. They are no signature: protection against
a forged file comes from the encryption itself (SQLCipher's per-page HMAC, AES-GCM slots).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from victimcare.domain.errors import NotFound, StoreError, ValidationError
from victimcare.domain.ids import uuid7
from victimcare.domain.permissions import Action
from victimcare.services import clock
from victimcare.services.paths import InstallationPaths
from victimcare.services.session import Session
from victimcare.store import audit
from victimcare.store.atomic import atomic_write

MAGIC = b"VCBACKUP"
FORMAT = "victimcare-backup"
VERSION = 1
_PREFIX = struct.Struct(">HI")  # version, header length
_HASH_SIZE = 32
MAX_HEADER = 64 * 1024
MAX_KEYSLOTS = 16 * 1024 * 1024
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    created_at: str
    installation_id: str


@dataclass(frozen=True)
class AuditCheck:
    events: int
    broken: audit.ChainBreak | None

    @property
    def intact(self) -> bool:
        return self.broken is None


# -- create ----------------------------------------------------------------------------------

def create_backup(session: Session, out: Path) -> BackupInfo:
    """Write one backup file of this installation to `out` (replaced atomically if it exists).

    The consistent copy of the database is made inside the data folder, never in the system
    temp folder, so it never leaves the disk the installation already lives on.
    """
    session.require(Action.BACKUP)
    out = Path(out)
    data_dir = session.paths.data_dir
    if _inside(out, data_dir):
        # A backup beside the data is lost with it, and could clobber the installation's files.
        raise ValidationError.single("out", "backup_in_data_folder")
    installation_id = str(session.db.scalar(
        "SELECT value FROM meta WHERE key = 'installation_id'"))
    copy = data_dir / f".backup-{uuid7()}.tmp"
    try:
        session.db.copy_to(copy)
        keyslots = session.paths.keyslots.read_bytes()
        db_size, db_sha = _file_digest(copy)
        created_at = clock.utc_now()
        header = {"format": FORMAT, "version": VERSION, "created_at": created_at,
                  "installation_id": installation_id,
                  "keyslots_size": len(keyslots),
                  "keyslots_sha256": hashlib.sha256(keyslots).hexdigest(),
                  "db_size": db_size, "db_sha256": db_sha}
        size = _write_backup(out, header, keyslots, copy)
    finally:
        with contextlib.suppress(FileNotFoundError):
            copy.unlink()
    with session.unit(Action.BACKUP) as unit:
        unit.audit("backup.create", None, None, size=size)
    return BackupInfo(out, size, created_at, installation_id)


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def _chunks(f: BinaryIO, size: int | None = None) -> Iterator[bytes]:
    left = size
    while left is None or left > 0:
        block = f.read(_CHUNK if left is None else min(_CHUNK, left))
        if not block:
            return
        if left is not None:
            left -= len(block)
        yield block


def _file_digest(path: Path) -> tuple[int, str]:
    h, size = hashlib.sha256(), 0
    with path.open("rb") as f:
        for block in _chunks(f):
            h.update(block)
            size += len(block)
    return size, h.hexdigest()


def _write_backup(out: Path, header: dict[str, Any], keyslots: bytes, db_copy: Path) -> int:
    """Stream the parts to a temp file beside `out`, fsync, then rename it into place."""
    head = json.dumps(header, sort_keys=True).encode("utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            h = hashlib.sha256()
            size = 0
            for part in (MAGIC, _PREFIX.pack(VERSION, len(head)), head, keyslots):
                f.write(part)
                h.update(part)
                size += len(part)
            with db_copy.open("rb") as src:
                for block in _chunks(src):
                    f.write(block)
                    h.update(block)
                    size += len(block)
            f.write(h.digest())
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_dir(out.parent)
    return size + _HASH_SIZE


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory fsync
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- restore ---------------------------------------------------------------------------------

def _corrupt(reason: str) -> StoreError:
    return StoreError("backup_corrupt", reason=reason)


def _read_exact(f: BinaryIO, size: int, h: Any) -> bytes:
    data = f.read(size)
    if len(data) != size:
        raise _corrupt("truncated")
    h.update(data)
    return data


def _header(f: BinaryIO, h: Any) -> dict[str, Any]:
    if f.read(len(MAGIC)) != MAGIC:
        raise _corrupt("not_a_backup")
    h.update(MAGIC)
    version, length = _PREFIX.unpack(_read_exact(f, _PREFIX.size, h))
    if version > VERSION:
        raise StoreError("backup_too_new", found=version, supported=VERSION)
    if version != VERSION or length > MAX_HEADER:
        raise _corrupt("header")
    try:
        header = json.loads(_read_exact(f, length, h).decode("utf-8"))
        ok = (isinstance(header, dict) and header.get("format") == FORMAT
              and all(isinstance(header.get(k), int) and header[k] >= 0
                      for k in ("keyslots_size", "db_size"))
              and all(isinstance(header.get(k), str) for k in (
                  "keyslots_sha256", "db_sha256", "installation_id", "created_at"))
              and header["keyslots_size"] <= MAX_KEYSLOTS)
    except (UnicodeDecodeError, ValueError):
        ok = False
    if not ok:
        raise _corrupt("header")
    return dict(header)


def restore_backup(backup: Path, data_dir: Path) -> BackupInfo:
    """Check the whole file, then put its database and key slots into an empty data folder.

    A damaged file is refused before anything is written; a folder that already holds an
    installation is never overwritten (move it away first).
    """
    paths = InstallationPaths(Path(data_dir))
    if paths.exists():
        raise StoreError("installation_exists", path=str(paths.data_dir))
    if not Path(backup).is_file():
        raise NotFound(entity="file")
    made_dir = not paths.data_dir.exists()
    tmp: Path | None = None
    try:
        with Path(backup).open("rb") as f:
            h = hashlib.sha256()
            header = _header(f, h)
            keyslots = _read_exact(f, header["keyslots_size"], h)
            if hashlib.sha256(keyslots).hexdigest() != header["keyslots_sha256"]:
                raise _corrupt("keyslots")
            _check_keyslots(keyslots, header["installation_id"])
            paths.data_dir.mkdir(parents=True, exist_ok=True)
            tmp = paths.data_dir / f".restore-{uuid7()}.tmp"
            _copy_database(f, tmp, header, h)
            if f.read(_HASH_SIZE) != h.digest() or f.read(1):
                raise _corrupt("checksum")
        os.replace(tmp, paths.database)
        tmp = None
        atomic_write(paths.keyslots, keyslots)
    except BaseException:
        if tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        if made_dir:
            with contextlib.suppress(OSError):
                paths.data_dir.rmdir()
        raise
    _fsync_dir(paths.data_dir)
    return BackupInfo(Path(backup), Path(backup).stat().st_size, header["created_at"],
                      header["installation_id"])


def _check_keyslots(raw: bytes, installation_id: str) -> None:
    try:
        doc = json.loads(raw.decode("utf-8"))
        ok = isinstance(doc, dict) and doc.get("installation_id") == installation_id
    except (UnicodeDecodeError, ValueError):
        ok = False
    if not ok:
        raise _corrupt("keyslots")


def _copy_database(f: BinaryIO, dest: Path, header: dict[str, Any], h: Any) -> None:
    db_hash = hashlib.sha256()
    written = 0
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as out:
        for block in _chunks(f, header["db_size"]):
            out.write(block)
            h.update(block)
            db_hash.update(block)
            written += len(block)
        out.flush()
        os.fsync(out.fileno())
    if written != header["db_size"]:
        raise _corrupt("truncated")
    if db_hash.hexdigest() != header["db_sha256"]:
        raise _corrupt("database")


# -- audit chain -----------------------------------------------------------------------------

def verify_audit(session: Session) -> AuditCheck:
    """Walk the audit hash chain of every device; the check itself is recorded too."""
    session.require(Action.AUDIT_VERIFY)
    with session.reading(Action.AUDIT_VERIFY):
        count, broken = audit.verify(session.db)
    with session.unit(Action.AUDIT_VERIFY) as unit:
        unit.audit("audit.verify", None, None, events=count, intact=broken is None)
    return AuditCheck(count, broken)
