"""Wall-clock helpers: UTC ISO-8601 for storage, local dates for what people mean by "today"."""

from __future__ import annotations

import datetime as dt


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def today() -> dt.date:
    return dt.date.today()
