"""Failed-login throttling, kept beside the database because it is needed before unlock."""

from __future__ import annotations

import hashlib
import json
import math
import time
from pathlib import Path

from victimcare.domain.errors import AuthError
from victimcare.store.atomic import atomic_write

FREE_ATTEMPTS = 3
BASE_DELAY_S = 5
MAX_DELAY_S = 300


def delay_after(failures: int) -> int:
    """Seconds to wait after `failures` wrong passwords in a row (growing, capped)."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(MAX_DELAY_S, BASE_DELAY_S * 2 ** (failures - FREE_ATTEMPTS)))


class Throttle:
    """Counts failures per username in a small file. It slows guessing at a shared PC; it
    cannot stop an offline attack, which the Argon2id cost of each slot answers.

    Entries are keyed by a salted hash of what was typed as the username, because people
    sometimes type their password into that box, and it must not land on disk in clear."""

    def __init__(self, path: Path, salt: str, clock: object = time.time) -> None:
        self._path = path
        self._salt = salt
        self._clock = clock

    def _key(self, username: str) -> str:
        return hashlib.sha256(f"{self._salt}|{username}".encode()).hexdigest()

    def _load(self) -> dict[str, dict[str, float]]:
        try:
            data = json.loads(self._path.read_text("utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _now(self) -> float:
        return float(self._clock())  # type: ignore[operator]

    def check(self, username: str) -> None:
        entry = self._load().get(self._key(username))
        if not entry:
            return
        wait = entry.get("last", 0) + delay_after(int(entry.get("failures", 0))) - self._now()
        if wait > 0:
            raise AuthError("throttled", seconds=math.ceil(wait))

    def failed(self, username: str) -> int:
        data = self._load()
        key = self._key(username)
        entry = data.get(key, {"failures": 0})
        entry = {"failures": int(entry.get("failures", 0)) + 1, "last": self._now()}
        data[key] = entry
        atomic_write(self._path, json.dumps(data).encode("utf-8"))
        return delay_after(int(entry["failures"]))

    def succeeded(self, username: str) -> None:
        data = self._load()
        if data.pop(self._key(username), None) is not None:
            atomic_write(self._path, json.dumps(data).encode("utf-8"))
