"""Person search over FTS5 trigrams: names in both scripts, father's name, CNIC, phone, case no."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from victimcare.domain.sync_rules import chunks
from victimcare.store.db import Database

MIN_TERM = 3  # a trigram index cannot match anything shorter
_CHUNK = 500  # ids per IN (...) list, well under SQLite's limit of bound parameters
# A typed CNIC or phone number standing as its own word: "35202-1234567-1", "0300 1234567".
_NUMBER_WORD = re.compile(r"(?<!\S)\+?\d[\d\- ]{5,}\d(?!\S)")


def _searchable_phone(value: str) -> str:
    # Stored as +923001234567; people type 03001234567 or 0300-1234567.
    digits = value.lstrip("+")
    return f"{value} 0{digits[2:]}" if digits.startswith("92") else value


def refresh_person(db: Database, person_id: str) -> None:
    """Rebuild the one index row of a person from the current data."""
    refresh_people(db, [person_id])


def refresh_people(db: Database, person_ids: Iterable[str]) -> None:
    """Rebuild the index rows of these people from the current data, a few hundred per query
    (a bundle brings thousands).

    An index row shares its person's rowid, so replacing it is a lookup, not a scan of the
    whole index (person_id is an unindexed column)."""
    for part in chunks(sorted(set(person_ids)), _CHUNK):
        marks = ",".join("?" * len(part))
        people = db.query(
            "SELECT id, rowid, office, given_name, family_name, name_ur, guardian_name,"
            f" guardian_name_ur, cnic, other_id_number, deleted FROM person WHERE id IN ({marks})",
            part)
        extra: dict[str, list[str]] = {}
        for person, value in db.execute(
                f"SELECT person, value FROM contact_point WHERE person IN ({marks})"
                " AND kind IN ('mobile', 'landline') AND deleted IS NULL", part):
            extra.setdefault(person, []).append(_searchable_phone(value))
        for person, number in db.execute(
                "SELECT m.person, c.case_number FROM case_member m JOIN vc_case c"
                f" ON c.id = m.case_id WHERE m.person IN ({marks}) AND m.deleted IS NULL"
                " AND c.deleted IS NULL", part):
            extra.setdefault(person, []).extend((number, number.replace("-", "")))
        db.executemany("DELETE FROM person_search WHERE rowid = ?", [(p["rowid"],) for p in people])
        db.executemany(
            "INSERT INTO person_search (rowid, person_id, office, names, guardian, identifiers)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(p["rowid"], p["id"], p["office"], _words(p, "given_name", "family_name", "name_ur"),
              _words(p, "guardian_name", "guardian_name_ur"),
              " ".join([*(p[k] for k in ("cnic", "other_id_number") if p[k]),
                        *extra.get(p["id"], ())]))
             for p in people if not p["deleted"]])


def _words(row: Any, *columns: str) -> str:
    return " ".join(row[k] for k in columns if row[k])


def people_of(db: Database, table: str, row_ids: Sequence[str], *, by: str = "id") -> set[str]:
    """The people that rows of a person's child table (contacts, case members) belong to;
    `by` names the column the ids are matched on (case_member's case_id, for a case)."""
    return db.column_in(f"SELECT person FROM {table} WHERE {by} IN ({{marks}})", row_ids)


# -- write hooks (store/hooks.py): each gets the ids of the rows just written -----------------
def on_person(db: Database, table: str, row_ids: Sequence[str]) -> None:
    refresh_people(db, row_ids)


def on_person_child(db: Database, table: str, row_ids: Sequence[str]) -> None:
    """contact_point and case_member rows: refresh the people they belong to."""
    refresh_people(db, people_of(db, table, row_ids))


def on_case(db: Database, table: str, row_ids: Sequence[str]) -> None:
    """A case's number is among its members' identifiers."""
    refresh_people(db, people_of(db, "case_member", row_ids, by="case_id"))


def terms(text: str) -> list[str]:
    """Split a query into index terms; a typed CNIC or phone number loses its dashes."""
    text = _NUMBER_WORD.sub(lambda m: m.group(0).replace("-", "").replace(" ", ""), text)
    return [t for t in re.split(r"\s+", text.strip()) if len(t) >= MIN_TERM]


@dataclass(frozen=True)
class Hit:
    person_id: str
    office: str
    rank: float


# Ranking scores every match before sorting. Past this many matches (a very common name, or
# the first letters typed) the newest people come first instead, so each keystroke stays fast.
RANKED_MATCHES = 1000
# Own names outrank a father's or husband's name, which outranks a number (columns: person_id,
# office, names, guardian, identifiers).
_WEIGHTS = "bm25(0, 0, 10, 3, 5)"


def search(db: Database, text: str, *, office: str | None = None, limit: int = 50) -> list[Hit]:
    """Best matches first; every term must occur (as a substring) somewhere in the person's row."""
    words = terms(text)
    if not words:
        return []
    if len(words) == 1:
        exact = _exact(db, words[0], office)
        if exact:
            return exact
    match = " AND ".join('"' + w.replace('"', '""') + '"' for w in words)
    common = len(db.query("SELECT rowid FROM person_search WHERE person_search MATCH ? LIMIT ?",
                          (match, RANKED_MATCHES + 1))) > RANKED_MATCHES
    if common:
        inner = ("SELECT person_id, office, 0.0 AS rank FROM person_search"
                 " WHERE person_search MATCH ? ORDER BY rowid DESC")
    else:
        inner = ("SELECT person_id, office, rank FROM person_search WHERE person_search MATCH ?"
                 f" AND rank MATCH '{_WEIGHTS}' ORDER BY rank")
    params: list[object] = [match]
    if office is None:
        sql = f"{inner} LIMIT ?"
    else:
        # office is not indexed in FTS5: filter the ordered matches, which stream in order.
        sql = f"SELECT * FROM ({inner}) WHERE office = ? LIMIT ?"
        params.append(office)
    params.append(limit)
    return [Hit(r[0], r[1], float(r[2])) for r in db.query(sql, params)]


_CASE_NUMBER = re.compile(r"^[A-Z]{2,3}(?:-[A-Z0-9]{2,6}){0,2}-\d{4}-\d{1,6}$")
_MOBILE = re.compile(r"^(?:\+92|0092|92|0)(3\d{9})$")


def _exact(db: Database, word: str, office: str | None) -> list[Hit]:
    """A whole CNIC, mobile number or case number is an index lookup: as trigrams, digits
    occur in most rows and would make the full-text search slow and unranked."""
    if word.isdigit() and len(word) == 13:
        sql = "SELECT p.id, p.office FROM person p WHERE p.cnic = ? AND p.deleted IS NULL"
        params: list[object] = [word]
    elif mobile := _MOBILE.match(word):
        sql = ("SELECT p.id, p.office FROM contact_point k JOIN person p ON p.id = k.person"
               " WHERE k.value = ? AND k.deleted IS NULL AND p.deleted IS NULL")
        params = ["+92" + mobile.group(1)]
    elif _CASE_NUMBER.match(word.upper()):
        sql = ("SELECT p.id, p.office FROM vc_case c JOIN case_member m ON m.case_id = c.id"
               " JOIN person p ON p.id = m.person WHERE c.case_number = ?"
               " AND m.deleted IS NULL AND p.deleted IS NULL")
        params = [word.upper()]
    else:
        return []
    if office is not None:
        sql += " AND p.office = ?"
        params.append(office)
    return [Hit(r[0], r[1], -1.0) for r in db.query(sql, params)]
