"""Schema versions: ordered upgrade steps, each in a transaction, with a backup copy first."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path

from victimcare.domain.errors import StoreError
from victimcare.store import person_blocks
from victimcare.store.db import Database
from victimcare.store.search import refresh_person


def _script(name: str) -> Callable[[Database], None]:
    def step(db: Database) -> None:
        sql = resources.files("victimcare.store").joinpath("sql", name).read_text("utf-8")
        for statement in _statements(sql):
            db.execute(statement)
    return step


def _statements(sql: str) -> list[str]:
    # executescript() would commit the open transaction; run statement by statement instead.
    lines = [ln for ln in sql.splitlines() if not ln.lstrip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def _rebuild_person_search(db: Database) -> None:
    # Version 3 keys each index row by its person's rowid (search.refresh_person).
    db.execute("DELETE FROM person_search")
    for (person_id,) in db.query("SELECT id FROM person WHERE deleted IS NULL"):
        refresh_person(db, person_id)


def _keyed(db: Database) -> list[str]:
    # People never looked at keep no keys, so the next scan finds them anyway.
    return [p for (p,) in db.query("SELECT DISTINCT person_id FROM person_block")]


def _rekey_people(db: Database) -> None:
    # Version 7: a name key ends with the year of birth instead of a 20-year period
    # (person_blocks.keys).
    person_blocks.refresh_many(db, _keyed(db))


def _rekey_names(db: Database) -> None:
    # Version 9: names.parse no longer reads "Muhammad Hassan" as one word. Whoever's keys
    # changed is scored again at the next import or scan, so pairs missed before are listed.
    person_blocks.mark_dirty(db, person_blocks.refresh_many(db, _keyed(db)))


def _add_traits(db: Database) -> None:
    # Version 10: a name key ends with the traits that rule a pair out (person_blocks.admits).
    # They only leave out pairs that could never be listed, so nobody needs scoring again.
    person_blocks.append_traits(db)


# Step N upgrades a database at version N-1 to version N. Never edit a released step.
STEPS: dict[int, Callable[[Database], None]] = {
    1: _script("v1.sql"),
    2: _script("v2.sql"),
    3: _rebuild_person_search,
    4: _script("v4.sql"),
    5: _script("v5.sql"),
    6: _script("v6.sql"),
    7: _rekey_people,
    8: _script("v8.sql"),
    9: _rekey_names,
    10: _add_traits,
}
CURRENT_VERSION = max(STEPS)


def schema_version(db: Database) -> int:
    return int(db.scalar("PRAGMA user_version"))


def backup_path(db_path: Path, version: int) -> Path:
    return db_path.with_name(f"{db_path.name}.v{version}.bak")


def migrate(db: Database) -> int:
    """Bring the database to CURRENT_VERSION; return the version it had before."""
    found = schema_version(db)
    if found > CURRENT_VERSION:
        raise StoreError("database_too_new", found=found, supported=CURRENT_VERSION)
    if found == CURRENT_VERSION:
        return found
    if found > 0:
        target = backup_path(db.path, found)
        if not target.exists():
            db.copy_to(target)
    for version in range(found + 1, CURRENT_VERSION + 1):
        try:
            with db.transaction():
                STEPS[version](db)
                db.execute(f"PRAGMA user_version = {version}")
        except StoreError:
            raise
        except Exception as e:
            # The step rolled back; the backup copy made above is untouched.
            raise StoreError("migration_failed", version=version) from e
    return found
