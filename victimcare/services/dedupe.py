"""Duplicate people: scored candidate pairs, listed with reasons; a coordinator merges, undoes a
merge or marks a pair distinct (SYNC.md: never merged automatically)."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz.distance import Indel

from victimcare.domain import names, sync_rules
from victimcare.domain.errors import NotFound, ValidationError, WorkflowError
from victimcare.domain.ids import uuid7
from victimcare.domain.model import ENTITIES
from victimcare.domain.permissions import Action
from victimcare.domain.validation import format_cnic
from victimcare.services.session import Session, Unit
from victimcare.store import person_blocks
from victimcare.store.db import Database

OPEN, MERGED, DISTINCT = "open", "merged", "distinct"
# Pairs scoring this much or more are listed. Tuned on tests/fixtures/name_variants.csv.
THRESHOLD = 60
NAME_WEIGHT, GUARDIAN_WEIGHT = 40, 30
# Links to a person that follow a merge (every synced person reference except the merge link).
PERSON_LINKS: tuple[tuple[str, str], ...] = tuple(
    (e.table, f.name) for e in ENTITIES for f in e.fields
    if f.ref == "person" and not e.append_only)
_MAX_CHAIN = 20
_PROFILE_CACHE = 100_000


# -- scoring (pure) -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Reason:
    """Why a pair scored as it did: a code the GUI words, and a number where one helps."""

    code: str
    value: int | None = None


@dataclass(frozen=True)
class Profile:
    """What scoring sees of one person."""

    id: str
    office: str
    own: tuple[names.Name, ...]          # Latin-script name, Urdu-script name
    guardian: tuple[names.Name, ...]
    relation: str | None                 # s_o, d_o, w_o
    sex: str | None
    dob: str | None
    year: int | None
    district: str | None
    cnic: str | None
    other_id: str | None
    phones: frozenset[str]


def profile(row: Mapping[str, Any], phones: Iterable[str] = ()) -> Profile:
    other = row.get("other_id_number")
    return Profile(
        str(row.get("id") or ""), str(row.get("office") or ""),
        tuple(n for n in (names.parse(row.get("given_name"), row.get("family_name")),
                          names.parse(row.get("name_ur"))) if n),
        tuple(n for n in (names.parse(row.get("guardian_name")),
                          names.parse(row.get("guardian_name_ur"))) if n),
        row.get("guardian_relation"), row.get("sex"), row.get("date_of_birth"),
        person_blocks.birth_year(row),
        row.get("district"), row.get("cnic"),
        "".join(ch for ch in str(other).upper() if ch.isalnum()) if other else None,
        frozenset(k for k in (person_blocks.phone_key(p) for p in phones) if len(k) >= 7))


def _ratio(a: str, b: str) -> float:
    return float(Indel.normalized_similarity(a, b))


@functools.lru_cache(maxsize=1 << 17)
def token_similarity(x: str, y: str, loose: bool) -> float:
    """Two name words: a spelling variant keeps the consonants (Tahir/Taher), another name
    changes them (Nasir/Nazir); two different names both known to the table stay apart
    (Hassan/Hussain). `loose`: one side came from Urdu script, which has no short vowels."""
    if x == y:
        return 1.0
    # A shared Abdul- or -ullah says nothing: Abdul Ghafoor and Abdul Ghaffar are brothers.
    if x.startswith("abdul") and y.startswith("abdul"):
        return token_similarity(x[5:], y[5:], loose)
    if x.endswith("ula") and y.endswith("ula"):
        return token_similarity(x[:-3], y[:-3], loose)
    if names.known(x) and names.known(y):
        return min(0.6, _ratio(x, y))
    sx, sy = names.skeleton(x), names.skeleton(y)
    if loose:
        return 0.97 if sx == sy else 0.9 * _ratio(sx, sy)
    if sx == sy:
        return max(0.95, _ratio(x, y))
    return 0.5 * _ratio(x, y) + 0.5 * _ratio(sx, sy)




def name_similarity(xs: Sequence[names.Name], ys: Sequence[names.Name]) -> float:
    """0..1: the best match between any written form of one name and any of the other; each
    distinctive word of the shorter name matched to its best partner, a missing word costs."""
    best = 0.0
    for x in xs:
        for y in ys:
            loose = x.urdu or y.urdu
            # The distinctive words, unless one name has none (Ali Butt and Ali: all words).
            a, b = (x.rare, y.rare) if x.rare and y.rare else (x.core, y.core)
            if len(a) > len(b):
                a, b = b, a
            if not a:
                continue
            left = list(b)
            total = 0.0
            for word in a:
                scores = [token_similarity(word, other, loose) for other in left]
                i = max(range(len(scores)), key=scores.__getitem__)
                total += scores[i]
                left.pop(i)
            # A word one record leaves out (often the family or caste name) costs a little.
            best = max(best, total / len(a) * 0.9 ** len(left))
    return best


def _points(similarity: float, weight: int) -> int:
    # Below 0.7 two names are different names (Tahir/Tariq), not two spellings of one.
    return round(weight * min(1.0, max(0.0, (similarity - 0.7) / 0.3)))


# Strongest first: what speaks for the pair, then what speaks against it.
_REASON_ORDER = {code: i for i, code in enumerate((
    "same_cnic", "same_id", "same_phone", "similar_name", "similar_guardian", "same_dob",
    "age_close", "same_district", "different_cnic", "different_sex", "different_relation",
    "different_guardian", "different_dob", "age_apart"))}


def score(a: Profile, b: Profile, floor: int = 0) -> tuple[int, tuple[Reason, ...]]:
    """0..100 and the reasons, strongest first. A pair that cannot reach `floor` is given up
    as soon as that is certain (names are the costly part): its score is then only known to
    be under `floor`."""
    total = 0
    reasons: list[Reason] = []

    def add(points: int, code: str, value: int | None = None) -> None:
        nonlocal total
        total += points
        reasons.append(Reason(code, value))

    if a.cnic and b.cnic:
        if a.cnic == b.cnic:
            add(45, "same_cnic")
        else:
            add(-60, "different_cnic")
    if a.other_id and a.other_id == b.other_id:
        add(35, "same_id")
    if a.phones & b.phones:
        add(10, "same_phone")  # a household often shares one phone
    if a.dob and b.dob:
        if a.dob == b.dob:
            add(15, "same_dob")
        elif abs(int(a.dob[:4]) - int(b.dob[:4])) > 1:
            add(-20, "different_dob")
    elif a.year is not None and b.year is not None:
        apart = abs(a.year - b.year)
        if apart <= 5:
            # Estimated ages are often a few years out: close counts only when very close.
            add(8 if apart <= 2 else 0, "age_close", apart)
        else:
            # Further apart than blocking looks (person_blocks.YEARS_APART): never listed.
            add(-5 if apart <= person_blocks.YEARS_APART else -20, "age_apart", apart)
    if a.district and a.district == b.district:
        add(5, "same_district")
    if {a.sex, b.sex} == {"male", "female"}:
        add(-50, "different_sex")
    guardians = bool(a.guardian and b.guardian)
    if total + NAME_WEIGHT + (GUARDIAN_WEIGHT if guardians else 0) >= floor:
        ns = name_similarity(a.own, b.own)
        if ns >= 0.6:
            add(_points(ns, NAME_WEIGHT), "similar_name", round(ns * 100))
        if guardians and total + GUARDIAN_WEIGHT >= floor:
            gs = name_similarity(a.guardian, b.guardian)
            if gs >= 0.6:
                add(_points(gs, GUARDIAN_WEIGHT), "similar_guardian", round(gs * 100))
                if a.relation and b.relation and a.relation != b.relation:
                    add(-30, "different_relation")  # wife of X and daughter of X: two women
            else:
                add(-20, "different_guardian")
    reasons.sort(key=lambda r: _REASON_ORDER[r.code])
    return max(0, min(100, total)), tuple(reasons)


# -- finding candidates ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ScanResult:
    scanned: int
    found: int          # new pairs listed
    open: int           # pairs waiting for a decision


def _chunks(ids: Sequence[str]) -> Iterable[tuple[str, list[str]]]:
    for part in sync_rules.chunks(list(ids), 500):
        yield ",".join("?" * len(part)), list(part)


_PROFILE_COLUMNS = ("id", "office", "created_at", "given_name", "family_name", "name_ur",
                    "guardian_name", "guardian_name_ur", "guardian_relation", "sex",
                    "date_of_birth", "age_estimate", "age_estimated_on", "district", "cnic",
                    "other_id_number")


def _profiles(db: Database, ids: Iterable[str]) -> dict[str, Profile]:
    """Live, unmerged people only: the others are never candidates."""
    rows: dict[str, dict[str, Any]] = {}
    phones: dict[str, list[str]] = {}
    for marks, part in _chunks(sorted(set(ids))):
        for r in db.execute(f"SELECT {', '.join(_PROFILE_COLUMNS)} FROM person WHERE id IN"
                            f" ({marks}) AND deleted IS NULL AND merged_into IS NULL", part):
            rows[r[0]] = dict(zip(_PROFILE_COLUMNS, r, strict=True))
        for person, value in db.execute(
                f"SELECT person, value FROM contact_point WHERE person IN ({marks})"
                " AND kind IN ('mobile', 'landline') AND deleted IS NULL", part):
            phones.setdefault(person, []).append(value)
    return {pid: profile(row, phones.get(pid, ())) for pid, row in rows.items()}


def _related(db: Database, a: str, b: str) -> bool:
    """Members of one case, or people with a recorded relationship, are two people."""
    return bool(db.scalar(
        "SELECT EXISTS (SELECT 1 FROM case_member m JOIN case_member n ON n.case_id = m.case_id"
        " WHERE m.person = ? AND n.person = ? AND m.deleted IS NULL AND n.deleted IS NULL)"
        " OR EXISTS (SELECT 1 FROM relationship WHERE deleted IS NULL AND"
        " ((person_a = ? AND person_b = ?) OR (person_a = ? AND person_b = ?)))",
        (a, b, a, b, b, a)))


def _score_people(db: Database, ids: Sequence[str], now: str,
                  progress: Callable[[int, int], None] | None = None, *,
                  refresh: bool = True) -> int:
    """Score each person against the people sharing a blocking key; returns new pairs.
    `refresh`: recompute their keys first (not needed when the write hooks just did)."""
    found = 0
    unique = list(dict.fromkeys(ids))
    # A common name's neighbours come up again in the next chunk: parse each person once.
    seen: dict[str, Profile] = {}
    for n, (_, part) in enumerate(_chunks(unique)):
        if progress is not None:
            progress(n * 500, len(unique))
        if refresh:
            person_blocks.refresh_many(db, part)
        pairs: set[tuple[str, str]] = set()
        blocks: dict[tuple[str, str | None], list[tuple[str, str]] | None] = {}  # names recur
        stored = person_blocks.keys_of(db, part)
        for pid in part:
            for other in person_blocks.neighbours(db, pid, stored[pid], blocks):
                pairs.add((min(pid, other), max(pid, other)))
        if not pairs:
            continue
        wanted = {p for pair in pairs for p in pair}
        if len(seen) > _PROFILE_CACHE:
            seen.clear()  # a scan of everyone: keep memory bounded
        # Scoring writes only candidate rows, never people: a profile read earlier holds.
        seen.update(_profiles(db, wanted - seen.keys()))
        people = {p: seen[p] for p in wanted if p in seen}
        known = _existing(db, part)
        for a, b in sorted(pairs):
            if a not in people or b not in people:
                continue
            status = known.get((a, b))
            if status is not None and status != OPEN:
                continue  # decided: merged or distinct pairs are never suggested again
            points, reasons = score(people[a], people[b], THRESHOLD)
            if points < THRESHOLD or _related(db, a, b):
                if status == OPEN:
                    db.execute("DELETE FROM duplicate_candidate WHERE person_a = ? AND"
                               " person_b = ? AND status = ?", (a, b, OPEN))
                continue
            text = json.dumps([[r.code, r.value] for r in reasons])
            if status == OPEN:
                db.execute("UPDATE duplicate_candidate SET score = ?, reasons = ?"
                           " WHERE person_a = ? AND person_b = ?", (points, text, a, b))
            else:
                db.execute("INSERT INTO duplicate_candidate (id, person_a, person_b, score,"
                           " reasons, status, detected_at) VALUES (?,?,?,?,?,?,?)",
                           (uuid7(), a, b, points, text, OPEN, now))
                found += 1
    return found


def _existing(db: Database, ids: Sequence[str]) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for marks, part in _chunks(ids):
        for a, b, status in db.execute(
                f"SELECT person_a, person_b, status FROM duplicate_candidate WHERE person_a IN"
                f" ({marks}) UNION ALL SELECT person_a, person_b, status FROM"
                f" duplicate_candidate WHERE person_b IN ({marks})", part + part):
            out[(a, b)] = status
    return out


def after_import(unit: Unit, new_people: Sequence[str]) -> int:
    """Called inside a bundle's transaction: score the people it brought or changed (and any
    changed here since the last look). The cost grows with them, not with the database."""
    ids = [*new_people, *person_blocks.take_dirty(unit.db)]
    # Every one of them was written through the hooks, which keep their keys current.
    found = _score_people(unit.db, ids, unit.now, refresh=False)
    if found:
        unit.audit("duplicate.scan", None, None, scanned=len(set(ids)), found=found)
    return found


def scan(session: Session, person_ids: Sequence[str] | None = None, *,
         everyone: bool = False,
         progress: Callable[[int, int], None] | None = None) -> ScanResult:
    """On demand: the given people; by default everyone changed since the last look and anyone
    never looked at (people from before schema version 4, so the first look after the upgrade
    reads everyone, with `progress`); `everyone` scores them all again."""
    with session.unit(Action.DUPLICATE_MERGE) as unit:
        db = unit.db
        if person_ids is not None:
            ids = list(person_ids)
        elif everyone:
            person_blocks.take_dirty(db)
            ids = [p for (p,) in db.execute("SELECT id FROM person WHERE deleted IS NULL AND"
                                            " merged_into IS NULL ORDER BY id")]
        else:
            ids = [*person_blocks.take_dirty(db), *person_blocks.unblocked(db)]
        found = _score_people(db, ids, unit.now, progress)
        unit.audit("duplicate.scan", None, None, scanned=len(set(ids)), found=found)
        waiting = int(db.scalar("SELECT count(*) FROM duplicate_candidate WHERE status = ?",
                                (OPEN,)))
    return ScanResult(len(set(ids)), found, waiting)


# -- listing ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class PersonView:
    """One side of a pair, as the Duplicates page compares them."""

    id: str
    office: str
    name: str
    name_ur: str
    guardian_relation: str | None
    guardian_name: str
    guardian_name_ur: str
    sex: str | None
    date_of_birth: str | None
    age_estimate: int | None
    birth_year: int | None
    cnic: str
    other_id: str
    phones: tuple[str, ...]
    district: str | None
    cases: tuple[tuple[str, str, str], ...]     # (case id, case number, status)
    merged_into: str | None
    deleted: bool


@dataclass(frozen=True)
class Candidate:
    id: str
    score: int
    reasons: tuple[Reason, ...]
    status: str
    a: PersonView
    b: PersonView
    detected_at: str | None
    decided_by: str | None           # full name
    decided_at: str | None
    winner: str | None


def _person_view(db: Database, person_id: str) -> PersonView:
    r = db.query_one("SELECT * FROM person WHERE id = ?", (person_id,))
    if r is None:
        return PersonView(person_id, "", "", "", None, "", "", None, None, None, None, "", "",
                          (), None, (), None, True)
    phones = tuple(v for (v,) in db.execute(
        "SELECT value FROM contact_point WHERE person = ? AND kind IN ('mobile', 'landline')"
        " AND deleted IS NULL ORDER BY created_at", (person_id,)))
    cases = tuple((c[0], c[1], c[2]) for c in db.execute(
        "SELECT c.id, c.case_number, c.status FROM case_member m JOIN vc_case c"
        " ON c.id = m.case_id WHERE m.person = ? AND m.deleted IS NULL AND c.deleted IS NULL"
        " ORDER BY c.case_number", (person_id,)))
    other = " ".join(x for x in (r["other_id_type"], r["other_id_number"]) if x)
    return PersonView(
        r["id"], r["office"], " ".join(x for x in (r["given_name"], r["family_name"]) if x),
        r["name_ur"] or "", r["guardian_relation"], r["guardian_name"] or "",
        r["guardian_name_ur"] or "", r["sex"], r["date_of_birth"], r["age_estimate"],
        person_blocks.birth_year({k: r[k] for k in r.keys()}),  # noqa: SIM118
        format_cnic(r["cnic"]) if r["cnic"] else "", other, phones, r["district"], cases,
        r["merged_into"], bool(r["deleted"]))


def _candidate(db: Database, row: Any) -> Candidate:
    decided_by = None
    if row["decided_by"]:
        decided_by = db.scalar("SELECT full_name FROM user_account WHERE id = ?",
                               (row["decided_by"],)) or row["decided_by"]
    return Candidate(row["id"], int(row["score"]),
                     tuple(Reason(c, v) for c, v in json.loads(row["reasons"])), row["status"],
                     _person_view(db, row["person_a"]), _person_view(db, row["person_b"]),
                     row["detected_at"], decided_by, row["decided_at"], row["winner"])


def list_candidates(session: Session, status: str = OPEN, limit: int = 500) -> list[Candidate]:
    """Open pairs best first; merged or distinct ones most recent first."""
    order = "score DESC, detected_at" if status == OPEN else "decided_at DESC"
    with session.reading(Action.DUPLICATE_MERGE) as unit:
        rows = unit.db.query(f"SELECT * FROM duplicate_candidate WHERE status = ?"
                             f" ORDER BY {order}, id LIMIT ?", (status, limit))
        return [_candidate(unit.db, r) for r in rows]


def count_open(session: Session) -> int:
    with session.reading(Action.DUPLICATE_MERGE) as unit:
        return int(unit.db.scalar("SELECT count(*) FROM duplicate_candidate WHERE status = ?",
                                  (OPEN,)))


def surviving(db: Database, person_id: str) -> str:
    """The person a merged person now stands for (following merges of merges)."""
    seen = {person_id}
    current = person_id
    for _ in range(_MAX_CHAIN):
        nxt = db.scalar("SELECT merged_into FROM person WHERE id = ?", (current,))
        if not nxt or nxt in seen:
            break
        seen.add(nxt)
        current = nxt
    return current


def absorbed(db: Database, person_id: str) -> list[str]:
    """People merged into this one (directly)."""
    return [p for (p,) in db.execute("SELECT id FROM person WHERE merged_into = ? ORDER BY id",
                                     (person_id,))]


# -- decisions ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Merged:
    winner: str
    loser: str
    moved: int          # links now pointing at the winner
    kept: int           # links left on the merged person (another office holds them)


def _row(db: Database, candidate_id: str) -> Any:
    row = db.query_one("SELECT * FROM duplicate_candidate WHERE id = ?", (candidate_id,))
    if row is None:
        raise NotFound(entity="duplicate_candidate")
    return row


def _live(db: Database, person_id: str) -> Any:
    row = db.query_one("SELECT * FROM person WHERE id = ?", (person_id,))
    if row is None or row["deleted"]:
        raise NotFound(entity="person")
    return row


def _transfers_touch(db: Database, people: Sequence[str]) -> bool:
    """Whether any case of these people was ever offered to another office."""
    if not db.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND"
                     " name = 'case_transfer'"):
        return False
    marks = ",".join("?" * len(people))
    return bool(db.scalar(
        "SELECT EXISTS (SELECT 1 FROM case_member m JOIN case_transfer t ON t.case_id ="
        f" m.case_id WHERE m.person IN ({marks}) AND t.deleted IS NULL)", list(people)))


def merge(session: Session, candidate_id: str, winner: str) -> Merged:
    """`winner` survives; the other person points to it (merged_into) and its cases, family
    links, referrals, consents and contacts follow, each a synced edit. A link is moved only
    where every office holding it also holds the winner (same office, no transfer): the
    others stay on the merged person, which names the winner, so nothing an office imports
    ever points at a person it cannot have."""
    with session.unit(Action.DUPLICATE_MERGE) as unit:
        db = unit.db
        row = _row(db, candidate_id)
        if row["status"] != OPEN:
            raise WorkflowError(current=row["status"], target=MERGED)
        if winner not in (row["person_a"], row["person_b"]):
            raise ValidationError.single("winner", "not_in_pair")
        loser = row["person_b"] if winner == row["person_a"] else row["person_a"]
        win, lose = _live(db, winner), _live(db, loser)
        if win["merged_into"] or lose["merged_into"]:
            raise WorkflowError(current=MERGED, target=MERGED)
        if _related(db, winner, loser):
            # Recorded since the pair was listed: one case or a family link makes them two.
            raise WorkflowError(current="related", target=MERGED)
        movable = not _transfers_touch(db, [winner, loser])
        moved: list[list[str]] = []
        kept = 0
        for table, field in PERSON_LINKS:
            for link in db.query(f"SELECT * FROM {table} WHERE {field} = ? AND deleted IS NULL"
                                 " ORDER BY id", (loser,)):
                other = {"person_a": "person_b", "person_b": "person_a"}.get(field)
                if other and link[other] == winner:
                    kept += 1  # a link between the two would become a link to oneself
                elif movable and link["office"] == win["office"]:
                    unit.records.update(table, link["id"], {field: winner})
                    moved.append([table, link["id"], field])
                else:
                    kept += 1
        unit.records.update("person", loser, {"merged_into": winner})
        person_blocks.refresh(db, loser)
        db.execute("UPDATE duplicate_candidate SET status = ?, winner = ?, moved = ?,"
                   " decided_by = ?, decided_at = ? WHERE id = ?",
                   (MERGED, winner, json.dumps(moved), session.user_id, unit.now,
                    candidate_id))
        # Other suggestions for the merged person are moot; the survivor is looked at again.
        db.execute("DELETE FROM duplicate_candidate WHERE status = ? AND (person_a = ? OR"
                   " person_b = ?)", (OPEN, loser, loser))
        _score_people(db, [winner], unit.now)
        unit.audit("duplicate.merge", "person", loser, winner=winner, candidate=candidate_id,
                   moved=len(moved), kept=kept)
    return Merged(winner, loser, len(moved), kept)


def unmerge(session: Session, candidate_id: str) -> Merged:
    """Undo a merge exactly: the links it moved go back (those still on the winner), the
    merged person stands on its own again, and the pair waits for a decision again."""
    with session.unit(Action.DUPLICATE_MERGE) as unit:
        db = unit.db
        row = _row(db, candidate_id)
        if row["status"] != MERGED:
            raise WorkflowError(current=row["status"], target=OPEN)
        winner = row["winner"]
        loser = row["person_b"] if winner == row["person_a"] else row["person_a"]
        if _live(db, winner)["merged_into"]:
            # The survivor was merged again since: that later merge is undone first.
            raise WorkflowError(current=MERGED, target="undo_later_merge_first")
        back = 0
        for table, row_id, field in json.loads(row["moved"] or "[]"):
            current = db.query_one(f"SELECT {field}, deleted FROM {table} WHERE id = ?",
                                   (row_id,))
            if current is not None and not current["deleted"] and current[field] == winner:
                unit.records.update(table, row_id, {field: loser})
                back += 1
        if _live(db, loser)["merged_into"] == winner:
            unit.records.update("person", loser, {"merged_into": None})
        person_blocks.refresh(db, loser)
        db.execute("UPDATE duplicate_candidate SET status = ?, winner = NULL, moved = NULL,"
                   " decided_by = ?, decided_at = ? WHERE id = ?",
                   (OPEN, session.user_id, unit.now, candidate_id))
        unit.audit("duplicate.unmerge", "person", loser, winner=winner, candidate=candidate_id,
                   moved_back=back)
    return Merged(winner, loser, back, 0)


def mark_distinct(session: Session, candidate_id: str) -> None:
    """Two different people: the pair is never suggested again."""
    with session.unit(Action.DUPLICATE_MERGE) as unit:
        row = _row(unit.db, candidate_id)
        if row["status"] != OPEN:
            raise WorkflowError(current=row["status"], target=DISTINCT)
        unit.db.execute("UPDATE duplicate_candidate SET status = ?, decided_by = ?,"
                        " decided_at = ? WHERE id = ?",
                        (DISTINCT, session.user_id, unit.now, candidate_id))
        unit.audit("duplicate.distinct", "person", row["person_a"], other=row["person_b"],
                   candidate=candidate_id)
