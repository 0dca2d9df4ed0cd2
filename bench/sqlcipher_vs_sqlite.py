"""The cost of encryption: one workload on SQLCipher (store.db) and on plain stdlib sqlite3.

A third side, the SQLCipher library opened without a key (an ordinary unencrypted file on the
same SQLite version), separates the cost of encryption from the difference between the two
SQLite versions (their query planners do not always choose the same plan).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3
from common import (
    BENCH_DIR,
    DISTRICTS,
    OFFICE,
    RISKS,
    STATUSES,
    People,
    Row,
    arguments,
    header,
    pick,
    schema_statements,
    summary,
    table,
)

from victimcare.services.cases import _LIST_SELECT, _SORTS
from victimcare.store import search
from victimcare.store.db import open_database

GOAL_RATIO = 1.25
SQLCIPHER, UNKEYED, SQLITE = "SQLCipher", "SQLCipher unkeyed", "stdlib SQLite"
BATCH = 1000
# SQLCipher is built with an 8 MB page cache (DEFAULT_CACHE_SIZE=-8000) and the store does not
# change it; stdlib SQLite defaults to 2 MB. Give both the same cache so only encryption differs.
CACHE_SIZE = -8000


class _Plain:
    """stdlib sqlite3 opened like store.db.open_database opens SQLCipher (minus the key)."""

    def __init__(self, path: Path, driver: Any) -> None:
        conn = driver.connect(str(path), isolation_level=None, check_same_thread=False,
                              timeout=10)
        conn.row_factory = driver.Row
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        self._conn = conn

    def execute(self, sql: str, params: Any = ()) -> Any:
        return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> Any:
        return self._conn.executemany(sql, rows)

    def query(self, sql: str, params: Any = ()) -> list[Any]:
        return self._conn.execute(sql, params).fetchall()

    def close(self) -> None:
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()


def _open(kind: str, path: Path) -> Any:
    if kind == SQLCIPHER:
        db: Any = open_database(path, os.urandom(32), create=True)
    else:
        db = _Plain(path, sqlcipher3 if kind == UNKEYED else sqlite3)
    db.execute(f"PRAGMA cache_size = {CACHE_SIZE}")
    return db


# -- the workload (generated once, identical for both sides) -------------------------------
def _versions(fields: list[str], device: str, millis: int) -> str:
    return json.dumps({f: f"{millis:013d}-00000-{device}" for f in fields})


def workload(persons: int) -> dict[str, Any]:
    rng = random.Random(3)
    people = People(5)
    device, now = str(uuid.UUID(int=rng.getrandbits(128))), "2025-06-01T10:00:00.000+00:00"
    ids = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(persons * 2 + 1100)]
    users = ids[:3]
    incidents = ids[3:1003]
    person_ids = ids[1100:1100 + persons]
    case_ids = ids[1100 + persons:1100 + 2 * persons]
    member_ids = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(2 * persons)]
    millis = 1_750_000_000_000
    w: dict[str, Any] = {"users": [], "incidents": [], "persons": [], "cases": [],
                         "members": [], "search": []}
    for i, u in enumerate(users):
        w["users"].append((u, OFFICE, now, None, _versions(["username"], device, millis),
                           f"user{i}", f"Officer {i}", '["caseworker"]', 1))
    for i, inc in enumerate(incidents):
        w["incidents"].append((inc, OFFICE, now, users[0],
                               _versions(["occurred_on", "district"], device, millis + i),
                               f"202{i % 5}-0{1 + i % 9}-1{i % 9}", pick(rng, DISTRICTS)))
    for i, pid in enumerate(person_ids):
        v, mobile = people.person()
        fields = [k for k, x in v.items() if x is not None]
        w["persons"].append((pid, OFFICE, now, users[0], _versions(fields, device, millis + i),
                             v["given_name"], v["family_name"], v["name_ur"],
                             v["guardian_name"], v["sex"], v.get("cnic"), v["district"],
                             v["age_estimate"]))
        w["search"].append((pid, OFFICE, " ".join([v["given_name"], v["family_name"],
                                                   v["name_ur"]]),
                            v["guardian_name"], " ".join(x for x in (v.get("cnic"), mobile)
                                                         if x)))
    for i, cid in enumerate(case_ids):
        risk = pick(rng, RISKS)
        opened = f"202{i % 5}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        w["cases"].append((cid, OFFICE, now, users[0],
                           _versions(["case_number", "status", "opened_on"], device, millis + i),
                           f"{OFFICE}-202{i % 5}-{i:06d}", incidents[i % len(incidents)],
                           person_ids[i], rng.choice(users), pick(rng, STATUSES), risk,
                           "restricted" if rng.random() < 0.03 else "normal", opened))
        for k, person in enumerate((person_ids[i], person_ids[(i + 1) % persons])):
            w["members"].append((member_ids[2 * i + k], OFFICE, now, users[0],
                                 _versions(["case_id", "person"], device, millis + i), cid,
                                 person, "indirect_family" if k else "direct_injured",
                                 0 if k else 1))
    w["opened"] = sorted({c[-1] for c in w["cases"]})
    w["names"] = [p[5] for p in w["persons"][:200]]
    return w


INSERTS = {
    "users": "INSERT INTO user_account (id, office, created_at, created_by, versions, username,"
             " full_name, roles, active) VALUES (?,?,?,?,?,?,?,?,?)",
    "incidents": "INSERT INTO incident (id, office, created_at, created_by, versions,"
                 " occurred_on, district) VALUES (?,?,?,?,?,?,?)",
    "persons": "INSERT INTO person (id, office, created_at, created_by, versions, given_name,"
               " family_name, name_ur, guardian_name, sex, cnic, district, age_estimate)"
               " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "cases": "INSERT INTO vc_case (id, office, created_at, created_by, versions, case_number,"
             " incident, principal_person, case_worker, status, risk_level, sensitivity,"
             " opened_on) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "members": "INSERT INTO case_member (id, office, created_at, created_by, versions, case_id,"
               " person, victim_category, principal) VALUES (?,?,?,?,?,?,?,?,?)",
    "search": "INSERT INTO person_search (person_id, office, names, guardian, identifiers)"
              " VALUES (?,?,?,?,?)",
}
# The case list's WHERE for a case worker of an office installation (services/scope.py).
_SCOPE = "c.deleted IS NULL AND c.office = ? AND (c.sensitivity = 'normal' OR c.case_worker = ?)"


def _insert(db: Any, sql: str, rows: list[tuple[Any, ...]]) -> None:
    for start in range(0, len(rows), BATCH):
        db.execute("BEGIN IMMEDIATE")
        db.executemany(sql, rows[start:start + BATCH])
        db.execute("COMMIT")


SHAPES = [(sort, status) for sort in ("opened_on", "case_number", "name", "risk_level")
          for status in (None, "open")]


def _page_sql(sort: str, status: str | None) -> str:
    where = _SCOPE + (" AND c.status = ?" if status else "")
    return (f"{_LIST_SELECT} WHERE {where} ORDER BY {_SORTS[sort]} DESC, c.case_number DESC"
            " LIMIT ? OFFSET ?")


def _plan(db: Any, sql: str, params: list[Any]) -> str:
    steps = [tuple(r)[3] for r in db.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()]
    # Newer SQLite says "LAST TERM" where older says "RIGHT PART": the same partial sort.
    return " / ".join(s.replace("LAST TERM OF", "RIGHT PART OF") for s in steps
                      if not s.startswith(("SEARCH i ", "SEARCH u ")))


def run(kind: str, path: Path, w: dict[str, Any], fts: bool) -> tuple[dict[str, float],
                                                                    dict[str, str]]:
    """Seconds per phase for one side on a fresh file, and its case-list query plans."""
    out: dict[str, float] = {}
    db = _open(kind, path)
    rng = random.Random(9)

    def phase(name: str, fn: Callable[[], Any]) -> None:
        start = time.perf_counter()
        fn()
        out[name] = time.perf_counter() - start

    def schema() -> None:
        db.execute("BEGIN IMMEDIATE")
        for statement in schema_statements():
            db.execute(statement)
        db.execute("COMMIT")

    phase("schema", schema)
    _insert(db, INSERTS["users"], w["users"])
    _insert(db, INSERTS["incidents"], w["incidents"])
    phase("insert persons + cases + members",
          lambda: [_insert(db, INSERTS[t], w[t]) for t in ("persons", "cases", "members")])
    person_ids = [p[0] for p in w["persons"]]
    case_ids = [c[0] for c in w["cases"]]
    user = w["users"][1][0]
    point = [("person", rng.choice(person_ids)) if i % 2 else ("vc_case", rng.choice(case_ids))
             for i in range(2000)]
    phase("2,000 point queries by id",
          lambda: [db.execute(f"SELECT * FROM {t} WHERE id = ?", (i,)).fetchone()
                   for t, i in point])
    days = w["opened"]
    ranges = [(days[j], days[min(len(days) - 1, j + 1)])
              for j in (rng.randrange(len(days)) for _ in range(200))]
    phase("200 range queries (opened_on)",
          lambda: [db.execute("SELECT id, case_number, status, opened_on FROM vc_case"
                              " WHERE opened_on BETWEEN ? AND ? ORDER BY opened_on",
                              r).fetchall() for r in ranges])
    pages = []
    for i in range(200):
        sort, status = SHAPES[i % len(SHAPES)]
        pages.append((_page_sql(sort, status),
                       [OFFICE, user, *([status] if status else []), 100, (i % 3) * 100]))
    phase("200 case-list pages (joins, ORDER BY, LIMIT 100)",
          lambda: [db.execute(sql, p).fetchall() for sql, p in pages])
    plans = {f"{sort}{', status=open' if status else ''}": _plan(
        db, _page_sql(sort, status), [OFFICE, user, *([status] if status else []), 100, 0])
        for sort, status in SHAPES}
    if fts:
        phase("FTS5 trigram insert (person_search)",
              lambda: _insert(db, INSERTS["search"], w["search"]))
        names = w["names"]
        phase("200 FTS5 searches (store.search.search)",
              lambda: [search.search(db, n[:5], office=OFFICE) for n in names])
    db.close()
    return out, plans


def main() -> int:
    args = arguments(__doc__ or "", rounds=True)
    header("SQLCipher vs plain SQLite, same workload", args.quick)
    persons = 5000 if args.quick else 20_000
    fts = _has_trigram()
    print(f"# {persons:,} persons + {persons:,} cases + {2 * persons:,} case members,"
          f" transactions of {BATCH:,}; {args.rounds} round(s), median per phase;"
          f" cache_size {CACHE_SIZE} on every side; FTS5 trigram in stdlib sqlite3:"
          f" {'yes' if fts else 'no (FTS skipped)'}")
    w = workload(persons)
    work = BENCH_DIR / "compare"
    sides = (SQLCIPHER, UNKEYED, SQLITE)
    results: dict[str, list[dict[str, float]]] = {k: [] for k in sides}
    plans: dict[str, dict[str, str]] = {}
    for r in range(args.rounds):
        for kind in (sides if r % 2 == 0 else sides[::-1]):
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir(parents=True)
            times, plans[kind] = run(kind, work / "bench.db", w, fts)
            results[kind].append(times)
            print(f"  round {r + 1}: {kind} done", file=sys.stderr, flush=True)
    shutil.rmtree(work, ignore_errors=True)
    rows: list[Row] = []
    totals = dict.fromkeys(sides, 0.0)
    for name in results[SQLCIPHER][0]:
        t = {k: statistics.median(x[name] for x in results[k]) for k in sides}
        for k in sides:
            totals[k] += t[k]
        rows.append(_row(name, t, goal=name != "schema"))
    rows.append(_row("whole workload", totals))
    print(f"\nmeasured: seconds on {SQLCIPHER} / {UNKEYED} / {SQLITE};"
          f" ratio {SQLCIPHER} ÷ {SQLITE} (the goal), and in brackets ÷ {UNKEYED}"
          " (encryption alone)")
    table(rows)
    differ = [(shape, plans[SQLCIPHER][shape], plans[SQLITE][shape])
              for shape in plans[SQLCIPHER] if plans[SQLCIPHER][shape] != plans[SQLITE][shape]]
    if differ:
        print(f"\n## case-list plans that differ between SQLite {sqlcipher3.sqlite_version}"
              f" (SQLCipher) and {sqlite3.sqlite_version} (stdlib)")
        for shape, mine, theirs in differ:
            print(f"- sort {shape}:\n    SQLCipher: {mine}\n    stdlib:    {theirs}")
    return summary(rows)


def _row(name: str, t: dict[str, float], goal: bool = True) -> Row:
    ratio, alone = t[SQLCIPHER] / t[SQLITE], t[SQLCIPHER] / t[UNKEYED]
    return Row(name, f"{t[SQLCIPHER]:.3f} / {t[UNKEYED]:.3f} / {t[SQLITE]:.3f} s:"
               f" {ratio:.2f}× ({alone:.2f}×)", f"≤ {GOAL_RATIO}×" if goal else "",
               ratio <= GOAL_RATIO if goal else None)


def _has_trigram() -> bool:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(a, tokenize = 'trigram')")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()


if __name__ == "__main__":
    raise SystemExit(main())
