"""Sync bench: export and import of N cases, against a raw executemany of the same rows, and the
import cost into a hub that already holds few or many cases (SYNC.md goal 4).

Run: .venv/bin/python bench/sync_bench.py [--quick]
Goals: export and import of 10,000 cases (~100,000 field changes) ≤ 10 s each and ≤ 5× a raw
executemany of the same rows; import into a hub of 100,000 cases ≤ 1.5× into one of 10,000.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import tempfile
import time
from pathlib import Path

from common import long_tail_person

from victimcare.domain import reference
from victimcare.services import accounts, dedupe
from victimcare.services.installation import sign_in
from victimcare.services.session import Session
from victimcare.services.sync import devices, export, importer, profile
from victimcare.services.sync.setup import init_hub, init_join
from victimcare.store.keyslots import FAST_KDF

PW, USER_PW = "office-keys-bench-2026", "a-good-bench-password-1"


def setup(root: Path) -> None:
    init_hub(root / "hub", office_code="PK-HUB", admin_username="admin", admin_password=PW,
             kdf=FAST_KDF)
    admin = sign_in(root / "hub", "admin", PW)
    accounts.create_user(admin, "coord", "Coord", ["coordinator"], password=USER_PW)
    admin.close()
    hub = sign_in(root / "hub", "coord", USER_PW)
    profile.export_profile(hub, root / "org.vcprofile")
    init_join(root / "office", root / "org.vcprofile", office_code="PB-LHR",
              admin_username="admin", admin_password=PW, kdf=FAST_KDF)
    admin = sign_in(root / "office", "admin", PW)
    accounts.create_user(admin, "coord", "Coord", ["coordinator"], password=USER_PW)
    admin.close()
    office = sign_in(root / "office", "coord", USER_PW)
    first = export.export_bundle(office, out_dir=root).path
    candidate = devices.candidate_from_bundle(first)
    devices.trust(hub, candidate, candidate.fingerprint)
    importer.import_bundle(hub, first)
    office.close()
    hub.close()


def cases(session: Session, n: int, prefix: str, seed: int = 7) -> None:
    """n cases with their principal person, written through the normal write path. Name
    frequencies matter, because the hub scores every imported person for duplicates: the
    people have the long tail of names of real registers (bench/common.py, as in
    dedupe_bench.py); eight names for everyone would make every person a candidate of every
    other."""
    rng = random.Random(seed)
    valid = reference.all_codes()["admin_units"]
    with session.unit(None) as unit:
        r = unit.records
        for i in range(n):
            values, _mobile = long_tail_person(rng)
            # The hub validates every field it imports: a district code the reference data
            # does not know becomes Lahore's.
            if values["district"] not in valid:
                values["district"] = "PB-LHR"
            pid = r.insert("person", values)
            r.insert("vc_case", {
                "case_number": f"{prefix}-{i:07d}", "principal_person": pid, "status": "open",
                "sensitivity": "normal", "opened_on": "2026-03-14", "fir_registered": True,
                "witness": False, "referral_source": "police"})


def raw_executemany(root: Path, session: Session) -> float:
    """The floor: the same rows written with one executemany per table into a copy."""
    rows = {t: [tuple(r) for r in session.db.query(f"SELECT * FROM {t}")]
            for t in ("person", "vc_case")}
    logs = [tuple(r) for r in session.db.query("SELECT * FROM change_log")]
    target = sign_in(root / "raw", "coord", USER_PW)
    start = time.perf_counter()
    with target.db.transaction():
        for t, data in rows.items():
            if data:
                marks = ",".join("?" * len(data[0]))
                target.db.executemany(f"INSERT OR IGNORE INTO {t} VALUES ({marks})", data)
        target.db.executemany(
            "INSERT INTO change_log (tbl, row_id, op, changes, origin, at) VALUES (?,?,?,?,?,?)",
            [r[1:] for r in logs])
    took = time.perf_counter() - start
    target.close()
    return took


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument("--quick", action="store_true", help="1,000 cases, hubs of 1k vs 10k")
    a = args.parse_args()
    n = 1_000 if a.quick else 10_000
    small, large = (1_000, 10_000) if a.quick else (10_000, 100_000)
    root = Path(tempfile.mkdtemp(prefix="vc-sync-bench-"))
    try:
        setup(root)
        base = root / "base"
        shutil.copytree(root, base, ignore=shutil.ignore_patterns("base"))
        office = sign_in(root / "office", "coord", USER_PW)
        cases(office, n, "PB-LHR-2026")
        changes = sum(len(json.loads(c)) for (c,) in office.db.query(
            "SELECT changes FROM change_log"))
        start = time.perf_counter()
        bundle = export.export_bundle(office, out_dir=root).path
        t_export = time.perf_counter() - start
        shutil.copytree(base / "hub", root / "raw")
        t_raw = raw_executemany(root, office)
        office.close()
        results = {"cases": n, "field_changes": changes, "bundle_bytes": bundle.stat().st_size,
                   "export_s": round(t_export, 2), "raw_executemany_s": round(t_raw, 2)}
        for size in (small, large):
            hub_dir = root / f"hub{size}"
            shutil.copytree(base / "hub", hub_dir)
            hub_admin = sign_in(hub_dir, "admin", PW)
            cases(hub_admin, size, f"PK-HUB-{size}", seed=size)
            hub_admin.close()
            # A working hub has looked at its own people already: without this, the timed
            # import would also score the whole hub (it scores everyone changed since the
            # last look), and measure the hub's size instead of the bundle's.
            coordinator = sign_in(hub_dir, "coord", USER_PW)
            dedupe.scan(coordinator)
            coordinator.close()
            # The day's import starts with a fresh sign-in, as at the hub.
            hub = sign_in(hub_dir, "coord", USER_PW)
            start = time.perf_counter()
            importer.import_bundle(hub, bundle)
            results[f"import_into_hub_of_{size}_s"] = round(time.perf_counter() - start, 2)
            hub.close()
        t_import = results[f"import_into_hub_of_{small}_s"]
        results["import_vs_raw"] = round(t_import / max(t_raw, 1e-9), 1)
        results["export_vs_raw"] = round(t_export / max(t_raw, 1e-9), 1)
        results["large_vs_small_hub"] = round(
            results[f"import_into_hub_of_{large}_s"] / max(t_import, 1e-9), 2)
        print(json.dumps(results, indent=2))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
