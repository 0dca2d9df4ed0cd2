"""Reference lists (districts, service types, need domains, ...) read from resources/reference."""

from __future__ import annotations

import functools
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def resources_dir() -> Path:
    """The shipped resources folder, in a source checkout and in a frozen (PyInstaller) app."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


@dataclass(frozen=True)
class Item:
    code: str
    en: str
    ur: str
    extra: dict[str, Any]

    def label(self, lang: str) -> str:
        return self.ur if lang == "ur" and self.ur else self.en


@functools.cache
def items(name: str) -> tuple[Item, ...]:
    path = resources_dir() / "reference" / f"{name}.json"
    doc = json.loads(path.read_text("utf-8"))
    out = []
    for raw in doc["items"]:
        extra = {k: v for k, v in raw.items() if k not in ("code", "en", "ur")}
        out.append(Item(raw["code"], raw["en"], raw.get("ur", ""), extra))
    return tuple(out)


@functools.cache
def codes(name: str) -> frozenset[str]:
    return frozenset(i.code for i in items(name))


def label(name: str, code: str | None, lang: str = "en") -> str:
    if not code:
        return ""
    for i in items(name):
        if i.code == code:
            return i.label(lang)
    return code


LIST_NAMES = ("admin_units", "service_types", "need_domains", "attack_types", "weapon_types",
              "place_types", "closure_reasons", "relationship_types", "victim_categories",
              "harm_types", "compensation_schemes", "compensation_categories", "provider_types",
              "data_categories", "consent_types")


def all_codes() -> dict[str, frozenset[str]]:
    """Every list's codes, for validation of fields that name a reference list."""
    return {name: codes(name) for name in LIST_NAMES}


def districts() -> tuple[Item, ...]:
    return tuple(i for i in items("admin_units") if i.extra.get("level") == "district")


def district_province(code: str) -> str | None:
    for i in items("admin_units"):
        if i.code == code:
            parent = i.extra.get("parent")
            return str(parent) if parent else None
    return None
