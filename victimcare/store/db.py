"""The encrypted database connection: the only module that imports sqlcipher3."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3

from victimcare.domain.errors import StoreError

Row = sqlcipher3.Row
IntegrityError = sqlcipher3.IntegrityError
DatabaseError = sqlcipher3.DatabaseError
OperationalError = sqlcipher3.OperationalError


def is_busy(error: BaseException) -> bool:
    """Another connection (the GUI beside a command, or a second window) held the write lock
    for longer than the connection waits."""
    return isinstance(error, OperationalError) and str(error).startswith(
        ("database is locked", "database table is locked"))


class Database:
    """One SQLCipher connection with explicit transactions (nested ones become savepoints)."""

    def __init__(self, conn: Any, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._depth = 0
        self._lock = threading.RLock()

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Any:
        return self._conn.executemany(sql, rows)

    def executescript(self, sql: str) -> None:
        self._conn.executescript(sql)

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        return list(self._conn.execute(sql, params).fetchall())

    def query_one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        return self._conn.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        row = self._conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def column_in(self, sql: str, ids: Iterable[Any], chunk: int = 500) -> set[Any]:
        """The values (not NULL) of the first column of `sql`, in which `{marks}` stands for
        the placeholders of `ids`, asked for a few hundred ids at a time (SQLite limits the
        number of parameters of one statement)."""
        unique = sorted(set(ids))
        out: set[Any] = set()
        for start in range(0, len(unique), chunk):
            part = unique[start:start + chunk]
            out.update(v for (v,) in self._conn.execute(
                sql.format(marks=",".join("?" * len(part))), part) if v is not None)
        return out

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """All or nothing: commit when the block ends normally, roll back on any exception."""
        with self._lock:
            outer = self._depth == 0
            name = f"sp{self._depth}"
            self._conn.execute("BEGIN IMMEDIATE" if outer else f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self
            except BaseException:
                self._depth -= 1
                if outer:
                    self._conn.execute("ROLLBACK")
                else:
                    self._conn.execute(f"ROLLBACK TO {name}")
                    self._conn.execute(f"RELEASE {name}")
                raise
            self._depth -= 1
            if not outer:
                self._conn.execute(f"RELEASE {name}")
                return
            try:
                self._conn.execute("COMMIT")
            except BaseException:
                # A deferred constraint can fail the COMMIT itself; without a rollback the
                # connection would stay inside the failed transaction for every later call.
                self._conn.execute("ROLLBACK")
                raise

    def rekey(self, new_key: bytes | bytearray) -> None:
        """Re-encrypt every page under a new database key (slow on big files: run off the UI)."""
        self._conn.execute(f"PRAGMA rekey = \"x'{_hex_key(new_key)}'\"")

    def copy_to(self, dest: Path) -> None:
        """Write a consistent, equally encrypted copy of the database to `dest` (must not exist)."""
        self._conn.execute("VACUUM INTO ?", (str(dest),))

    def close(self) -> None:
        with contextlib.suppress(Exception):
            # Keeps the planner's statistics current for the indexes of schema step 6.
            self._conn.execute("PRAGMA optimize")
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()


def _hex_key(key: bytes | bytearray) -> str:
    if len(key) != 32:
        raise ValueError("database keys are 32 bytes")
    return bytes(key).hex()


def open_database(path: Path, key: bytes | bytearray, *, create: bool = False) -> Database:
    """Open (or create) the file: key first, prove the key with a read, then WAL and FKs."""
    path = Path(path)
    if not create and not path.exists():
        raise StoreError("no_database", path=str(path))
    if create and path.exists():
        raise StoreError("database_exists", path=str(path))
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False,
                              timeout=10)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{_hex_key(key)}'\"")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            raise StoreError("wrong_key_or_corrupt", path=str(path)) from None
        conn.row_factory = sqlcipher3.Row
        # Plaintext must never leave memory through temp files (sorts, temp indexes).
        conn.execute("PRAGMA temp_store = MEMORY")
        # 64 MiB of decrypted pages: every page read from disk costs a decryption, and the
        # lists and searches of a busy office touch more than the default 8 MiB.
        conn.execute("PRAGMA cache_size = -65536")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return Database(conn, path)
