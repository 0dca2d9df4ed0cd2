"""Shared fixtures: a real encrypted installation per test, and signed-in users of each role."""

from __future__ import annotations

import os

# Qt aborts without a display unless told to draw offscreen; this must precede any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from factories import ADMIN_PASSWORD, PASSWORD, USERS

from victimcare.services import accounts
from victimcare.services.installation import create_installation, sign_in
from victimcare.services.session import Session
from victimcare.store.keyslots import FAST_KDF


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
