"""Shared bench helpers: machine facts, timing, result tables, cached synthetic installations."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from victimcare.domain.permissions import Action
from victimcare.services import accounts
from victimcare.services.installation import create_installation, sign_in
from victimcare.services.session import Session
from victimcare.store.keyslots import STANDARD_KDF
from victimcare.store.schema import CURRENT_VERSION

BENCH_DIR = Path("/tmp/vc-bench")
OFFICE = "PB-LHR"
ADMIN_PASSWORD = "office-keys-bench-2026"
PASSWORD = "a-good-bench-password-1"
# Bump when the generated data changes shape, so cached installations are rebuilt.
GENERATOR_VERSION = 2
SQL_DIR = Path(__file__).resolve().parents[1] / "victimcare" / "store" / "sql"


# -- command line and machine ----------------------------------------------------------------
def arguments(description: str, *, rebuild: bool = False,
              rounds: bool = False) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for development")
    if rounds:
        parser.add_argument("--rounds", type=int, default=1,
                            help="repeat the whole workload, report the median per phase")
    if rebuild:
        parser.add_argument("--rebuild", action="store_true",
                            help=f"rebuild the cached installations under {BENCH_DIR}")
    return parser.parse_args()


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import sqlcipher3  # the store's driver, only to report the SQLite it is built on

    return (f"{os.cpu_count()} cores, {model}, Python {platform.python_version()}, "
            f"SQLCipher's SQLite {sqlcipher3.sqlite_version}, stdlib SQLite "
            f"{sqlite3.sqlite_version}")


def header(title: str, quick: bool) -> None:
    print(f"# {title}{' (quick)' if quick else ''}")
    print(f"# {dt.datetime.now().isoformat(timespec='seconds')} | {machine()} | load average"
          f" {os.getloadavg()[0]:.1f} at start")


# -- timing and reporting --------------------------------------------------------------------
def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def pct(samples: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of a non-empty sample."""
    ordered = sorted(samples)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


@dataclass
class Row:
    figure: str
    value: str
    goal: str = ""
    ok: bool | None = None

    @property
    def verdict(self) -> str:
        return "" if self.ok is None else ("PASS" if self.ok else "MISS")


def table(rows: Sequence[Row], title: str = "") -> None:
    if title:
        print(f"\n## {title}")
    widths = [max(len(h), *(len(getattr(r, a)) for r in rows)) if rows else len(h)
              for h, a in (("figure", "figure"), ("measured", "value"), ("goal", "goal"))]
    line = f"| {{:<{widths[0]}}} | {{:>{widths[1]}}} | {{:<{widths[2]}}} | {{:<4}} |"
    print(line.format("figure", "measured", "goal", "    "))
    print(f"|{'-' * (widths[0] + 2)}|{'-' * (widths[1] + 1)}:|{'-' * (widths[2] + 2)}|------|")
    for r in rows:
        print(line.format(r.figure, r.value, r.goal, r.verdict))
    sys.stdout.flush()


def summary(rows: Sequence[Row]) -> int:
    misses = [r.figure for r in rows if r.ok is False]
    print(f"\n{len(misses)} MISS of {sum(r.ok is not None for r in rows)} goals"
          + (": " + "; ".join(misses) if misses else ""))
    return 0


# -- schema text (for the plain-SQLite comparison) -------------------------------------------
def schema_statements() -> list[str]:
    """The schema scripts v1.sql, v2.sql, ... as single statements, in order (the same split
    the store's migration uses)."""
    out: list[str] = []
    for path in sorted(SQL_DIR.glob("v*.sql"), key=lambda p: int(p.stem[1:])):
        lines = [ln for ln in path.read_text("utf-8").splitlines()
                 if not ln.lstrip().startswith("--")]
        out += [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
    return out


# -- synthetic people ------------------------------------------------------------------------
MALE = [("Muhammad", "محمد"), ("Ahmed", "احمد"), ("Ali", "علی"), ("Hassan", "حسن"),
        ("Hussain", "حسین"), ("Imran", "عمران"), ("Usman", "عثمان"), ("Bilal", "بلال"),
        ("Asif", "آصف"), ("Tariq", "طارق"), ("Zahid", "زاہد"), ("Shahid", "شاہد"),
        ("Khalid", "خالد"), ("Naveed", "نوید"), ("Waqas", "وقاص"), ("Faisal", "فیصل"),
        ("Kamran", "کامران"), ("Irfan", "عرفان"), ("Sajid", "ساجد"), ("Rashid", "راشد"),
        ("Javed", "جاوید"), ("Nadeem", "ندیم"), ("Saleem", "سلیم"), ("Zubair", "زبیر"),
        ("Hamza", "حمزہ"), ("Umar", "عمر"), ("Yasir", "یاسر"), ("Ghulam Abbas", "غلام عباس"),
        ("Abdul Rehman", "عبدالرحمان"), ("Ghulam Rasool", "غلام رسول")]
FEMALE = [("Ayesha", "عائشہ"), ("Fatima", "فاطمہ"), ("Naseem", "نسیم"), ("Rubina", "روبینہ"),
          ("Shazia", "شازیہ"), ("Saima", "صائمہ"), ("Nasreen", "نسرین"), ("Parveen", "پروین"),
          ("Samina", "ثمینہ"), ("Kausar", "کوثر"), ("Zainab", "زینب"), ("Maryam", "مریم"),
          ("Sadia", "سعدیہ"), ("Bushra", "بشریٰ"), ("Amina", "آمنہ"), ("Hina", "حنا"),
          ("Nazia", "نازیہ"), ("Asma", "اسماء"), ("Rukhsana", "رخسانہ"), ("Sobia", "صوبیہ")]
FAMILY = [("Khan", "خان"), ("Aslam", "اسلم"), ("Akram", "اکرم"), ("Butt", "بٹ"),
          ("Qureshi", "قریشی"), ("Malik", "ملک"), ("Chaudhry", "چوہدری"), ("Shah", "شاہ"),
          ("Iqbal", "اقبال"), ("Riaz", "ریاض"), ("Anwar", "انور"), ("Baig", "بیگ"),
          ("Mirza", "مرزا"), ("Awan", "اعوان"), ("Rajput", "راجپوت"), ("Jutt", "جٹ"),
          ("Siddiqui", "صدیقی"), ("Abbasi", "عباسی"), ("Yousafzai", "یوسفزئی"),
          ("Afridi", "آفریدی"), ("Khattak", "خٹک"), ("Durrani", "درانی"), ("Baloch", "بلوچ"),
          ("Bugti", "بگٹی"), ("Memon", "میمن"), ("Shaikh", "شیخ"), ("Ansari", "انصاری"),
          ("Gillani", "گیلانی"), ("Bhatti", "بھٹی"), ("Cheema", "چیمہ"), ("Gondal", "گوندل"),
          ("Niazi", "نیازی"), ("Tareen", "ترین"), ("Kazmi", "کاظمی"), ("Zaidi", "زیدی"),
          ("Naqvi", "نقوی"), ("Rizvi", "رضوی"), ("Warraich", "وڑائچ"), ("Hussain", "حسین"),
          ("Ahmed", "احمد")]
# Syllables for rare family names: about one person in a hundred has a near-unique name.
_SYLLABLES = ["zar", "gho", "qal", "dra", "nik", "tev", "bur", "shan", "mol", "vek", "rud",
              "pash", "lor", "kem", "yat", "fro"]
# Most incidents happen in the office's own district; some are handled for neighbours.
DISTRICTS = [("PB-LHR", 50), ("PB-KSR", 15), ("PB-SKP", 10), ("PB-GRW", 10), ("PB-FSD", 8),
             ("PB-OKR", 5), ("PB-NNK", 2)]
STATUSES = [("open", 55), ("on_hold", 10), ("pending_closure", 5), ("closed", 30)]
RISKS = [(None, 30), ("low", 30), ("medium", 25), ("high", 15)]
CATEGORIES = ["direct_injured", "direct_deceased", "direct_psychological", "indirect_family",
              "property_loss"]
CASES_PER_INCIDENT = 20
YEARS = (2021, 2022, 2023, 2024, 2025)


def pick(rng: random.Random, weighted: Sequence[tuple[Any, int]]) -> Any:
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


class People:
    """Deterministic synthetic people: Pakistani-style names in both scripts, CNIC, mobile."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)

    def person(self) -> tuple[dict[str, Any], str | None]:
        rng = self.rng
        female = rng.random() < 0.3
        given = rng.choice(FEMALE) if female else (
            MALE[0] if rng.random() < 0.25 else rng.choice(MALE))
        family = ("Bibi", "بی بی") if female and rng.random() < 0.3 else rng.choice(FAMILY)
        if rng.random() < 0.01:
            family = ("".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize(), "")
        guardian = (MALE[0][0] + " " + rng.choice(MALE[1:])[0], "") if rng.random() < 0.3 \
            else (rng.choice(MALE)[0] + " " + rng.choice(FAMILY)[0], "")
        values: dict[str, Any] = {
            "given_name": given[0], "family_name": family[0],
            "name_ur": " ".join(x for x in (given[1], family[1]) if x),
            "guardian_name": guardian[0],
            "guardian_relation": ("w_o" if rng.random() < 0.5 else "d_o") if female else "s_o",
            "sex": "female" if female else "male",
            "age_estimate": rng.randint(1, 85), "age_estimated_on": "2025-01-01",
            "district": pick(rng, DISTRICTS),
        }
        if rng.random() < 0.8:
            last = rng.choice("02468" if female else "13579")
            values["cnic"] = f"35202{rng.randrange(10**7):07d}{last}"
        mobile = f"+923{rng.randrange(50):02d}{rng.randrange(10**7):07d}" \
            if rng.random() < 0.7 else None
        return values, mobile


# -- people with a long tail of names ----------------------------------------------------------
def _words(text: str) -> list[str]:
    return text.split()


# As in real registers (dedupe_bench, sync_bench): the first names of each list are the most
# frequent, and a long tail follows.
LONG_TAIL_MALE = _words(
    "Ali Ahmad Hassan Hussain Imran Usman Bilal Asif Tariq Zahid Shahid Khalid Naveed Waqas "
    "Faisal Kamran Irfan Sajid Rashid Javed Nadeem Saleem Zubair Hamza Umar Yasir Abbas "
    "Aslam Akram Anwar Arshad Ashraf Azhar Babar Bashir Danish Ejaz Farhan Fahad Farooq "
    "Ghafoor Habib Haider Hameed Haroon Iftikhar Iqbal Ismail Jamil Jawad Junaid Kashif "
    "Khurram Liaqat Majid Mansoor Masood Mehmood Mohsin Mubashir Mudassar Mukhtar Munir "
    "Mushtaq Nasir Nazir Noman Obaid Owais Parvez Qaiser Qasim Rafiq Raheel Rehan Riaz "
    "Rizwan Saad Sabir Saeed Safdar Sajjad Salman Sami Sarfraz Shafiq Shahbaz Shakeel "
    "Shaukat Sohail Sultan Tahir Talha Tanveer Tauseef Waheed Waqar Waseem Yousaf Younas "
    "Zafar Zaheer Zeeshan Zulfiqar Adeel Adnan Aftab Ahsan Aamir Amjad Arif Asad Atif "
    "Ayaz Fawad Ghazanfar Hafeez Hanif Ibrar Ilyas Inam Irshad Jahangir Kaleem Latif "
    "Maqsood Moeen Nadir Naeem Nawaz Qadeer Rauf Rehmat Sadiq Samiullah Sanaullah "
    "Shehzad Siraj Taimur Ubaid Wajid Yaqoob Zakir Zareef Gul Sher Bakht Fazal Hazrat "
    "Rahimullah Habibullah Irfanullah Saifullah Nizamuddin Salahuddin Ziaurrehman "
    "Abdulrehman Abdulghafoor Abdulqadir Abdulsattar")
LONG_TAIL_FEMALE = _words(
    "Ayesha Fatima Naseem Rubina Shazia Saima Nasreen Parveen Samina Kausar Zainab Maryam "
    "Sadia Bushra Amina Hina Nazia Asma Rukhsana Sobia Nargis Shabana Tahira Farzana "
    "Naheed Rashida Zahida Shamim Razia Salma Kulsoom Sughra Jamila Khalida Mehnaz "
    "Robina Sumaira Uzma Yasmin Zubaida Noreen Fozia Ghazala Iram Lubna Misbah Nabila "
    "Nighat Qudsia Rabia Sadaf Sana Shagufta Shaista Sidra Tasleem Zarina Aqsa Anam "
    "Bibi Hajra Khadija Mehwish Nida Rahila Saba Saira Tayyaba")
LONG_TAIL_FAMILY = _words(
    "Khan Ahmad Ali Hussain Shah Iqbal Akhtar Butt Qureshi Malik Chaudhry Riaz Anwar Baig "
    "Mirza Awan Rajput Jutt Siddiqui Abbasi Yousafzai Afridi Khattak Durrani Baloch Bugti "
    "Memon Shaikh Ansari Gillani Bhatti Cheema Gondal Niazi Tareen Kazmi Zaidi Naqvi "
    "Rizvi Warraich Mehmood Aslam Akram Javed Rasheed Bashir Nawaz Sultan Hameed Lodhi "
    "Mughal Marwat Wazir Mehsud Kakar Achakzai Jamali Magsi Rind Lashari Soomro Junejo "
    "Mangi Bhutto Chandio Laghari Khoso Kalhoro Sheikh Hashmi Jafri Bukhari Gardezi "
    "Qazi Arain Dogar Tiwana Noon Sial Khokhar Janjua Kiyani Satti Dhanyal Swati Tanoli "
    "Jadoon Orakzai Bangash Turi Mohmand Shinwari Safi Kundi Gandapur Babar")
LONG_TAIL_DISTRICTS = _words(
    "PB-LHR PB-KSR PB-SKP PB-GRW PB-FSD PB-OKR PB-NNK PB-MUL PB-RWP PB-GRT KP-PEW KP-MRD "
    "KP-SWA KP-BNU KP-DIK KP-KOH SD-KHC SD-KHE SD-KHS SD-HYD SD-SKR BA-QTA BA-PSN IS-ISB")


def _zipf(rng: random.Random, items: list[str]) -> str:
    weights = [1 / (i + 5) for i in range(len(items))]  # the most frequent about 5%
    return rng.choices(items, weights)[0]


def long_tail_person(rng: random.Random) -> tuple[dict[str, Any], str | None]:
    female = rng.random() < 0.35
    given = _zipf(rng, LONG_TAIL_FEMALE if female else LONG_TAIL_MALE)
    if not female and rng.random() < 0.3:
        given = "Muhammad " + given
    family = _zipf(rng, LONG_TAIL_FAMILY) if rng.random() < 0.8 else None
    father = _zipf(rng, LONG_TAIL_MALE) + (
        " " + _zipf(rng, LONG_TAIL_FAMILY) if rng.random() < 0.6 else "")
    values: dict[str, Any] = {
        "given_name": given, "family_name": family, "guardian_name": father,
        "guardian_relation": ("w_o" if rng.random() < 0.5 else "d_o") if female else "s_o",
        "sex": "female" if female else "male", "age_estimate": rng.randint(1, 85),
        "age_estimated_on": "2025-01-01", "district": _zipf(rng, LONG_TAIL_DISTRICTS)}
    if rng.random() < 0.6:
        values["cnic"] = f"{rng.randrange(1, 8)}{rng.randrange(10**11):011d}{rng.randrange(10)}"
    mobile = f"+923{rng.randrange(50):02d}{rng.randrange(10**7):07d}" \
        if rng.random() < 0.6 else None
    return values, mobile



# -- installations ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Built:
    data_dir: Path
    cases: int
    persons: int
    build_seconds: float
    reused: bool

    @property
    def rate(self) -> float:
        return self.persons / self.build_seconds if self.build_seconds else 0.0


def new_installation(data_dir: Path, users: Sequence[tuple[str, str]] = (
        ("cw", "caseworker"), ("cw2", "caseworker"), ("sup", "supervisor"))) -> None:
    """An office installation with the real KDF, an admin and the given (username, role)s."""
    create_installation(data_dir, office_code=OFFICE, admin_username="admin",
                        admin_password=ADMIN_PASSWORD, admin_full_name="Bench Admin",
                        kdf=STANDARD_KDF)
    admin = sign_in(data_dir, "admin", ADMIN_PASSWORD)
    try:
        for username, role in users:
            accounts.create_user(admin, username, f"Officer {username}", [role],
                                 password=PASSWORD)
    finally:
        admin.close()


def login(data_dir: Path, username: str = "cw") -> Session:
    return sign_in(data_dir, username, ADMIN_PASSWORD if username == "admin" else PASSWORD)


def populate(session: Session, cases: int, *, seed: int = 7, case_prefix: str = OFFICE,
             progress: Callable[[int], None] | None = None) -> int:
    """`cases` cases with one principal person each, through the real write path (versions,
    change log, search hooks) in ONE unit of work; returns the number of persons written."""
    rng = random.Random(seed)
    people = People(seed)
    workers = [r["id"] for r in session.db.query(
        "SELECT id FROM user_account WHERE username != 'admin' ORDER BY username")]
    seq = dict.fromkeys(YEARS, 0)
    persons = 0
    with session.unit(Action.INCIDENT_REGISTER) as unit:
        rec = unit.records
        incident, incident_day = None, dt.date(2021, 1, 1)
        for i in range(cases):
            if i % CASES_PER_INCIDENT == 0:
                incident_day = dt.date(rng.choice(YEARS), 1, 1) + dt.timedelta(
                    days=rng.randrange(330))
                incident = rec.insert("incident", {
                    "occurred_on": incident_day.isoformat(), "date_precision": "day",
                    "district": pick(rng, DISTRICTS), "place_type": "market",
                    "attack_types": ["bombing"], "verification_status": "verified"})
            values, mobile = people.person()
            person = rec.insert("person", values)
            persons += 1
            if mobile:
                rec.insert("contact_point", {"person": person, "kind": "mobile",
                                             "value": mobile, "safe_to_contact": "yes"})
            opened = incident_day + dt.timedelta(days=rng.randrange(30))
            seq[incident_day.year] += 1
            risk = pick(rng, RISKS)
            case = rec.insert("vc_case", {
                "case_number": f"{case_prefix}-{incident_day.year}-{seq[incident_day.year]:05d}",
                "incident": incident, "principal_person": person,
                "case_worker": rng.choice(workers), "status": pick(rng, STATUSES),
                "risk_level": risk,
                "next_review_on": (opened + dt.timedelta(days=90)).isoformat() if risk else None,
                "sensitivity": "restricted" if rng.random() < 0.03 else "normal",
                "fir_registered": rng.random() < 0.6, "opened_on": opened.isoformat()})
            rec.insert("case_member", {"case_id": case, "person": person,
                                       "victim_category": rng.choice(CATEGORIES),
                                       "harms": None, "principal": True})
            if progress and (i + 1) % 10_000 == 0:
                progress(i + 1)
        unit.audit("bench.populate", None, None, cases=cases)
    return persons


def _wanted(cases: int) -> dict[str, int]:
    # Not the schema version: sign_in migrates a cached installation, as it would in the field.
    return {"cases": cases, "generator": GENERATOR_VERSION}


def cached(cases: int) -> Built | None:
    """The cached installation with `cases` cases, if one is there and current."""
    home = BENCH_DIR / f"cases-{cases}"
    meta_path = home / "bench.json"
    if not meta_path.exists():
        return None
    meta = json.loads(meta_path.read_text())
    if any(meta.get(k) != v for k, v in _wanted(cases).items()):
        return None
    return Built(home / "data", cases, meta["persons"], meta["build_seconds"], True)


def installation(cases: int, *, rebuild: bool = False, quiet: bool = False) -> Built:
    """A cached installation with `cases` cases under BENCH_DIR, built if missing or stale."""
    found = None if rebuild else cached(cases)
    if found:
        return found
    home = BENCH_DIR / f"cases-{cases}"
    meta_path = home / "bench.json"
    want = _wanted(cases)
    if home.exists():
        shutil.rmtree(home)
    home.mkdir(parents=True)
    data_dir = home / "data"
    if not quiet:
        print(f"building {cases:,} cases in {data_dir} (cached for later runs) ...", flush=True)
    new_installation(data_dir)
    session = login(data_dir)
    try:
        start = time.perf_counter()
        persons = populate(session, cases, progress=None if quiet else (
            lambda n: print(f"  {n:,} cases, {n / (time.perf_counter() - start):,.0f}/s",
                            flush=True)))
        seconds = time.perf_counter() - start
        check_search_rows(session)
    finally:
        session.close()
    meta_path.write_text(json.dumps({**want, "schema": CURRENT_VERSION, "persons": persons,
                                     "build_seconds": seconds,
                                     "built_at": dt.datetime.now().isoformat()}))
    return Built(data_dir, cases, persons, seconds, False)


class _Rollback(Exception):
    pass


def check_search_rows(session: Session) -> None:
    """The search index holds one row per live person."""
    persons = session.db.scalar("SELECT count(*) FROM person WHERE deleted IS NULL")
    rows = session.db.scalar("SELECT count(*) FROM person_search")
    if persons != rows:
        raise RuntimeError(f"search index has {rows} rows for {persons} persons")


def write_probe(session: Session, cases: int) -> float:
    """Seconds per case (person + mobile + case + member) through the REAL write path on this
    installation as it is; everything is rolled back afterwards."""
    try:
        with session.db.transaction():
            seconds, _ = timed(lambda: populate(session, cases, seed=99, case_prefix="PROBE"))
            raise _Rollback
    except _Rollback:
        pass
    return seconds / cases


def samples(session: Session, sql: str, n: int, params: Sequence[Any] = (),
            seed: int = 11) -> list[Any]:
    """`n` rows picked at random (deterministic), e.g. real CNICs to search for; one-column
    queries give the values themselves."""
    values = [r[0] if len(r) == 1 else tuple(r) for r in session.db.query(sql, params)]
    rng = random.Random(seed)
    return rng.sample(values, min(n, len(values)))


def median(values: Sequence[float]) -> float:
    return statistics.median(values)
