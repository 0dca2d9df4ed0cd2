"""Dashboard facts: what the write hooks keep equals what a rebuild from the case tables gives."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import PASSWORD
from hub.test_reports import TODAY, seed_hub

from victimcare.domain.permissions import Action
from victimcare.services import reports
from victimcare.services.installation import sign_in
from victimcare.services.session import Session
from victimcare.store import report_facts
from victimcare.store.db import Database


@pytest.fixture(scope="module")
def seeded_hub(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("facts") / "hub"
    seed_hub(data_dir)
    return data_dir


@pytest.fixture
def coord(seeded_hub: Path, tmp_path: Path) -> Iterator[Session]:
    copy = tmp_path / "hub"
    shutil.copytree(seeded_hub, copy)
    session = sign_in(copy, "coord", PASSWORD)
    yield session
    session.close()


def _facts(db: Database) -> dict[str, list[tuple[object, ...]]]:
    return {t: sorted((tuple(r) for r in db.query(f"SELECT * FROM {t}")), key=repr)
            for t in report_facts.TABLES}


def _rebuilt(db: Database) -> dict[str, list[tuple[object, ...]]]:
    with db.transaction():
        report_facts.refresh(db, [c for (c,) in db.query("SELECT id FROM vc_case")])
    return _facts(db)


def _one(db: Database, sql: str) -> str:
    return str(db.scalar(sql))


def test_facts_follow_every_kind_of_write(coord: Session) -> None:
    """A person's sex, an incident's district and attack, a member leaving, a need met, a
    provider's answer, a follow-up done, a case closed and one deleted: after each, the
    dashboard counts what a rebuild from the case tables counts."""
    db = coord.db
    before = reports.dashboard(coord, today=TODAY)
    assert _facts(db) == _rebuilt(db)

    with coord.unit(Action.REPORT_EXPORT) as unit:
        # Each write touches a case no other write here touches, so that a missing hook
        # cannot hide behind another one.
        def in_order(sql: str, offset: int = 0, desc: str = "") -> str:
            return _one(db, f"{sql} ORDER BY c.case_number {desc} LIMIT 1 OFFSET {offset}")

        woman = in_order("SELECT p.id FROM person p JOIN case_member m ON m.person = p.id"
                         " JOIN vc_case c ON c.id = m.case_id WHERE p.sex = 'female'"
                         " AND c.office = 'PB-LHR' AND c.status = 'open'"
                         " AND c.deleted IS NULL", desc="DESC")
        unit.records.update("person", woman, {"sex": "not_stated"})
        swat = _one(db, "SELECT id FROM incident WHERE district = 'KP-SWT'")
        unit.records.update("incident", swat, {"district": "KP-PEW",
                                               "attack_types": ["bombing"]})
        late = in_order("SELECT f.id FROM follow_up f JOIN vc_case c ON c.id = f.case_id"
                        " WHERE f.done = 0")  # the first Peshawar case
        unit.records.update("follow_up", late, {"done": True})
        girl = in_order("SELECT m.id FROM case_member m JOIN person p ON p.id = m.person"
                        " JOIN vc_case c ON c.id = m.case_id"
                        " WHERE p.date_of_birth = '2015-06-01'", 1)
        unit.records.delete("case_member", girl)
        need = in_order("SELECT n.id FROM need_item n JOIN vc_case c ON c.id = n.case_id"
                        " WHERE n.status = 'identified'", 2)
        unit.records.update("need_item", need, {"status": "met"})
        waiting = "SELECT r.id FROM referral r JOIN vc_case c ON c.id = r.case_id" \
                  " WHERE r.status = 'sent'"
        unit.records.insert("referral_event", {"referral": in_order(waiting),
                                               "from_status": "sent", "to_status": "declined",
                                               "at": "2026-01-30T09:00:00.000+00:00"},
                            office="KP-PEW")
        unit.records.update("referral", in_order(waiting, 1), {"status": "declined"})
        lahore = "SELECT c.id FROM vc_case c WHERE c.status = 'open' AND c.deleted IS NULL" \
                 " AND c.incident IN (SELECT id FROM incident WHERE attack_types LIKE '%{}%')"
        unit.records.update("vc_case", in_order(lahore.format("armed_assault")),
                            {"status": "closed"})
        unit.records.delete("vc_case", in_order(lahore.format("bombing"), desc="DESC"))
    assert report_facts.stale(db)

    after = reports.dashboard(coord, today=TODAY)
    assert not report_facts.stale(db)
    kept = _facts(db)
    assert kept == _rebuilt(db)
    # Every write above moved a count the page shows.
    assert after.tables["victims_by_area"] != before.tables["victims_by_area"]
    assert after.tables["victims_by_incident_type"] != before.tables["victims_by_incident_type"]
    assert after.victims == before.victims - 2  # the girl left, the deleted case's man
    assert after.needs_met == before.needs_met + 1
    assert after.answered == before.answered + 1  # the answer alone gives the days
    assert after.overdue_follow_ups == before.overdue_follow_ups - 1
    assert after.overdue_referrals == before.overdue_referrals - 1
    assert after.tables["cases_by_area"] != before.tables["cases_by_area"]


def test_a_period_and_an_area_count_the_same_facts_as_the_whole(coord: Session) -> None:
    """Filters only choose among the facts: the quarters of a year add up to the year, and
    the districts of a province to the province."""
    quarters = [reports.dashboard(coord, reports.Filters(*reports.quarter_dates(2026, q)),
                                  TODAY) for q in (1, 2, 3, 4)]
    year = reports.dashboard(coord, reports.Filters(dt.date(2026, 1, 1),
                                                    dt.date(2026, 12, 31)), TODAY)
    assert sum(d.victims for d in quarters) == year.victims > 0
    assert sum(d.referrals for d in quarters) == year.referrals > 0
    province = reports.dashboard(coord, reports.Filters(province="KP"), TODAY)
    districts = [reports.dashboard(coord, reports.Filters(province="KP", district=d), TODAY)
                 for d in ("KP-PEW", "KP-SWT")]
    assert sum(d.victims for d in districts) == province.victims > 0
    assert sum(d.overdue_follow_ups for d in districts) == province.overdue_follow_ups > 0



def test_background_steps_bring_the_facts_up_to_date_a_few_cases_at_a_time(
        coord: Session) -> None:
    """After a bundle changed many cases, the app's background steps (reports.catch_up)
    rewrite their facts a few at a time; when none wait, the facts equal a rebuild and the
    next dashboard has nothing left to do."""
    db = coord.db
    reports.dashboard(coord, today=TODAY)
    ids = [c for (c,) in db.query("SELECT id FROM vc_case WHERE deleted IS NULL"
                                  " AND status = 'open' ORDER BY case_number")]
    assert len(ids) >= 7
    with coord.unit(Action.REPORT_EXPORT) as unit:
        for case_id in ids:
            unit.records.update("vc_case", case_id, {"status": "on_hold"})
    steps = []
    while True:
        waiting = db.scalar("SELECT count(*) FROM report_dirty")
        more = reports.catch_up(coord, limit=3)
        steps.append(waiting - db.scalar("SELECT count(*) FROM report_dirty"))
        if not more:
            break
    assert sum(steps) == len(ids) and max(steps) == 3 and len(steps) > 2
    assert not report_facts.stale(db) and _facts(db) == _rebuilt(db)
    assert reports.catch_up(coord) is False  # nothing waits: no write at all
