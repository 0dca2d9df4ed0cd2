"""Dashboard refresh and statistics exports at a hub holding 100,000 cases from eight offices.

    .venv/bin/python bench/reports_bench.py [--quick] [--rebuild]

The hub installation is built once through the real write path (Records.insert: versions,
change log, search rows), one unit of work per office, and cached under /tmp/vc-bench/.
Goal: the dashboard refresh (every aggregate the Reports page shows) under 1 s at 100,000
cases for a coordinator who sees every office.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from victimcare.domain import reference
from victimcare.domain.enums import InstallationKind
from victimcare.domain.permissions import Action
from victimcare.services import accounts
from victimcare.services.installation import create_installation, sign_in
from victimcare.services.session import Session, Unit
from victimcare.store import report_facts
from victimcare.store.keyslots import FAST_KDF

BENCH_DIR = Path("/tmp/vc-bench")
HUB = "PK-HUB"
PASSWORD = "a-good-bench-password-1"
GENERATOR_VERSION = 1
GOAL_REFRESH = 1.0
OFFICES = (("PB-LHR", 22), ("PB-RWP", 10), ("KP-PEW", 20), ("KP-SWT", 8), ("SD-KHS", 14),
           ("SD-HYD", 6), ("BA-QTA", 14), ("IS-ISB", 6))
FIRST_DAY = dt.date(2023, 1, 1)
LAST_DAY = dt.date(2026, 9, 30)

SEXES = (("male", 60), ("female", 35), ("not_stated", 4), ("transgender", 1))
PRINCIPAL = (("direct_injured", 40), ("direct_deceased", 15), ("direct_psychological", 15),
             ("kidnapped_released", 3), ("property_loss", 5), ("intervener", 2))
FAMILY = (("indirect_family", 70), ("indirect_dependant", 30))
STATUSES = (("open", 50), ("on_hold", 10), ("pending_closure", 5), ("closed", 33),
            ("transferred", 1), ("merged", 1))
NEED_STATUSES = (("identified", 20), ("referral_planned", 10), ("referred", 15),
                 ("being_met", 15), ("met", 30), ("declined_by_client", 5),
                 ("no_service_available", 5))
URGENCIES = (("routine", 70), ("urgent", 25), ("emergency", 5))
RESPONSE_DAYS = {"routine": 14, "urgent": 3, "emergency": 1}
# Where each referral ends up, and the path of statuses that leads there.
REFERRAL_ENDS = (("draft", 5), ("submitted", 5), ("returned", 2), ("approved", 3), ("sent", 15),
                 ("acknowledged", 10), ("accepted", 15), ("declined", 8),
                 ("completed_successful", 20), ("completed_unsuccessful", 5), ("cancelled", 5),
                 ("expired", 7))
PATHS = {
    "draft": ["draft"], "submitted": ["draft", "submitted"],
    "returned": ["draft", "submitted", "returned"],
    "approved": ["draft", "submitted", "approved"],
    "sent": ["draft", "submitted", "approved", "sent"],
    "acknowledged": ["draft", "submitted", "approved", "sent", "acknowledged"],
    "accepted": ["draft", "submitted", "approved", "sent", "accepted"],
    "declined": ["draft", "submitted", "approved", "sent", "declined"],
    "completed_successful": ["draft", "submitted", "approved", "sent", "acknowledged",
                             "accepted", "completed_successful"],
    "completed_unsuccessful": ["draft", "submitted", "approved", "sent", "accepted",
                               "completed_unsuccessful"],
    "cancelled": ["draft", "submitted", "cancelled"],
    "expired": ["draft", "submitted", "approved", "sent", "expired"],
}
GIVEN = ("Muhammad", "Ahmed", "Ali", "Hassan", "Imran", "Bilal", "Ayesha", "Fatima", "Naseem",
         "Rubina", "Shazia", "Zainab")
FAMILY_NAMES = ("Khan", "Aslam", "Qureshi", "Malik", "Shah", "Iqbal", "Afridi", "Baloch",
                "Memon", "Bhatti", "Yousafzai", "Khattak")


def pick(rng: random.Random, weighted: Sequence[tuple[Any, int]]) -> Any:
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


def _day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange(max(1, (end - start).days + 1)))


class Generator:
    """Deterministic casework for one hub: incidents, families, needs, referrals with their
    events, follow-ups; every row through Records.insert with the office it came from."""

    def __init__(self, unit: Unit, seed: int, today: dt.date) -> None:
        self.rng = random.Random(seed)
        self.rec = unit.records
        self.now = unit.now
        self.today = today
        self.providers = self._directory()
        self.seq: dict[str, int] = {}

    def _directory(self) -> dict[str, list[tuple[str, str]]]:
        """Two providers per service type, each with one service: {type: [(provider, svc)]}."""
        out: dict[str, list[tuple[str, str]]] = {}
        for item in reference.items("service_types"):
            for n in range(2):
                provider = self.rec.insert("service_provider", {
                    "name_en": f"{item.en} provider {n + 1}", "provider_type": "ngo",
                    "active": True, "data_sharing_agreement": True})
                service = self.rec.insert("service", {"provider": provider,
                                                      "service_type": item.code})
                out.setdefault(item.code, []).append((provider, service))
        return out

    def office(self, code: str, cases: int, progress: Callable[[int], None] | None) -> None:
        rng, rec = self.rng, self.rec
        province = code.split("-")[0]
        nearby = [d.code for d in reference.districts() if d.extra.get("parent") == province]
        worker = rec.insert("user_account", {"username": "cw", "full_name": f"{code} worker",
                                             "roles": ["caseworker"], "active": True},
                            office=code)
        incident, incident_day, district = "", FIRST_DAY, code
        for n in range(cases):
            if n % 10 == 0:
                incident_day = _day(rng, FIRST_DAY, LAST_DAY)
                district = code if rng.random() < 0.7 else rng.choice(nearby)
                incident = rec.insert("incident", {
                    "occurred_on": incident_day.isoformat(), "date_precision": "day",
                    "district": district, "place_type": "market",
                    "attack_types": [rng.choice(reference.items("attack_types")).code],
                    "verification_status": "verified"}, office=code)
            opened = min(incident_day + dt.timedelta(days=rng.randrange(30)), self.today)
            self.case(code, worker, incident, district, opened)
            if progress and (n + 1) % 5000 == 0:
                progress(n + 1)

    def _person(self, office: str, opened: dt.date) -> str:
        rng = self.rng
        values: dict[str, Any] = {"given_name": rng.choice(GIVEN),
                                  "family_name": rng.choice(FAMILY_NAMES),
                                  "sex": pick(rng, SEXES)}
        roll = rng.random()
        if roll < 0.4:
            values["date_of_birth"] = _day(rng, dt.date(1940, 1, 1), opened).isoformat()
        elif roll < 0.9:
            values["age_estimate"] = rng.randint(0, 85)
            values["age_estimated_on"] = opened.isoformat()
        return self.rec.insert("person", values, office=office)

    def case(self, office: str, worker: str, incident: str, district: str,
             opened: dt.date) -> None:
        rng, rec = self.rng, self.rec
        size = pick(rng, ((1, 55), (2, 25), (3, 15), (4, 5)))
        people = [self._person(office, opened) for _ in range(size)]
        year = opened.year
        self.seq[f"{office}{year}"] = number = self.seq.get(f"{office}{year}", 0) + 1
        case = rec.insert("vc_case", {
            "case_number": f"{office}-{year}-{number:05d}", "incident": incident,
            "principal_person": people[0], "case_worker": worker,
            "status": pick(rng, STATUSES),
            "sensitivity": "restricted" if rng.random() < 0.03 else "normal",
            "opened_on": opened.isoformat()}, office=office)
        for i, person in enumerate(people):
            rec.insert("case_member", {
                "case_id": case, "person": person, "principal": i == 0,
                "victim_category": pick(rng, PRINCIPAL if i == 0 else FAMILY)}, office=office)
        needs = self._needs(office, case, people[0], opened)
        for _ in range(pick(rng, ((0, 55), (1, 35), (2, 10)))):
            self._referral(office, case, people[0], rng.choice(needs) if needs else None,
                           opened)
        for _ in range(pick(rng, ((0, 40), (1, 40), (2, 20)))):
            due = opened + dt.timedelta(days=rng.randint(7, 120))
            done = due < self.today - dt.timedelta(days=5) and rng.random() < 0.85
            rec.insert("follow_up", {
                "case_id": case, "due_on": due.isoformat(), "kind": "call", "done": done,
                "done_on": due.isoformat() if done else None}, office=office)

    def _needs(self, office: str, case: str, person: str, opened: dt.date) -> list[str]:
        rng, rec = self.rng, self.rec
        if rng.random() > 0.7:
            return []
        assessment = rec.insert("needs_assessment", {
            "case_id": case, "person": person, "assessed_on": opened.isoformat()},
            office=office)
        domains = rng.sample([i.code for i in reference.items("need_domains")],
                             rng.randint(1, 3))
        return [rec.insert("need_item", {
            "assessment": assessment, "case_id": case, "domain": d, "severity": "medium",
            "status": pick(rng, NEED_STATUSES)}, office=office) for d in domains]

    def _referral(self, office: str, case: str, person: str, need: str | None,
                  opened: dt.date) -> None:
        rng, rec = self.rng, self.rec
        kind = rng.choice(sorted(self.providers))
        provider, service = rng.choice(self.providers[kind])
        urgency = pick(rng, URGENCIES)
        path = PATHS[pick(rng, REFERRAL_ENDS)]
        day = opened + dt.timedelta(days=rng.randrange(20))
        events: list[tuple[str | None, str, dt.date]] = []
        previous: str | None = None
        sent_on = None
        for status in path:
            if status == "sent":
                day += dt.timedelta(days=rng.randrange(3))
                sent_on = day
            elif status in ("acknowledged", "accepted", "declined", "expired") \
                    and previous == "sent":
                day += dt.timedelta(days=min(int(rng.expovariate(1 / 6)), 60))
            elif status != "draft":
                day += dt.timedelta(days=rng.randrange(4))
            events.append((previous, status, day))
            previous = status
        respond_by = sent_on + dt.timedelta(days=RESPONSE_DAYS[urgency]) if sent_on else None
        referral = rec.insert("referral", {
            "case_id": case, "person": person, "need_item": need, "provider": provider,
            "service": service, "urgency": urgency, "status": path[-1],
            "respond_by": respond_by.isoformat() if respond_by else None,
            "data_categories": ["name"], "print_count": 1 if sent_on else 0}, office=office)
        for before, after, on in events:
            rec.insert("referral_event", {
                "referral": referral, "from_status": before, "to_status": after,
                "at": f"{on.isoformat()}T09:00:00.000+00:00"}, office=office)


def build(data_dir: Path, cases: int, *, seed: int = 7, today: dt.date | None = None,
          quiet: bool = False) -> None:
    """A hub installation (admin, coordinator `coord`) with `cases` cases from OFFICES."""
    create_installation(data_dir, office_code=HUB, admin_username="admin",
                        admin_password=PASSWORD, admin_full_name="Bench Admin",
                        kind=InstallationKind.HUB, kdf=FAST_KDF)
    admin = sign_in(data_dir, "admin", PASSWORD)
    try:
        accounts.create_user(admin, "coord", "Hub Coordinator", ["coordinator"],
                             password=PASSWORD)
    finally:
        admin.close()
    session = sign_in(data_dir, "coord", PASSWORD)
    total = sum(w for _, w in OFFICES)
    start = time.perf_counter()
    try:
        with session.unit(Action.REPORT_EXPORT) as unit:
            gen = Generator(unit, seed, today or dt.date.today())
        for code, weight in OFFICES:
            n = cases * weight // total
            with session.unit(Action.REPORT_EXPORT) as unit:
                gen.rec, gen.now = unit.records, unit.now
                gen.office(code, n, None if quiet else (
                    lambda k, c=code: print(f"  {c}: {k:,} cases,"
                                            f" {time.perf_counter() - start:,.0f} s",
                                            flush=True)))
    finally:
        session.close()


def installation(cases: int, *, rebuild: bool = False) -> Path:
    home = BENCH_DIR / f"reports-{cases}"
    meta = home / "bench.json"
    want = {"cases": cases, "generator": GENERATOR_VERSION}
    if not rebuild and meta.exists() and all(
            json.loads(meta.read_text()).get(k) == v for k, v in want.items()):
        return home / "data"
    if home.exists():
        shutil.rmtree(home)
    home.mkdir(parents=True)
    print(f"building a hub with {cases:,} cases in {home} (cached for later runs) ...",
          flush=True)
    seconds = time.perf_counter()
    build(home / "data", cases)
    meta.write_text(json.dumps({**want, "build_seconds": time.perf_counter() - seconds}))
    return home / "data"


# -- measuring -------------------------------------------------------------------------------
def _median_seconds(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    times.sort()
    return times[len(times) // 2], result


def measure(session: Session, runs: int) -> list[tuple[str, float, bool | None]]:
    from victimcare.services import reports, stats_export
    from victimcare.services.reports import Filters

    rows: list[tuple[str, float, bool | None]] = []
    q_start, q_end = reports.quarter_dates(2025, 3)
    scenarios = {
        "all offices, all time": Filters(),
        "one quarter (2025 Q3), incident date": Filters(start=q_start, end=q_end),
        "one quarter, case opened date": Filters(start=q_start, end=q_end, basis="opened"),
        "province KP, all time": Filters(province="KP"),
        "district KP-PEW, one quarter": Filters(district="KP-PEW", start=q_start, end=q_end),
    }
    for name, filters in scenarios.items():
        def computed(f: Filters = filters) -> Any:
            reports._CACHE.clear()  # what a refresh costs after the data changed
            return reports.dashboard(session, f)

        seconds, dash = _median_seconds(computed, runs)
        rows.append((f"dashboard computed: {name} ({dash.victims:,} victims,"
                     f" {dash.cases:,} cases)", seconds, seconds < GOAL_REFRESH))
    reports.dashboard(session, Filters())
    seconds, _ = _median_seconds(lambda: reports.dashboard(session, Filters()), runs)
    rows.append(("dashboard refresh, data unchanged (all offices, all time)", seconds,
                 seconds < GOAL_REFRESH))
    seconds, _ = _median_seconds(lambda: reports.report(session, Filters()), 1)
    rows.append(("suppression of every table (all time, dashboard cached)", seconds, None))
    q_filters = Filters(province="KP")
    reports.dashboard(session, q_filters)
    seconds, _ = _median_seconds(lambda: reports.report(session, q_filters), 1)
    rows.append(("suppression of every table (province KP by district, cached)", seconds,
                 None))
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("csv", "xlsx", "pdf"):
            target = Path(tmp) / f"report.{fmt}"
            seconds, _ = _median_seconds(
                lambda f=fmt, p=target: stats_export.export(session, Filters(), p, f), 1)
            rows.append((f"export {fmt} (all time, all offices, dashboard cached)", seconds,
                         None))
    # Last, since they rewrite every fact; the write-ahead log is folded back afterwards so
    # that the next run's dashboards read a tidy file.
    every_case = [c for (c,) in session.db.query("SELECT id FROM vc_case")]
    with session.db.transaction():  # as the upgrade to schema 8 leaves them: none yet
        for table in report_facts.TABLES:
            session.db.execute(f"DELETE FROM {table}")
        report_facts.mark(session.db, every_case)
        seconds, _ = _median_seconds(lambda: report_facts.refresh_dirty(session.db), 1)
    rows.append((f"dashboard facts written for every case ({len(every_case):,}: once, after"
                 " the upgrade to schema 8)", seconds, None))
    with session.db.transaction():
        report_facts.mark(session.db, every_case)
        seconds, _ = _median_seconds(lambda: report_facts.refresh_dirty(session.db), 1)
    rows.append(("dashboard facts of every case compared with the data, nothing changed",
                 seconds, None))
    session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return rows


def after_changes(data_dir: Path, changed: Sequence[int]) -> list[tuple[str, float, bool | None]]:
    """The first dashboard after n cases changed through the app's write path (status, one
    need met), so that their facts are rewritten first; on a copy of the hub, which stays as
    built."""
    from victimcare.services import reports
    from victimcare.services.reports import Filters

    rows: list[tuple[str, float, bool | None]] = []
    for n in changed:
        with tempfile.TemporaryDirectory(dir=BENCH_DIR) as tmp:
            copy = Path(tmp) / "data"
            shutil.copytree(data_dir, copy, ignore=shutil.ignore_patterns("*.bak"))
            session = sign_in(copy, "coord", PASSWORD)
            try:
                reports.dashboard(session, Filters())
                cases = session.db.query(
                    "SELECT c.id, (SELECT n.id FROM need_item n WHERE n.case_id = c.id"
                    " AND n.status != 'met' LIMIT 1) AS need FROM vc_case c"
                    " WHERE c.status = 'open' ORDER BY random() LIMIT ?", (n,))
                with session.unit(Action.REPORT_EXPORT) as unit:
                    for case in cases:
                        unit.records.update("vc_case", case["id"], {"status": "on_hold"})
                        if case["need"]:
                            unit.records.update("need_item", case["need"], {"status": "met"})
                reports._CACHE.clear()
                start = time.perf_counter()
                reports.dashboard(session, Filters())
                seconds = time.perf_counter() - start
            finally:
                session.close()
        rows.append((f"dashboard computed: all time, the first after {n:,} cases changed",
                     seconds, seconds < GOAL_REFRESH))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 cases, for development")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached hub")
    parser.add_argument("--runs", type=int, default=5, help="median of this many refreshes")
    args = parser.parse_args()
    cases = 2_000 if args.quick else 100_000
    data_dir = installation(cases, rebuild=args.rebuild)
    session = sign_in(data_dir, "coord", PASSWORD)
    try:
        counts = {t: session.db.scalar(f"SELECT count(*) FROM {t}") for t in (
            "vc_case", "case_member", "need_item", "referral", "referral_event", "follow_up")}
        print(f"# reports bench: {cases:,} cases at a hub, coordinator, median of"
              f" {args.runs} | {dt.datetime.now().isoformat(timespec='seconds')}")
        print("# rows: " + ", ".join(f"{t} {n:,}" for t, n in counts.items()))
        rows = measure(session, args.runs)
    finally:
        session.close()
    rows += after_changes(data_dir, (100, 1_000) if args.quick else (1_000, 10_000))
    width = max(len(r[0]) for r in rows)
    print(f"| {'figure':<{width}} | {'measured':>10} | goal     |      |")
    print(f"|{'-' * (width + 2)}|{'-' * 11}:|----------|------|")
    for name, seconds, ok in rows:
        goal = f"< {GOAL_REFRESH:.0f} s" if ok is not None else ""
        verdict = "" if ok is None else ("PASS" if ok else "MISS")
        print(f"| {name:<{width}} | {seconds * 1000:>7.0f} ms | {goal:<8} | {verdict:<4} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
