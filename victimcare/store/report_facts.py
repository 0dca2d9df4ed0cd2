"""Dashboard facts: narrow rows per case, victim, need, referral and deadline, kept by hooks.

Counting 100,000 cases straight from the case tables joins five of them and sorts the result
(seconds); counting these rows is one pass over one index each (tens of milliseconds). The
write hooks only note which cases changed (cheap, so a bundle of 10,000 cases imports at the
same speed); `refresh_dirty`, run before every dashboard, brings their facts up to date.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from victimcare.domain.referral_flow import AWAITING_RESPONSE
from victimcare.domain.sync_rules import chunks
from victimcare.store.db import Database

_CHUNK = 500  # case ids per IN (...) list
TABLES = ("report_case", "report_victim", "report_need", "report_referral", "report_due")
# The columns every fact copies from its case (named as in vc_case: services/scope.py).
_CASE = "f.id, f.office, f.status, f.deleted, f.sensitivity, f.case_worker"
_WHEN_WHERE = "f.day, f.opened_on, f.district"
_ANSWERS = ("acknowledged", "accepted", "declined")


def _quoted(codes: Iterable[str]) -> str:
    return ", ".join(f"'{c}'" for c in sorted(codes))


def _years(start: str, end: str) -> str:
    """SQL: whole years from date `start` to date `end` (statistics.whole_years)."""
    return (f"(CAST(substr({end}, 1, 4) AS INTEGER) - CAST(substr({start}, 1, 4) AS INTEGER)"
            f" - (substr({end}, 6, 5) < substr({start}, 6, 5)))")


_ESTIMATED = "COALESCE(p.age_estimated_on, f.day)"
# statistics.age_on: from the date of birth, else the estimate moved by the whole years
# between the day it was made and the day ages are counted on.
AGE_SQL = (f"(CASE WHEN p.date_of_birth IS NOT NULL THEN {_years('p.date_of_birth', 'f.day')}"
           " WHEN p.age_estimate IS NOT NULL THEN p.age_estimate"
           f" + (CASE WHEN f.day >= {_ESTIMATED} THEN {_years(_ESTIMATED, 'f.day')}"
           f" ELSE -{_years('f.day', _ESTIMATED)} END) END)")


def _first_event(statuses: str) -> str:
    return ("(SELECT min(e.at) FROM referral_event e WHERE e.referral = r.id"
            f" AND e.to_status IN ({statuses}) AND e.deleted IS NULL)")


_SCOPE = ("id", "office", "status", "deleted", "sensitivity", "case_worker")
_PERIOD = ("day", "opened_on", "district")
# The columns of each table, and the query that gives its rows for the cases IN ({marks})
# (report_case first: the others read their case's columns from it).
_COLUMNS = {
    "report_case": (*_SCOPE, *_PERIOD, "attack"),
    "report_victim": (*_SCOPE, *_PERIOD, "attack", "sex", "age", "category"),
    "report_need": (*_SCOPE, *_PERIOD, "domain", "need_status"),
    "report_referral": (*_SCOPE, *_PERIOD, "service", "referral_status", "urgency", "days"),
    "report_due": (*_SCOPE, "district", "kind", "due_on"),
}
_WANTED = {
    "report_case": (
        "SELECT c.id, c.office, c.status, c.deleted, c.sensitivity, c.case_worker,"
        " COALESCE(i.occurred_on, c.opened_on), c.opened_on, i.district,"
        " COALESCE(json_extract(i.attack_types, '$[0]'), 'unknown')"
        " FROM vc_case c LEFT JOIN incident i ON i.id = c.incident AND i.deleted IS NULL"
        " WHERE c.id IN ({marks})"),
    "report_victim": (
        f"SELECT {_CASE}, {_WHEN_WHERE}, f.attack, COALESCE(p.sex, 'not_stated'), {AGE_SQL},"
        " m.victim_category FROM report_case f"
        " JOIN case_member m ON m.case_id = f.id AND m.deleted IS NULL"
        " JOIN person p ON p.id = m.person WHERE f.id IN ({marks})"),
    "report_need": (
        f"SELECT {_CASE}, {_WHEN_WHERE}, n.domain, n.status FROM report_case f"
        " JOIN need_item n ON n.case_id = f.id AND n.deleted IS NULL WHERE f.id IN ({marks})"),
    "report_referral": (
        f"SELECT {_CASE}, {_WHEN_WHERE}, r.service, r.status, r.urgency,"
        f" CAST(julianday({_first_event(_quoted(_ANSWERS))})"
        f" - julianday({_first_event(_quoted(['sent']))}) AS INTEGER)"
        " FROM report_case f JOIN referral r ON r.case_id = f.id AND r.deleted IS NULL"
        " WHERE f.id IN ({marks})"),
    "report_due": (
        f"SELECT {_CASE}, f.district, 'follow_ups', x.due_on FROM report_case f"
        " JOIN follow_up x ON x.case_id = f.id AND x.deleted IS NULL"
        " AND COALESCE(x.done, 0) = 0 AND x.due_on IS NOT NULL WHERE f.id IN ({marks})"
        f" UNION ALL SELECT {_CASE}, f.district, 'referrals', x.respond_by FROM report_case f"
        " JOIN referral x ON x.case_id = f.id AND x.deleted IS NULL"
        f" AND x.status IN ({_quoted(AWAITING_RESPONSE)}) AND x.respond_by IS NOT NULL"
        " WHERE f.id IN ({marks})"),
}


def refresh(db: Database, case_ids: Iterable[str]) -> None:
    """Bring the facts of these cases in line with the current data (a case that no longer
    exists loses them)."""
    for part in chunks(sorted(set(case_ids)), _CHUNK):
        marks = ",".join("?" * len(part))
        for table in TABLES:
            _rewrite(db, table, part, marks)


def _rewrite(db: Database, table: str, part: Sequence[str], marks: str) -> None:
    """Delete only the rows that are no longer true and insert only the missing ones: most
    writes (a name, a note, a phone number) leave a case's facts as they were, and every row
    rewritten dirties a page of each of the table's indexes."""
    query, columns = _WANTED[table], ", ".join(_COLUMNS[table])
    params = list(part) * query.count("{marks}")
    stored = db.query(f"SELECT rowid, {columns} FROM {table} WHERE id IN ({marks})", part)
    if not stored:  # new cases, or every case after the upgrade: no comparing needed
        db.execute(f"INSERT INTO {table} ({columns}) {query.format(marks=marks)}", params)
        return
    wanted = Counter(tuple(r) for r in db.execute(query.format(marks=marks), params))
    gone = []
    for rowid, *row in stored:
        if wanted[tuple(row)] > 0:
            wanted[tuple(row)] -= 1
        else:
            gone.append((rowid,))
    db.executemany(f"DELETE FROM {table} WHERE rowid = ?", gone)
    db.executemany(f"INSERT INTO {table} ({columns})"
                   f" VALUES ({', '.join('?' * len(_COLUMNS[table]))})", wanted.elements())


def refresh_dirty(db: Database, limit: int | None = None) -> int:
    """Bring the facts of the cases written since up to date, all of them or the first
    `limit` (call inside a transaction); the number of cases rewritten."""
    ids = [c for (c,) in db.execute("SELECT case_id FROM report_dirty LIMIT ?",
                                    (-1 if limit is None else limit,))]
    if ids:
        refresh(db, ids)
        if limit is None:
            db.execute("DELETE FROM report_dirty")
        else:
            db.executemany("DELETE FROM report_dirty WHERE case_id = ?", [(c,) for c in ids])
    return len(ids)


def stale(db: Database) -> bool:
    return db.query_one("SELECT 1 FROM report_dirty LIMIT 1") is not None


def mark(db: Database, case_ids: Iterable[str]) -> None:
    db.executemany("INSERT OR IGNORE INTO report_dirty (case_id) VALUES (?)",
                   [(c,) for c in case_ids if c])


# -- write hooks (store/hooks.py): each gets the ids of the rows just written -----------------
def on_case(db: Database, table: str, row_ids: Sequence[str]) -> None:
    mark(db, row_ids)


def on_case_child(db: Database, table: str, row_ids: Sequence[str]) -> None:
    """A member, need, referral or follow-up: its case."""
    mark(db, db.column_in(f"SELECT case_id FROM {table} WHERE id IN ({{marks}})", row_ids))


def on_incident(db: Database, table: str, row_ids: Sequence[str]) -> None:
    mark(db, db.column_in("SELECT id FROM vc_case WHERE incident IN ({marks})", row_ids))


def on_person(db: Database, table: str, row_ids: Sequence[str]) -> None:
    """Sex and age are counted in every case the person is a member of."""
    mark(db, db.column_in("SELECT case_id FROM case_member WHERE person IN ({marks})", row_ids))


def on_referral_event(db: Database, table: str, row_ids: Sequence[str]) -> None:
    """An answer changes the days the provider took."""
    mark(db, db.column_in("SELECT r.case_id FROM referral_event e JOIN referral r"
                          " ON r.id = e.referral WHERE e.id IN ({marks})", row_ids))
