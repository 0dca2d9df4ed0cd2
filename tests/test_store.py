"""The encrypted database file and atomic writes: what a thief or a power cut would meet."""

from __future__ import annotations

import errno
import os
import secrets
import stat
from pathlib import Path

import pytest

from victimcare.domain.errors import StoreError
from victimcare.store import atomic
from victimcare.store.atomic import atomic_write
from victimcare.store.db import Database, IntegrityError, open_database

CANARY = "plaintext-canary-4417"


@pytest.fixture
def key() -> bytes:
    return secrets.token_bytes(32)


@pytest.fixture
def db_path(tmp_path: Path, key: bytes) -> Path:
    """A small encrypted database with one row of known text, closed again."""
    path = tmp_path / "store.db"
    db = open_database(path, key, create=True)
    with db.transaction():
        db.execute("CREATE TABLE parent (id TEXT PRIMARY KEY)")
        db.execute("CREATE TABLE child (id TEXT PRIMARY KEY, parent TEXT,"
                   " FOREIGN KEY (parent) REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)")
        db.execute("CREATE TABLE note (body TEXT)")
        db.execute("INSERT INTO note VALUES (?)", (CANARY,))
    db.close()
    return path


@pytest.fixture
def db(db_path: Path, key: bytes):
    database = open_database(db_path, key)
    yield database
    database.close()


# -- opening -------------------------------------------------------------------------------
def test_wrong_key_is_a_clear_error_and_prints_nothing(db_path: Path, capfd) -> None:
    capfd.readouterr()
    with pytest.raises(StoreError) as info:
        open_database(db_path, secrets.token_bytes(32))
    assert info.value.code == "wrong_key_or_corrupt"
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")


def test_a_file_that_is_not_a_database_gives_the_same_error(tmp_path: Path, capfd) -> None:
    path = tmp_path / "random.db"
    path.write_bytes(os.urandom(8192))
    capfd.readouterr()
    with pytest.raises(StoreError) as info:
        open_database(path, secrets.token_bytes(32))
    assert info.value.code == "wrong_key_or_corrupt"
    assert capfd.readouterr() == ("", "")


def test_missing_file_and_existing_file(db_path: Path, key: bytes, tmp_path: Path) -> None:
    with pytest.raises(StoreError) as missing:
        open_database(tmp_path / "absent.db", key)
    assert missing.value.code == "no_database"
    assert not (tmp_path / "absent.db").exists()
    with pytest.raises(StoreError) as exists:
        open_database(db_path, key, create=True)
    assert exists.value.code == "database_exists"


def test_database_keys_must_be_32_bytes(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        open_database(tmp_path / "short.db", b"\x01" * 16, create=True)


def test_file_is_encrypted_on_disk(db_path: Path, db: Database) -> None:
    with db.transaction():
        db.execute("INSERT INTO note VALUES (?)", (CANARY + "-wal",))
    for path in db_path.parent.iterdir():  # the main file and, while open, the WAL
        raw = path.read_bytes()
        assert not raw.startswith(b"SQLite format 3\x00"), path.name
        assert CANARY.encode() not in raw, path.name


def test_connection_settings(db: Database) -> None:
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert db.scalar("PRAGMA temp_store") == 2  # MEMORY: no plaintext temp files


def test_right_key_reads_the_data_back(db: Database) -> None:
    assert db.scalar("SELECT body FROM note") == CANARY


def test_copy_is_encrypted_with_the_same_key(db: Database, key: bytes, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    db.copy_to(copy)
    raw = copy.read_bytes()
    assert not raw.startswith(b"SQLite format 3\x00") and CANARY.encode() not in raw
    reopened = open_database(copy, key)
    assert reopened.scalar("SELECT body FROM note") == CANARY
    reopened.close()


# -- transactions --------------------------------------------------------------------------
def test_transaction_rolls_back_on_error(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction():
        db.execute("INSERT INTO note VALUES ('lost')")
        raise RuntimeError
    assert db.scalar("SELECT count(*) FROM note") == 1
    assert not db.in_transaction


def test_nested_transaction_rolls_back_only_its_part(db: Database) -> None:
    with db.transaction():
        db.execute("INSERT INTO note VALUES ('kept')")
        with pytest.raises(RuntimeError), db.transaction():
            db.execute("INSERT INTO note VALUES ('lost')")
            raise RuntimeError
    assert sorted(r[0] for r in db.query("SELECT body FROM note")) == sorted([CANARY, "kept"])


def test_foreign_keys_are_enforced_at_commit(db: Database) -> None:
    with pytest.raises(IntegrityError), db.transaction():
        db.execute("INSERT INTO child VALUES ('c1', 'no-such-parent')")


def test_a_failed_commit_leaves_the_connection_usable(db: Database) -> None:
    with pytest.raises(IntegrityError), db.transaction():
        db.execute("INSERT INTO child VALUES ('c1', 'no-such-parent')")
    assert db.scalar("SELECT count(*) FROM child") == 0
    with db.transaction():
        db.execute("INSERT INTO note VALUES ('after')")
    assert db.scalar("SELECT count(*) FROM note") == 2


# -- atomic writes -------------------------------------------------------------------------
def _leftovers(folder: Path, name: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != name)


def test_atomic_write_creates_a_private_file(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "slots.json"
    atomic_write(target, b"first")
    assert target.read_bytes() == b"first"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _leftovers(target.parent, target.name) == []


def test_atomic_write_replaces_the_file_rather_than_rewriting_it(tmp_path: Path) -> None:
    """A reader that opened the old file keeps reading the whole old file, never a mix."""
    target = tmp_path / "slots.json"
    atomic_write(target, b"old " * 1000)
    with target.open("rb") as reader:
        atomic_write(target, b"new " * 10)
        assert reader.read() == b"old " * 1000
    assert target.read_bytes() == b"new " * 10
    assert _leftovers(tmp_path, target.name) == []


def test_failed_fsync_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path,
                                                            monkeypatch) -> None:
    target = tmp_path / "slots.json"
    atomic_write(target, b"good")

    def broken_disk(fd: int) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(atomic.os, "fsync", broken_disk)
    with pytest.raises(OSError):
        atomic_write(target, b"half-written")
    assert target.read_bytes() == b"good"
    assert _leftovers(tmp_path, target.name) == []


def test_data_that_cannot_be_written_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "slots.json"
    atomic_write(target, b"good")
    with pytest.raises(TypeError):
        atomic_write(target, "text is not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"good"
    assert _leftovers(tmp_path, target.name) == []


def test_failed_rename_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "in-the-way"
    target.mkdir()
    (target / "keep").write_bytes(b"x")
    with pytest.raises(OSError):
        atomic_write(target, b"data")
    assert target.is_dir() and (target / "keep").read_bytes() == b"x"
    assert _leftovers(tmp_path, target.name) == []
