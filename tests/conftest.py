"""Shared fixtures: a real encrypted installation per test, and signed-in users of each role."""

from __future__ import annotations

import os

# Qt aborts without a display unless told to draw offscreen; this must precede any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from victimcare.services import accounts
from victimcare.services.installation import create_installation, sign_in
from victimcare.services.session import Session
from victimcare.store.keyslots import FAST_KDF

ADMIN_PASSWORD = "office-keys-2026"
PASSWORD = "a-good-password-1"
USERS = {"cw": ["caseworker"], "cw2": ["caseworker"], "sup": ["supervisor"],
         "coord": ["coordinator"], "aud": ["auditor"]}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def installation(data_dir: Path) -> Iterator[Path]:
    """An office installation (PB-LHR) with an admin and one user of each role."""
    create_installation(data_dir, office_code="PB-LHR", admin_username="admin",
                        admin_password=ADMIN_PASSWORD, admin_full_name="Office Admin",
                        kdf=FAST_KDF)
    admin = sign_in(data_dir, "admin", ADMIN_PASSWORD)
    for name, roles in USERS.items():
        accounts.create_user(admin, name, f"User {name}", roles, password=PASSWORD)
    admin.close()
    yield data_dir


@pytest.fixture
def login(installation: Path) -> Iterator[Callable[[str], Session]]:
    """login("cw") → a session of that user; every session is closed after the test."""
    opened: list[Session] = []

    def _login(username: str) -> Session:
        s = sign_in(installation, username,
                    ADMIN_PASSWORD if username == "admin" else PASSWORD)
        opened.append(s)
        return s

    yield _login
    for s in opened:
        s.close()


def sample_incident(**over: object) -> dict[str, object]:
    return {"occurred_on": "2026-03-14", "district": "PB-LHR", "place_type": "market",
            "attack_types": ["bombing"], "weapon_types": ["ied"], "fir_reference": "FIR 112/26",
            **over}


def sample_families() -> list[dict[str, object]]:
    """Three victims in two families, the way an officer would enter them."""
    return [
        {"members": [
            {"given_name": "Muhammad", "family_name": "Aslam", "name_ur": "محمد اسلم",
             "guardian_name": "Ghulam Rasool", "guardian_relation": "s_o", "sex": "male",
             "age_estimate": 42, "cnic": "35202-1234567-1", "mobile": "0300-1234567",
             "victim_category": "direct_injured", "harms": ["grievous_injury"]},
            {"given_name": "Naseem", "family_name": "Bibi", "name_ur": "نسیم بی بی",
             "guardian_name": "Muhammad Aslam", "guardian_relation": "w_o", "sex": "female",
             "age_estimate": 38, "victim_category": "indirect_family", "relationship": "spouse",
             "dependant": True},
        ]},
        {"members": [
            {"given_name": "Ayesha", "family_name": "Khan", "name_ur": "عائشہ خان",
             "guardian_name": "Imran Khan", "guardian_relation": "d_o", "sex": "female",
             "date_of_birth": "2001-05-02", "victim_category": "direct_psychological"},
        ]},
    ]
