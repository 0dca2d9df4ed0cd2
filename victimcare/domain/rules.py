"""Casework rules: when a risk rating needs a supervisor, when a consent covers a use."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from victimcare.domain.enums import RiskLevel

# Days until the next risk review, per level (settings may override; DOMAIN.md defaults).
DEFAULT_REVIEW_DAYS = {RiskLevel.HIGH: 1, RiskLevel.MEDIUM: 3, RiskLevel.LOW: 7}


def risk_needs_review(previous: RiskLevel | None, new: RiskLevel) -> bool:
    """A supervisor reviews every high rating and every downgrade."""
    if new == RiskLevel.HIGH:
        return True
    return previous is not None and new.rank < previous.rank


def is_downgrade(previous: RiskLevel | None, new: RiskLevel) -> bool:
    return previous is not None and new.rank < previous.rank


def next_review(level: RiskLevel, on: dt.date, days: Mapping[str, int] | None = None) -> dt.date:
    table = {**{k.value: v for k, v in DEFAULT_REVIEW_DAYS.items()}, **(days or {})}
    return on + dt.timedelta(days=int(table[level.value]))


@dataclass(frozen=True)
class ConsentGap:
    """Why no consent covers a use: `code` is one of no_consent, expired, withdrawn,
    wrong_provider, missing_categories (with the categories in `missing`)."""

    code: str
    missing: tuple[str, ...] = ()


def consent_is_current(consent: Mapping[str, Any], today: dt.date) -> bool:
    if consent.get("withdrawn_on") and dt.date.fromisoformat(consent["withdrawn_on"]) <= today:
        return False
    expires = consent.get("expires_on")
    return not (expires and dt.date.fromisoformat(expires) < today)


def consent_gap(consents: Iterable[Mapping[str, Any]], *, provider: str,
                provider_type: str, categories: Iterable[str],
                today: dt.date) -> ConsentGap | None:
    """None when one current sharing consent covers the provider and every category;
    otherwise the reason nearest to being covered, so the user knows what to record."""
    wanted = set(categories)
    sharing = [c for c in consents if c.get("consent_type") == "share_with_provider"]
    if not sharing:
        return ConsentGap("no_consent")
    best: ConsentGap | None = None
    for c in sharing:
        if c.get("provider") not in (None, provider) or (
                c.get("provider") is None and c.get("provider_type") not in (None, provider_type)):
            gap = ConsentGap("wrong_provider")
        elif c.get("withdrawn_on") and not consent_is_current(c, today):
            gap = ConsentGap("withdrawn")
        elif not consent_is_current(c, today):
            gap = ConsentGap("expired")
        else:
            missing = tuple(sorted(wanted - set(c.get("data_categories") or ())))
            if not missing:
                return None
            gap = ConsentGap("missing_categories", missing)
        if best is None or _closeness(gap) > _closeness(best):
            best = gap
    return best


def _closeness(gap: ConsentGap) -> int:
    return ("no_consent", "wrong_provider", "withdrawn", "expired",
            "missing_categories").index(gap.code)
