"""Run by test_crash: sign in at an installation and import one bundle (the parent kills us)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from victimcare.services.installation import sign_in
from victimcare.services.sync import importer


def main() -> None:
    data, bundle = Path(sys.argv[1]), Path(sys.argv[2])
    session = sign_in(data, "coord", "a-good-password-1")
    print("ready", flush=True)
    start = time.perf_counter()
    result = importer.import_bundle(session, bundle)
    print(f"done {result.status} {time.perf_counter() - start:.3f}", flush=True)
    session.close()


if __name__ == "__main__":
    main()
