"""Duplicate scoring when a bundle brings 1,000 new persons into a hub of 10,000 and 100,000."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import time
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
GENERATOR = 2
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


def _hub(size: int, rebuild: bool) -> Path:
    home = BENCH_DIR / f"dedupe-hub-{size}"
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
    rng = random.Random(size)
    start = time.perf_counter()
    with session.unit(None) as unit:
        for i in range(size):
            values, mobile = long_tail_person(rng)
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


def import_new(session: Session, seed: int) -> list[Any]:
    """1,000 new persons written as a bundle would, then scored; all rolled back. Returns the
    seconds to write them, the seconds to score them, pairs listed, people compared for 100 of
    them, and how many of the planted duplicates were listed."""
    rng = random.Random(seed)
    everyone = [i for (i,) in session.db.query("SELECT id FROM person ORDER BY id")]
    known = [dict(session.db.query_one("SELECT * FROM person WHERE id = ?", (i,)))
             for i in rng.sample(everyone, int(NEW * DUPLICATE_SHARE))]
    out: list[Any] = []
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
            score_s, found = timed(lambda: dedupe.after_import(unit, ids))
            neighbours = sum(len(person_blocks.neighbours(unit.db, p)) for p in ids[-100:])
            planted = sum(1 for new, old in zip(ids, known, strict=False) if unit.db.scalar(
                "SELECT 1 FROM duplicate_candidate WHERE person_a = ? AND person_b = ?",
                (min(new, old["id"]), max(new, old["id"]))))
            out = [write_s, score_s, found, neighbours, planted]
            raise _Rollback
    except _Rollback:
        pass
    return out


def main() -> int:
    args = arguments(__doc__ or "", rebuild=True)
    header("Duplicate scoring on import", args.quick)
    sizes = (1_000, 10_000) if args.quick else (10_000, 100_000)
    rows: list[Row] = []
    seconds: dict[int, float] = {}
    per_unit: dict[int, float] = {}  # seconds per new person and look-alike compared
    for size in sizes:
        data_dir = _hub(size, args.rebuild)
        session = sign_in(data_dir, "coord", PASSWORD)
        try:
            import_new(session, 1)  # warm the page cache once
            write_s, score_s, found, near, planted = import_new(session, 2)
        finally:
            session.close()
        seconds[size] = score_s
        per_unit[size] = score_s / (NEW * (1 + near / 100))
        rows += [
            Row(f"hub {size:,}: write {NEW:,} new persons", f"{write_s:.2f} s"),
            Row(f"hub {size:,}: score {NEW:,} new persons (after_import)", f"{score_s:.2f} s",
                f"< {GOAL_SECONDS:.0f} s", score_s < GOAL_SECONDS),
            Row(f"hub {size:,}: pairs listed", str(found)),
            Row(f"hub {size:,}: planted duplicates listed", f"{planted} of"
                f" {int(NEW * DUPLICATE_SHARE)}"),
            Row(f"hub {size:,}: people sharing a key, per new person", f"{near / 100:.1f}"),
        ]
    small, large = sizes
    ratio = seconds[large] / seconds[small]
    rows.append(Row(f"scoring time, hub {large:,} ÷ hub {small:,}", f"{ratio:.2f}×",
                    f"≤ {GOAL_RATIO}× (flat)", ratio <= GOAL_RATIO))
    rows.append(Row("time per new person and look-alike, hub"
                    f" {large:,} ÷ hub {small:,}", f"{per_unit[large] / per_unit[small]:.2f}×"))
    table(rows, "Scoring 1,000 new persons")
    return summary(rows)


if __name__ == "__main__":
    raise SystemExit(main())
