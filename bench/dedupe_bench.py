"""Duplicate scoring when a bundle brings 1,000 new persons into a hub of 10,000 and 100,000.

Two hubs of 100,000 are compared with the hub of 10,000. In the first, as in life, a new
person's look-alikes (same name and father's name, born within ten years) grow with the hub,
and each of them has to be scored. The second holds the 10,000 people of the small hub and
90,000 from a region whose names none of the new people share: the same new people meet the
same look-alikes, so it measures what the hub's size alone costs (the issue's "flat")."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from common import (
    BENCH_DIR,
    LONG_TAIL_DISTRICTS,
    Row,
    arguments,
    header,
    long_tail_person,
    summary,
    table,
    timed,
)

from victimcare.domain.enums import InstallationKind
from victimcare.domain.permissions import Action
from victimcare.services import accounts, dedupe
from victimcare.services.installation import create_installation, sign_in
from victimcare.services.session import Session
from victimcare.store import person_blocks
from victimcare.store.keyslots import STANDARD_KDF

GOAL_SECONDS = 5.0
GOAL_RATIO = 1.5           # "flat": 100k hub at most this much slower than a 10k hub
NEW = 1000
DUPLICATE_SHARE = 0.1      # of the new persons, this many are someone the hub already holds
PASSWORD = "a-good-bench-password-1"
GENERATOR = 3
BASE = 10_000              # the people the small hub and the controlled big hub share
REPEATS = 3                # scoring is timed this many times; the median is reported
# A prefix no name of the long tail starts with: another region's names, shaped the same.
ELSEWHERE = "Xh"
ROOT = Path(__file__).resolve().parents[1]
# The blocking keys stored in a cached hub come from these files: a change rebuilds the hub.
KEY_SOURCES = ("victimcare/store/person_blocks.py", "victimcare/domain/names.py",
               "resources/reference/name_variants.json")


def variant(rng: random.Random, values: dict[str, Any]) -> dict[str, Any]:
    """The same person typed in at another office: spelling, a dropped word, an age guess."""
    out = dict(values)
    swaps = (("Muhammad ", "Mohd "), ("ee", "i"), ("oo", "u"), ("Hussain", "Husain"),
             ("Ahmad", "Ahmed"), ("ullah", " Ullah"), ("Rehman", "Rahman"))
    for key in ("given_name", "guardian_name"):
        text = out[key] or ""
        for a, b in rng.sample(swaps, 3):
            text = text.replace(a, b)
        out[key] = text
    if rng.random() < 0.5:
        out["family_name"] = None
    out["age_estimate"] = max(0, out["age_estimate"] + rng.randint(-3, 3))
    if rng.random() < 0.5:
        out.pop("cnic", None)
    return out


def _fingerprint() -> str:
    digest = hashlib.sha256(str(GENERATOR).encode())
    for name in KEY_SOURCES:
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def elsewhere(values: dict[str, Any]) -> dict[str, Any]:
    """A person from a region with names of its own: every word of the names (but the
    optional "Muhammad") gets a prefix, so no new person shares a name key with them."""
    out = dict(values)
    for key in ("given_name", "family_name", "guardian_name"):
        if out.get(key):
            out[key] = " ".join(w if w == "Muhammad" else ELSEWHERE + w.lower()
                                for w in out[key].split())
    return out


def _hub(size: int, rebuild: bool, apart: bool = False) -> Path:
    """A hub of `size` people of the long tail; `apart`: its first BASE people are those of
    the hub of BASE, the rest from elsewhere."""
    home = BENCH_DIR / f"dedupe-hub-{size}{'-apart' if apart else ''}"
    meta = home / "bench.json"
    if not rebuild and meta.exists() and json.loads(meta.read_text()).get("built_from") == \
            _fingerprint():
        return home / "data"
    if home.exists():
        shutil.rmtree(home)
    home.mkdir(parents=True)
    print(f"building a hub of {size:,} persons in {home} (cached for later runs) ...",
          flush=True)
    create_installation(home / "data", office_code="PK-HUB", admin_username="admin",
                        admin_password=PASSWORD, kind=InstallationKind.HUB, kdf=STANDARD_KDF)
    admin = sign_in(home / "data", "admin", PASSWORD)
    accounts.create_user(admin, "coord", "Hub Coordinator", ["coordinator"], password=PASSWORD)
    admin.close()
    session = sign_in(home / "data", "coord", PASSWORD)
    rng = random.Random(BASE if apart else size)
    start = time.perf_counter()
    with session.unit(None) as unit:
        for i in range(size):
            if apart and i == BASE:
                rng = random.Random(size)
            values, mobile = long_tail_person(rng)
            if apart and i >= BASE:
                values = elsewhere(values)
            pid = unit.records.insert("person", values, office=rng.choice(LONG_TAIL_DISTRICTS))
            if mobile:
                unit.records.insert("contact_point", {"person": pid, "kind": "mobile",
                                                      "value": mobile})
            person_blocks.refresh(unit.db, pid)
            if (i + 1) % 20_000 == 0:
                print(f"  {i + 1:,} persons, {(i + 1) / (time.perf_counter() - start):,.0f}/s",
                      flush=True)
        person_blocks.take_dirty(unit.db)
    session.close()
    meta.write_text(json.dumps({"built_from": _fingerprint(), "persons": size}))
    return home / "data"


class _Rollback(Exception):
    pass


@dataclass(frozen=True)
class Scored:
    write_s: float
    score_s: float      # median of REPEATS
    found: int          # pairs listed
    near: float         # people sharing a key, per new person (100 of them asked)
    planted: int        # planted duplicates listed


def import_new(session: Session, seed: int, pool: int | None = None) -> Scored:
    """1,000 new persons written as a bundle would, then scored REPEATS times, all rolled
    back. The planted duplicates are variants of people among the hub's first `pool`."""
    rng = random.Random(seed)
    everyone = [i for (i,) in session.db.query(
        "SELECT id FROM person ORDER BY rowid LIMIT ?", (pool or -1,))]
    known = [dict(session.db.query_one("SELECT * FROM person WHERE id = ?", (i,)))
             for i in rng.sample(everyone, int(NEW * DUPLICATE_SHARE))]
    out: list[Scored] = []
    try:
        with session.unit(Action.DUPLICATE_MERGE) as unit:
            def write() -> list[str]:
                ids = []
                for i in range(NEW):
                    if i < len(known):
                        values = variant(rng, {k: known[i][k] for k in (
                            "given_name", "family_name", "guardian_name", "guardian_relation",
                            "sex", "age_estimate", "age_estimated_on", "district", "cnic")})
                        values = {k: v for k, v in values.items() if v is not None}
                    else:
                        values, _ = long_tail_person(rng)
                    ids.append(unit.records.insert("person", values))
                return ids

            write_s, ids = timed(write)
            runs = []
            for _ in range(REPEATS):
                # Each run starts from the same people waiting to be scored and no pairs.
                person_blocks.mark_dirty(unit.db, ids)
                unit.db.execute("DELETE FROM duplicate_candidate WHERE person_a IN (SELECT"
                                " person_id FROM person_block_dirty) OR person_b IN (SELECT"
                                " person_id FROM person_block_dirty)")
                runs.append(timed(lambda: dedupe.after_import(unit, ids)))
            score_s, found = sorted(runs)[len(runs) // 2]
            near = sum(len(person_blocks.neighbours(unit.db, p)) for p in ids[-100:]) / 100
            planted = sum(1 for new, old in zip(ids, known, strict=False) if unit.db.scalar(
                "SELECT 1 FROM duplicate_candidate WHERE person_a = ? AND person_b = ?",
                (min(new, old["id"]), max(new, old["id"]))))
            out.append(Scored(write_s, score_s, found, near, planted))
            raise _Rollback
    except _Rollback:
        pass
    return out[0]


def _rows(label: str, r: Scored) -> list[Row]:
    return [
        Row(f"{label}: write {NEW:,} new persons", f"{r.write_s:.2f} s"),
        Row(f"{label}: score {NEW:,} new persons (after_import, median of {REPEATS})",
            f"{r.score_s:.2f} s", f"< {GOAL_SECONDS:.0f} s", r.score_s < GOAL_SECONDS),
        Row(f"{label}: pairs listed", str(r.found)),
        Row(f"{label}: planted duplicates listed", f"{r.planted} of"
            f" {int(NEW * DUPLICATE_SHARE)}"),
        Row(f"{label}: look-alikes per new person", f"{r.near:.1f}"),
    ]


def _measure(data_dir: Path, pool: int | None) -> Scored:
    session = sign_in(data_dir, "coord", PASSWORD)
    try:
        import_new(session, 1, pool)  # warm the page cache once
        return import_new(session, 2, pool)
    finally:
        session.close()


def main() -> int:
    args = arguments(__doc__ or "", rebuild=True)
    header("Duplicate scoring on import", args.quick)
    small, large = (1_000, 10_000) if args.quick else (BASE, 100_000)
    base = _measure(_hub(small, args.rebuild), None)
    alike = _measure(_hub(large, args.rebuild), None)
    apart = _measure(_hub(large, args.rebuild, apart=True), small)
    rows = [*_rows(f"hub {small:,}", base), *_rows(f"hub {large:,}", alike),
            *_rows(f"hub {large:,}, {large - small:,} from elsewhere", apart)]
    rows.append(Row(f"scoring time, the same look-alikes: hub {large:,} ÷ hub {small:,}",
                    f"{apart.score_s / base.score_s:.2f}×", f"≤ {GOAL_RATIO}× (flat)",
                    apart.score_s / base.score_s <= GOAL_RATIO))
    rows.append(Row(f"scoring time, look-alikes growing with the hub: hub {large:,} ÷"
                    f" hub {small:,}", f"{alike.score_s / base.score_s:.2f}×"))
    # What one new person and one look-alike cost, in either big hub against the small one.
    unit = {k: r.score_s / (NEW * (1 + r.near)) for k, r in
            (("base", base), ("alike", alike), ("apart", apart))}
    rows.append(Row("time per new person and look-alike, hub"
                    f" {large:,} ÷ hub {small:,}",
                    f"{unit['alike'] / unit['base']:.2f}× / {unit['apart'] / unit['base']:.2f}×"))
    table(rows, "Scoring 1,000 new persons")
    return summary(rows)


if __name__ == "__main__":
    raise SystemExit(main())
