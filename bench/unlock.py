"""Unlock time: key slot (Argon2id) + open the encrypted database + migrate, i.e. sign_in."""

from __future__ import annotations

import time

from common import (
    PASSWORD,
    Row,
    arguments,
    cached,
    header,
    installation,
    login,
    median,
    summary,
    table,
    timed,
)

from victimcare.services.installation import load_keyslots
from victimcare.store.db import open_database
from victimcare.store.schema import migrate

GOAL_LOW, GOAL_HIGH = 0.3, 1.0
GOAL_MEMORY_MIB = 64


def main() -> int:
    args = arguments(__doc__ or "", rebuild=True)
    header("unlock (sign_in with the real STANDARD_KDF)", args.quick)
    runs = 3 if args.quick else 5
    # The big installation is only used when person_search.py or case_list.py cached it.
    sizes = [1000] + ([100_000] if not args.quick and cached(100_000) else [])
    rows: list[Row] = []
    for cases in sizes:
        data_dir = installation(cases, rebuild=args.rebuild and cases == 1000).data_dir
        _, slots = load_keyslots(data_dir)
        kdf = slots.kdf_of("cw")
        login(data_dir).close()  # warm the file cache: a person signs in to a file on disk
        times = []
        for _ in range(runs):
            seconds, session = timed(lambda d=data_dir: login(d))
            session.close()
            times.append(seconds)
        # Where the time goes: the key slot alone, then opening + migrating with its key.
        kdf_times = [timed(lambda s=slots: s.unlock_user("cw", PASSWORD))[0]
                     for _ in range(runs)]
        dek = slots.unlock_user("cw", PASSWORD)
        open_times = []
        for _ in range(runs):
            start = time.perf_counter()
            db = open_database(data_dir / "victimcare.db", dek)
            migrate(db)
            open_times.append(time.perf_counter() - start)
            db.close()
        ok = GOAL_LOW <= median(times) <= GOAL_HIGH and max(times) <= GOAL_HIGH
        rows += [
            Row(f"sign_in median of {runs} ({cases:,} cases)", f"{median(times):.3f} s",
                f"{GOAL_LOW}–{GOAL_HIGH} s", ok),
            Row(f"sign_in max of {runs} ({cases:,} cases)", f"{max(times):.3f} s",
                f"≤ {GOAL_HIGH} s", max(times) <= GOAL_HIGH),
            Row("  of which key slot unlock, Argon2id (median)", f"{median(kdf_times):.3f} s"),
            Row("  of which open_database + migrate (median)", f"{median(open_times):.3f} s"),
        ]
    rows += [
        Row("Argon2id memory", f"{kdf.memory_kib // 1024} MiB", f"≥ {GOAL_MEMORY_MIB} MiB",
            kdf.memory_kib // 1024 >= GOAL_MEMORY_MIB),
        Row("Argon2id passes (iterations)", str(kdf.iterations)),
        Row("Argon2id lanes", str(kdf.lanes)),
    ]
    table(rows)
    return summary(rows)


if __name__ == "__main__":
    raise SystemExit(main())
