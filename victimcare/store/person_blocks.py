"""Blocking keys of people (CNIC, phone, name shapes): finding possible duplicates is a lookup."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from victimcare.domain import names
from victimcare.domain.sync_rules import chunks
from victimcare.store.db import Database
from victimcare.store.search import people_of

# A key shared by more people than this says nothing about any pair of them (a very common
# name with a very common father's name): it is skipped, so one lookup stays bounded.
BLOCK_LIMIT = 200
_CHUNK = 500  # ids per IN (...) list
_DIGITS = re.compile(r"\D")
# Exact identifiers: never skipped, however many people share them.
EXACT = ("c:", "i:", "p:")
# Every person has this key, so that a person never looked at is easy to find (unblocked);
# it is never looked up.
EVERYONE = "*"
# The year of birth of someone whose age nobody knows: compared with every year. It sorts
# after the four digits of a year, so a range of years leaves it out.
UNKNOWN = "?"
# Years of birth further apart than this never score as one person (dedupe.score: age_apart),
# so a name key is looked up only within this many years of the person's own.
YEARS_APART = 10
_RELATION = {"s_o": "s", "d_o": "d", "w_o": "w"}


def birth_year(row: Mapping[str, Any]) -> int | None:
    """From the date of birth, or from an estimated age and the day it was estimated."""
    dob = row.get("date_of_birth")
    if dob:
        return int(str(dob)[:4])
    age = row.get("age_estimate")
    if age is None:
        return None
    on = row.get("age_estimated_on") or row.get("created_at")
    return int(str(on)[:4]) - int(age) if on else None


def phone_key(value: str) -> str:
    """The last ten digits: +923001234567, 03001234567 and 0300-1234567 are one number."""
    return _DIGITS.sub("", value)[-10:]


def keys(row: Mapping[str, Any], phones: Iterable[str]) -> set[str]:
    """The blocking keys of one person. Two people who could score as duplicates share one:
    a CNIC, another ID or a phone; the first distinctive word of the name with that of the
    father's or husband's name, the sex and the year of birth; or that word with the exact
    date of birth. (Without a father's name, an identifier or a date of birth no pair reaches
    dedupe.THRESHOLD.) A name key ends with the traits that `admits` compares."""
    out = {EVERYONE}
    if row.get("cnic"):
        out.add("c:" + str(row["cnic"]))
    if row.get("other_id_number"):
        out.add("i:" + re.sub(r"[^0-9A-Z]", "", str(row["other_id_number"]).upper()))
    out.update("p:" + k for k in (phone_key(p) for p in phones) if len(k) >= 7)
    own = [names.parse(row.get("given_name"), row.get("family_name")),
           names.parse(row.get("name_ur"))]
    guardian = [names.parse(row.get("guardian_name")), names.parse(row.get("guardian_name_ur"))]
    # First words: a family name is often left out, a given name hardly ever.
    firsts = list(dict.fromkeys(t for n in own for t in n.lead_tokens))
    theirs = list(dict.fromkeys(n.block_tokens[0] for n in guardian if n.block_tokens))
    # Sex and the year of birth make a block of common names small; neither costs a pair
    # that could be listed (a man and a woman only through an identifier; the year follows
    # the names, so the people born within YEARS_APART of someone are one range of keys).
    sexes = {"male": ("m",), "female": ("f",)}.get(str(row.get("sex")), ("m", "f"))
    year = birth_year(row)
    born = _year(year) if year is not None else UNKNOWN
    traits = _traits(row)
    out.update(f"g:{m}/{g}/{s}/{born}/{traits}" for m in firsts for g in theirs for s in sexes)
    if row.get("date_of_birth"):
        out.update(f"d:{m}/{row['date_of_birth']}" for m in firsts)
    return out


def refresh(db: Database, person_id: str) -> None:
    """Recompute one person's keys; a deleted or merged person has none (never a candidate)."""
    refresh_many(db, [person_id])


def refresh_many(db: Database, person_ids: Iterable[str]) -> set[str]:
    """Recompute these people's keys, a few hundred per query (a bundle brings thousands);
    returns the people whose keys changed."""
    changed: set[str] = set()
    for part in chunks(sorted(set(person_ids)), _CHUNK):
        marks = ",".join("?" * len(part))
        rows = {r["id"]: r for r in db.query(
            f"SELECT * FROM person WHERE id IN ({marks}) AND deleted IS NULL"
            " AND merged_into IS NULL", part)}
        phones: dict[str, list[str]] = {}
        for person, value in db.execute(
                f"SELECT person, value FROM contact_point WHERE person IN ({marks})"
                " AND kind IN ('mobile', 'landline') AND deleted IS NULL", part):
            phones.setdefault(person, []).append(value)
        have: dict[str, set[str]] = {}
        for person, key in db.execute(
                f"SELECT person_id, key FROM person_block WHERE person_id IN ({marks})", part):
            have.setdefault(person, set()).add(key)
        gone: list[tuple[str, str]] = []
        new: list[tuple[str, str]] = []
        for pid in part:
            row = rows.get(pid)
            wanted = keys({k: row[k] for k in row.keys()},  # noqa: SIM118
                          phones.get(pid, ())) if row is not None else set()
            had = have.get(pid, set())
            gone += [(k, pid) for k in had - wanted]
            new += [(k, pid) for k in wanted - had]
            if had != wanted:
                changed.add(pid)
        db.executemany("DELETE FROM person_block WHERE key = ? AND person_id = ?", gone)
        db.executemany("INSERT INTO person_block (key, person_id) VALUES (?, ?)", new)
    return changed


def append_traits(db: Database) -> None:
    """Give name keys stored without traits (before schema version 10) the traits of their
    person: the keys `keys` makes now, without parsing anyone's names again. A key that has
    them (written by this version's code during an earlier step) ends in as many characters
    as the traits, where an old one ends in a year of four or in UNKNOWN."""
    size = len(_traits({}))
    rows = [(key, person, _traits({"cnic": cnic, "guardian_relation": relation,
                                   "date_of_birth": dob}))
            for key, person, cnic, relation, dob in db.execute(
                "SELECT b.key, b.person_id, p.cnic, p.guardian_relation, p.date_of_birth"
                " FROM person_block b JOIN person p ON p.id = b.person_id"
                " WHERE b.key >= 'g:' AND b.key < 'g;'")
            if len(key.rsplit("/", 1)[1]) != size]
    db.executemany("DELETE FROM person_block WHERE key = ? AND person_id = ?",
                   [(key, person) for key, person, _ in rows])
    db.executemany("INSERT OR IGNORE INTO person_block (key, person_id) VALUES (?, ?)",
                   [(f"{key}/{traits}", person) for key, person, traits in rows])


def mark_dirty(db: Database, person_ids: Iterable[str]) -> None:
    db.executemany("INSERT OR IGNORE INTO person_block_dirty (person_id) VALUES (?)",
                   [(p,) for p in person_ids])


def take_dirty(db: Database) -> list[str]:
    """People changed since the last look, in a stable order; the list is emptied."""
    ids = [p for (p,) in db.execute("SELECT person_id FROM person_block_dirty ORDER BY person_id")]
    db.execute("DELETE FROM person_block_dirty")
    return ids


def unblocked(db: Database) -> list[str]:
    """Live, unmerged people without keys yet (written before schema version 4)."""
    return [p for (p,) in db.execute(
        "SELECT id FROM person p WHERE deleted IS NULL AND merged_into IS NULL AND NOT EXISTS"
        " (SELECT 1 FROM person_block b WHERE b.person_id = p.id) ORDER BY id")]


def _traits(row: Mapping[str, Any]) -> str:
    # What decides, without reading the person, that a pair met only through a name key
    # cannot be listed (admits): a CNIC, the relation to the guardian, a date of birth.
    return ("c" if row.get("cnic") else "-") + \
        _RELATION.get(str(row.get("guardian_relation")), "-") + \
        ("b" if row.get("date_of_birth") else "-")


def admits(mine: str, theirs: str) -> bool:
    """Whether two people meeting through these name keys could score as one person. Such a
    pair shares no identifier, phone or date of birth (those have keys of their own), so any
    of these keeps it under dedupe.THRESHOLD, whatever the names: two CNICs, which then
    differ (-60); a daughter and a wife of one name (-30 on at most 83); dates of birth years
    apart (-20 on at most 75). tests/hub/test_names.py checks it against dedupe.score."""
    if not (mine.startswith("g:") and theirs.startswith("g:")):
        return True
    my_year, my_traits = mine.rsplit("/", 2)[1:]
    their_year, their_traits = theirs.rsplit("/", 2)[1:]
    if my_traits[0] == their_traits[0] == "c":
        return False
    if "-" not in (my_traits[1], their_traits[1]) and my_traits[1] != their_traits[1]:
        return False
    return not (my_traits[2] == their_traits[2] == "b"
                and abs(int(my_year) - int(their_year)) > 1)


def _year(year: int) -> str:
    # Four digits, so that keys sort by year (a year no one is born in is held to the range
    # that keeps the last year of its window four digits long).
    return f"{min(max(year, 0), 9999 - YEARS_APART - 1):04d}"


def probes(key: str) -> list[tuple[str, str | None]]:
    """What to look up for one of a person's keys: the key itself, or for a name key the
    people born within YEARS_APART and those of unknown age; (first, last) is the range of
    keys first <= key < last when last is not None."""
    if not key.startswith("g:"):
        return [(key, None)]
    prefix, born, _ = key.rsplit("/", 2)
    # "/" sorts right before "0": prefix/?/ up to prefix/?0 is every key of an unknown year.
    unknown = (f"{prefix}/{UNKNOWN}/", f"{prefix}/{UNKNOWN}0")
    if born == UNKNOWN:
        return [(prefix + "/", prefix + "0")]  # every year, and unknown
    year = int(born)
    return [(f"{prefix}/{max(year - YEARS_APART, 0):04d}",
             f"{prefix}/{year + YEARS_APART + 1:04d}"), unknown]


def keys_of(db: Database, person_ids: Sequence[str]) -> dict[str, list[str]]:
    """The stored keys of these people (at most a few hundred ids)."""
    out: dict[str, list[str]] = {p: [] for p in person_ids}
    marks = ",".join("?" * len(person_ids))
    for person, key in db.execute(f"SELECT person_id, key FROM person_block WHERE person_id"
                                  f" IN ({marks}) AND key != ?", [*person_ids, EVERYONE]):
        out[person].append(key)
    return out


def neighbours(db: Database, person_id: str, keys: Iterable[str] | None = None,
               blocks: dict[tuple[str, str | None], list[tuple[str, str]] | None] | None = None
               ) -> dict[str, set[str]]:
    """Other people sharing a key with this one who could score as the same person, with the
    keys they share. `keys`: the person's stored keys, if the caller read them; `blocks`
    remembers the members of each block looked up, for the next person (none were written
    between)."""
    out: dict[str, set[str]] = {}
    wanted: dict[tuple[str, str | None], str] = {}
    blocks = {} if blocks is None else blocks
    if keys is None:
        keys = keys_of(db, [person_id])[person_id]
    for key in keys:
        wanted.update(dict.fromkeys(probes(key), key))
    for probe, mine in wanted.items():
        if probe not in blocks:
            blocks[probe] = _members(db, *probe)
        members = blocks[probe]
        if members is None:
            continue
        for other, theirs in members:
            if other != person_id and admits(mine, theirs):
                out.setdefault(other, set()).add(probe[0])
    return out


def _members(db: Database, first: str, last: str | None) -> list[tuple[str, str]] | None:
    """The people of one block with their keys; None for a block too big to say anything."""
    if last is None:
        rows = db.execute("SELECT person_id, key FROM person_block WHERE key = ? LIMIT ?",
                          (first, BLOCK_LIMIT + 1))
    else:
        rows = db.execute("SELECT person_id, key FROM person_block WHERE key >= ? AND key < ?"
                          " LIMIT ?", (first, last, BLOCK_LIMIT + 1))
    members = [(p, k) for p, k in rows]
    if len(members) > BLOCK_LIMIT and not first.startswith(EXACT):
        return None
    return members


# -- write hooks (store/hooks.py): each gets the ids of the rows just written -----------------
def on_person(db: Database, table: str, row_ids: Sequence[str]) -> None:
    refresh_many(db, row_ids)
    mark_dirty(db, row_ids)


def on_contact(db: Database, table: str, row_ids: Sequence[str]) -> None:
    people = sorted(people_of(db, table, row_ids))
    refresh_many(db, people)
    mark_dirty(db, people)
