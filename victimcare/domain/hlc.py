"""Hybrid logical clock: versions that order every write across devices, even with bad clocks."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

# A version is stored as one string that sorts like the tuple (millis, counter, device):
# 13 digit millis, 5 digit counter, device id. Comparing strings then compares versions.
_MILLIS_DIGITS = 13
_COUNTER_DIGITS = 5


@dataclass(frozen=True, order=True)
class Hlc:
    millis: int
    counter: int
    device: str

    def encode(self) -> str:
        return f"{self.millis:0{_MILLIS_DIGITS}d}-{self.counter:0{_COUNTER_DIGITS}d}-{self.device}"

    @classmethod
    def decode(cls, text: str) -> Hlc:
        millis, counter, device = text.split("-", 2)
        if len(millis) != _MILLIS_DIGITS or len(counter) != _COUNTER_DIGITS or not device:
            raise ValueError("malformed HLC")
        return cls(int(millis), int(counter), device)


def hlc_device(encoded: str) -> str:
    """The device that wrote a version."""
    return encoded.split("-", 2)[2]


class HlcClock:
    """Issues versions for one device; `observe` moves it past versions received from others."""

    def __init__(self, device: str, last: str | None = None,
                 wall_millis: Callable[[], int] | None = None) -> None:
        self._device = device
        self._wall = wall_millis or (lambda: time.time_ns() // 1_000_000)
        self._lock = threading.Lock()
        self._last = Hlc.decode(last) if last else Hlc(0, 0, device)

    @property
    def device(self) -> str:
        return self._device

    def now(self) -> str:
        with self._lock:
            wall = self._wall()
            if wall > self._last.millis:
                self._last = Hlc(wall, 0, self._device)
            else:
                self._last = Hlc(self._last.millis, self._last.counter + 1, self._device)
            return self._last.encode()

    def observe(self, encoded: str) -> None:
        other = Hlc.decode(encoded)
        with self._lock:
            if (other.millis, other.counter) > (self._last.millis, self._last.counter):
                self._last = Hlc(other.millis, other.counter, self._device)

    @property
    def last(self) -> str:
        return self._last.encode()
