"""Two programs on one installation: the one that cannot get the write lock says so plainly."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import PASSWORD, sample_families, sample_incident

from victimcare.domain.errors import StoreError
from victimcare.gui.messages import describe
from victimcare.services import incidents, reports
from victimcare.services.installation import sign_in


def test_a_write_blocked_by_another_program_is_refused_plainly_and_changes_nothing(
        installation: Path) -> None:
    """A case worker registers an incident and a supervisor opens the dashboard (which
    brings its facts up to date first) while a command holds the write lock: both are told
    that another program is saving, nothing is written, and both work once it has finished."""
    cw = sign_in(installation, "cw", PASSWORD)
    sup = sign_in(installation, "sup", PASSWORD)
    command = sign_in(installation, "cw2", PASSWORD)
    try:
        incidents.register_incident(cw, sample_incident(), sample_families())
        for session in (cw, sup):
            session.db.execute("PRAGMA busy_timeout = 50")  # not the usual 10 s wait
        before = cw.db.scalar("SELECT count(*) FROM incident")
        with command.db.transaction():
            with pytest.raises(StoreError) as caught:
                incidents.register_incident(cw, sample_incident(), sample_families())
            assert caught.value.code == "database_busy"
            assert "Another window or command is saving" in describe(caught.value)
            with pytest.raises(StoreError) as caught:
                reports.dashboard(sup)
            assert caught.value.code == "database_busy"
        assert cw.db.scalar("SELECT count(*) FROM incident") == before
        incidents.register_incident(cw, sample_incident(), sample_families())
        assert cw.db.scalar("SELECT count(*) FROM incident") == before + 1
        assert reports.dashboard(sup).cases == sup.db.scalar("SELECT count(*) FROM vc_case")
    finally:
        for session in (cw, sup, command):
            session.close()
