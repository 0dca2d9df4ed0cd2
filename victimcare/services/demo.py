"""A demo installation: staff logins and years of synthetic casework, the same for one seed."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import itertools
import json
import random
import struct
import zlib
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from victimcare.domain import reference
from victimcare.domain.enums import RiskLevel, Role
from victimcare.domain.errors import ValidationError
from victimcare.domain.rules import DEFAULT_REVIEW_DAYS
from victimcare.domain.validation import format_cnic
from victimcare.services import (
    accounts,
    care,
    clock,
    compensation,
    directory,
    people,
    referrals,
)
from victimcare.services.cases import update_case
from victimcare.services.incidents import register_incident
from victimcare.services.installation import create_installation, sign_in
from victimcare.services.paths import InstallationPaths
from victimcare.services.session import Session
from victimcare.store.keyslots import STANDARD_KDF, KdfProfile

# Printed by `victimcare demo` and written in docs: a demo login is meant to be known.
DEMO_PASSWORD = "demo-password-2026"
ADMIN = ("admin", "Asad Ali")
STAFF: tuple[tuple[Role, str, str], ...] = (
    (Role.CASEWORKER, "amina", "Amina Yousafzai"),
    (Role.CASEWORKER, "bilal", "Bilal Khattak"),
    (Role.SUPERVISOR, "tariq", "Tariq Mehmood"),
    (Role.COORDINATOR, "sadia", "Sadia Gul"),
    (Role.AUDITOR, "farhan", "Farhan Qureshi"),
)
_CASEWORKERS = ("amina", "bilal")
_SUPERVISOR = "tariq"
_YEARS_BACK = 3


@dataclass(frozen=True)
class DemoResult:
    data_dir: Path
    logins: list[tuple[str, str, str]]  # (role, username, password)
    recovery_key: str
    cases: int


def create_demo(data_dir: Path, *, cases: int = 120, kdf: KdfProfile = STANDARD_KDF,
                seed: int = 7, office_code: str = "KP-PEW",
                progress: Callable[[int, int], None] | None = None) -> DemoResult:
    """Make a new installation full of made-up but plausible casework.

    Every record is written through the services as the user who would have written it, on
    the day it would have been written (the history is replayed on a simulated clock), so
    case numbers, audit events and review dates look like three years of real work.
    `progress(done, total)` counts steps: setting up, then each piece of casework.
    """
    if cases < 1:
        raise ValidationError.single("cases", "too_small", min=1)
    today = clock.today()
    rng = random.Random(seed)
    plan = _Planner(rng, office_code, today).plan(cases)
    total = 2 + len(plan.events)
    report = progress or (lambda done, steps: None)
    sim = _SimulatedClock(dt.datetime.now(dt.UTC))
    start = plan.events[0].day - dt.timedelta(days=30)
    sim.move(dt.datetime.combine(start, dt.time(4, 0), tzinfo=dt.UTC), start)
    sessions: dict[str, Session] = {}
    paths = InstallationPaths(Path(data_dir))
    with _replaying(sim):
        created = create_installation(
            data_dir, office_code=office_code, admin_username=ADMIN[0],
            admin_password=DEMO_PASSWORD, admin_full_name=ADMIN[1], kdf=kdf)
        report(1, total)
        try:
            try:
                sessions["admin"] = sign_in(data_dir, ADMIN[0], DEMO_PASSWORD)
                for role, username, full_name in STAFF:
                    accounts.create_user(sessions["admin"], username, full_name, [role.value],
                                         password=DEMO_PASSWORD)
                for username in (*_CASEWORKERS, _SUPERVISOR):
                    sessions[username] = sign_in(data_dir, username, DEMO_PASSWORD)
                _directory(sessions[_SUPERVISOR], office_code, today)
                report(2, total)
                _replay(plan.events, sessions, sim, lambda done: report(2 + done, total))
            finally:
                for session in sessions.values():
                    session.close()
        except BaseException:
            _remove_installation(paths)
            raise
    logins = [(role, username, DEMO_PASSWORD) for role, username in (
        ("caseworker", "amina"), ("supervisor", _SUPERVISOR), ("coordinator", "sadia"),
        ("admin", ADMIN[0]))]
    return DemoResult(Path(data_dir), logins, created.recovery_key, len(plan.cases))


# The office's directory: made-up providers of the kinds a district office refers to.
# (name, Urdu name, provider type, service types, languages)
_PROVIDERS: tuple[tuple[str, str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("District Headquarters Hospital", "ڈسٹرکٹ ہیڈکوارٹر ہسپتال", "health",
     ("medical_emergency", "medical_ongoing", "rehabilitation"), ("ur", "ps")),
    ("Trauma Counselling Centre", "ٹراما کاؤنسلنگ سینٹر", "psychosocial",
     ("psychosocial",), ("ur", "ps", "en")),
    ("District Legal Aid Committee", "ڈسٹرکٹ لیگل ایڈ کمیٹی", "legal_aid",
     ("legal_aid", "protection"), ("ur", "en")),
    ("Compensation Cell, Home Department", "معاوضہ سیل، محکمہ داخلہ", "compensation_authority",
     ("compensation",), ("ur", "en")),
    ("District Social Welfare Office", "ڈسٹرکٹ سوشل ویلفیئر آفس", "social_welfare",
     ("cash_assistance", "education", "shelter", "civil_documentation"), ("ur", "ps")),
    ("Bait-ul-Mal District Office", "بیت المال ڈسٹرکٹ آفس", "bait_ul_mal",
     ("livelihood", "cash_assistance"), ("ur",)),
)


def _directory(supervisor: Session, office: str, today: dt.date) -> None:
    """The providers the office refers to, each verified within the last year."""
    for n, (_name, name_ur, kind, services, languages) in enumerate(_PROVIDERS):
        directory.add_provider(supervisor, {
            "name_en": _provider_name(kind, office), "name_ur": name_ur,
            "provider_type": kind, "districts": [office], "languages": list(languages),
            "focal_person": _FOCAL_PEOPLE[n], "phone": f"091-92{n + 1:02d}{n * 7 + 113:03d}",
            "data_sharing_agreement": True,
            "dsa_expires_on": (today + dt.timedelta(days=200 + 40 * n)).isoformat(),
            "last_verified_on": (today - dt.timedelta(days=20 + 45 * n)).isoformat()},
            [{"service_type": t} for t in services])


def _provider_name(provider_type: str, office: str) -> str:
    name = next(p[0] for p in _PROVIDERS if p[2] == provider_type)
    return f"{name}, {reference.label('admin_units', office)}"


_FOCAL_PEOPLE = ("Dr. Sana Afridi", "Ms. Rukhsana Bibi", "Mr. Kamran Shinwari",
                 "Mr. Fazal Rabi", "Ms. Nighat Jan", "Mr. Javed Iqbal")


def _remove_installation(paths: InstallationPaths) -> None:
    """A half-made demo would block the next attempt; the folder held no installation before."""
    db = paths.database
    for leftover in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"),
                     paths.keyslots, paths.throttle):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


# -- the simulated clock -------------------------------------------------------------------
class _SimulatedClock:
    """Stands in for services.clock while the history is replayed; never runs ahead of now."""

    def __init__(self, real_now: dt.datetime) -> None:
        self._limit = real_now
        self._at = real_now
        self._day = real_now.date()

    def move(self, at: dt.datetime, day: dt.date) -> None:
        self._at = min(at, self._limit)
        self._day = day

    def utc_now(self) -> str:
        return self._at.isoformat(timespec="milliseconds")

    def today(self) -> dt.date:
        return self._day


@contextlib.contextmanager
def _replaying(sim: _SimulatedClock) -> Iterator[None]:
    # services.clock has no override hook: swap its two functions for the replay, and put
    # them back whatever happens.
    saved = clock.utc_now, clock.today
    setattr(clock, "utc_now", sim.utc_now)  # noqa: B010 (an assignment would upset mypy)
    setattr(clock, "today", sim.today)  # noqa: B010
    try:
        yield
    finally:
        setattr(clock, "utc_now", saved[0])  # noqa: B010
        setattr(clock, "today", saved[1])  # noqa: B010


@dataclass(order=True)
class _Event:
    at: dt.datetime
    seq: int
    day: dt.date = field(compare=False)
    actor: str = field(compare=False)
    run: Callable[[Session], object] = field(compare=False)


def _replay(events: Sequence[_Event], sessions: dict[str, Session], sim: _SimulatedClock,
            done: Callable[[int], None]) -> None:
    """Run the events, already in time order, each as its user on its simulated day."""
    last, n = "", 0
    # One commit per run of one user's events (each service call inside is a savepoint):
    # thousands of small commits, each flushing the search index, would take most of the time.
    for actor, run in itertools.groupby(events, key=lambda e: e.actor):
        session = sessions[actor]
        if last:
            # Three sessions on one device: each must issue versions after the others' ones.
            session.clock.observe(last)
        with session.db.transaction():
            for event in run:
                sim.move(event.at, event.day)
                event.run(session)
                n += 1
                done(n)
        last = session.clock.last


# -- names and people ----------------------------------------------------------------------
Name = tuple[str, str]  # (Latin, Urdu)


@functools.cache
def _names() -> dict[str, Any]:
    path = reference.resources_dir() / "demo" / "names.json"
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def _join(*parts: Name | None) -> Name:
    present = [p for p in parts if p]
    return " ".join(p[0] for p in present), " ".join(p[1] for p in present)


# CNICs from the former tribal areas (now Khyber Pakhtunkhwa) begin with 2.
_FORMER_FATA = {"KP-BJR", "KP-MHM", "KP-KHY", "KP-KRM", "KP-ORK", "KP-NWZ", "KP-LSW",
                "KP-USW"}
_KNOWN_PREFIX = {"KP-PEW": "17301", "PB-LHR": "35202", "SD-KHS": "42301", "BA-QTA": "54400",
                 "IS-ISB": "61101"}
_OPERATORS = [f"{n:02d}" for n in (*range(0, 10), *range(10, 19), *range(20, 26),
                                   *range(30, 37), *range(40, 50), 55)]


def _province(district: str) -> str:
    return reference.district_province(district) or district.split("-")[0]


def _cnic_prefix(district: str) -> str:
    if district in _KNOWN_PREFIX:
        return _KNOWN_PREFIX[district]
    if district in _FORMER_FATA:
        digit = "2"
    else:
        digit = str(next(i.extra["cnic_digit"] for i in reference.items("admin_units")
                         if i.code == _province(district)))
    return f"{digit}{zlib.crc32(district.encode()) % 10000:04d}"


@dataclass
class _Member:
    values: dict[str, Any]  # one victim row for register_incident
    name: str
    age: int
    sex: str
    alive: bool = True

    @property
    def adult(self) -> bool:
        return self.age >= 18


class _Folk:
    """Makes one family at a time: names, ages and papers that fit together."""

    def __init__(self, rng: random.Random, registered: dt.date, incident_day: dt.date,
                 home: str) -> None:
        self.rng = rng
        self.registered = registered
        self.incident_day = incident_day
        self.home = home
        mix = _names()["province_mix"].get(_province(home), {"common": 1})
        self.group_name = rng.choices(list(mix), weights=list(mix.values()))[0]
        self.group = _names()["groups"][self.group_name]
        self.language = self.group["language"] if rng.random() < 0.75 else "ur"

    def personal(self, sex: str, age: int, taken: Collection[str] = ()) -> Name:
        """A first name; never one of `taken` (brothers and sisters do not share one)."""
        pool = (_names()["young"] if age < 22 else self.group)["male" if sex == "male"
                                                                 else "female"]
        latin, urdu = self.rng.choice([n for n in pool if n[0] not in taken] or pool)
        return latin, urdu

    def surname(self) -> Name | None:
        if self.rng.random() < 0.2:
            return None
        latin, urdu = self.rng.choice(self.group["surnames"])
        return latin, urdu

    def mobile(self) -> str:
        return f"03{self.rng.choice(_OPERATORS)}-{self.rng.randrange(10 ** 7):07d}"

    def _id_number(self, sex: str) -> str:
        # The last digit of a CNIC or B-form number is odd for men, even for women.
        last = self.rng.choice("13579" if sex == "male" else "02468")
        return format_cnic(f"{_cnic_prefix(self.home)}{self.rng.randrange(10 ** 7):07d}{last}")

    def member(self, sex: str, age: int, personal: Name, surname: Name | None,
               guardian: Name | None, relation: str | None, *, alive: bool = True,
               breadwinner: bool = False) -> _Member:
        rng = self.rng
        full = _join(personal, surname)
        values: dict[str, Any] = {
            "given_name": personal[0], "family_name": surname[0] if surname else None,
            "name_ur": full[1], "sex": sex, "district": self.home,
        }
        if guardian:
            values.update(guardian_name=guardian[0], guardian_name_ur=guardian[1],
                          guardian_relation=relation)
        if age < 18:
            papers = 0.6
        elif not alive:
            papers = 0.95  # the family needs the card for the death certificate and the claim
        else:
            papers = 0.9 if sex == "male" else (0.6 if age >= 60 else 0.78)
        if rng.random() < papers:
            if age < 18:
                values.update(other_id_type="b_form", other_id_number=self._id_number(sex))
            else:
                values["cnic"] = self._id_number(sex)
            born = self.registered - dt.timedelta(days=int(age * 365.25) + rng.randrange(365))
            values["date_of_birth"] = born.isoformat()
        else:
            values.update(age_estimate=age, age_estimated_on=self.registered.isoformat())
        if age >= 12:
            values["preferred_language"] = self.language
            if self.language not in ("ur", "pa") and age >= 55 and sex == "female":
                values["interpreter_needed"] = rng.random() < 0.3
        if not alive:
            values.update(deceased=True, date_of_death=self.incident_day.isoformat())
        if breadwinner:
            values["breadwinner"] = True
        return _Member(values, full[0], age, sex, alive)


# -- families ------------------------------------------------------------------------------
_DISABILITIES = ("Lost the lower part of the left leg; uses crutches",
                 "Partial hearing loss in both ears", "Limited use of the right hand",
                 "Lost the sight of one eye", "Walks with a stick; cannot stand for long")


def _family(folk: _Folk, category: str, who: str) -> list[_Member]:
    """A principal (the direct victim) and the relatives registered with them."""
    rng = folk.rng
    deceased = category == "direct_deceased"
    if who == "child":
        age = rng.randint(6, 17)
        sex = "male" if rng.random() < 0.7 else "female"
    elif who == "woman":
        age, sex = int(rng.triangular(18, 65, 32)), "female"
    else:
        age, sex = int(rng.triangular(18, 68, 30)), "male"
    surname = folk.surname()
    father_age = age + rng.randint(22, 35)
    father = folk.personal("male", father_age)
    grandfather = folk.personal("male", 80)
    father_full = _join(father, surname)
    family: list[_Member] = []

    # The principal.
    married = who != "child" and age >= 21 and rng.random() < 0.85
    spouse_sex = "female" if sex == "male" else "male"
    spouse_age = (max(18, age - rng.randint(2, 9)) if sex == "male"
                  else min(80, age + rng.randint(2, 9))) if married else 0
    spouse_surname = surname if sex == "male" else folk.surname()
    spouse = folk.personal(spouse_sex, spouse_age) if married else None
    own_surname = surname
    if sex == "female" and (married or rng.random() < 0.65):
        own_surname = spouse_surname if married and rng.random() < 0.3 else None
    personal = folk.personal(sex, age)
    breadwinner = sex == "male" and age >= 20 and who != "child"
    if married and sex == "female":
        guardian, relation = _join(spouse, spouse_surname), "w_o"
    else:
        guardian, relation = father_full, "s_o" if sex == "male" else "d_o"
    principal = folk.member(sex, age, personal, own_surname, guardian, relation,
                            alive=not deceased, breadwinner=breadwinner)
    principal.values.update(victim_category=category, harms=_harms(rng, category, breadwinner))
    if "permanent_disability" in principal.values["harms"]:
        principal.values["disability"] = rng.choice(_DISABILITIES)
    family.append(principal)
    principal_full = _join(personal, own_surname)
    include_all = deceased or who == "child"
    dependants = deceased or (breadwinner and category in ("direct_injured", "kidnapped_released")
                              and rng.random() < 0.6)

    # Spouse and children.
    if married and spouse and (include_all or dependants or rng.random() < 0.3):
        if sex == "male":
            s = folk.member("female", spouse_age, spouse, spouse_surname if rng.random() < 0.3
                            else None, principal_full, "w_o")
        else:
            s = folk.member("male", spouse_age, spouse, spouse_surname,
                            _join(folk.personal("male", 80), spouse_surname), "s_o",
                            breadwinner=True)
        _relate(s, "indirect_dependant" if deceased and sex == "male" else "indirect_family",
                "spouse", dependant=deceased and sex == "male", heir=deceased)
        family.append(s)
        mother_age = spouse_age if sex == "male" else age
        dad_age = age if sex == "male" else spouse_age
        dad_full = principal_full if sex == "male" else _join(spouse, spouse_surname)
        youngest_parent = min(mother_age - 18, dad_age - 20)
        children = rng.choices((0, 1, 2, 3, 4, 5), weights=(10, 18, 25, 22, 15, 10))[0]
        ages = sorted({rng.randint(0, youngest_parent) for _ in range(children)}
                      if youngest_parent >= 0 else set(), reverse=True)
        child_surname = surname if sex == "male" else spouse_surname
        for child_age in ages:
            child_sex = rng.choice(("male", "female"))
            child = folk.member(child_sex, child_age,
                                folk.personal(child_sex, child_age, _first_names(family)),
                                child_surname if child_sex == "male" or rng.random() < 0.35
                                else None, dad_full, "s_o" if child_sex == "male" else "d_o")
            minor = child_age < 18
            _relate(child, "indirect_dependant" if deceased and minor else "indirect_family",
                    "child", dependant=minor and (deceased or dependants), heir=deceased)
            family.append(child)

    # Parents (and brothers and sisters, for a child or an unmarried young adult).
    no_adult = not any(m.adult and m.alive for m in family)
    mother_age = max(age + 18, father_age - rng.randint(3, 9))
    if include_all and (no_adult or age < 45) and father_age <= 85:
        with_father = rng.random() < (0.85 if who == "child" else 0.45)
        with_mother = mother_age <= 85 and (not with_father or rng.random() < 0.75)
        if with_father:
            f = folk.member("male", father_age, father, surname,
                            _join(grandfather, surname), "s_o", breadwinner=father_age < 65)
            _relate(f, "indirect_family", "parent", dependant=deceased and father_age >= 60,
                    heir=deceased)
            family.append(f)
        if with_mother:
            m = folk.member("female", mother_age, folk.personal("female", mother_age), None,
                            father_full, "w_o")
            _relate(m, "indirect_family", "parent", dependant=deceased and mother_age >= 55,
                    heir=deceased, caregiver=who == "child" and not deceased)
            family.append(m)
        if who == "child" or not married:
            for _ in range(rng.choice((0, 1, 1, 2))):
                sib_age = max(0, min(mother_age - 18, age + rng.randint(-6, 6)))
                sib_sex = rng.choice(("male", "female"))
                sib = folk.member(sib_sex, sib_age,
                                  folk.personal(sib_sex, sib_age, _first_names(family)),
                                  surname if sib_sex == "male" else None, father_full,
                                  "s_o" if sib_sex == "male" else "d_o")
                _relate(sib, "indirect_family", "sibling")
                family.append(sib)
    if not any(m.adult and m.alive for m in family):
        # Somebody has to speak for a dead or young victim: the mother, or else a brother.
        if mother_age <= 85:
            m = folk.member("female", mother_age, folk.personal("female", mother_age), None,
                            father_full, "w_o")
            _relate(m, "indirect_family", "parent", heir=deceased, caregiver=not deceased)
        else:
            brother_age = max(18, age + rng.randint(-8, 8))
            m = folk.member("male", brother_age,
                            folk.personal("male", brother_age, _first_names(family)), surname,
                            father_full, "s_o")
            _relate(m, "indirect_family", "sibling", heir=deceased)
        family.append(m)
    _give_phones(folk, family)
    return family


def _first_names(family: list[_Member]) -> set[str]:
    return {m.values["given_name"] for m in family}


def _harms(rng: random.Random, category: str, breadwinner: bool) -> list[str]:
    harms = {"direct_deceased": ["death"], "direct_psychological": ["psychological"],
             "kidnapped_released": ["psychological"],
             "property_loss": ["property_loss", "livelihood_loss"]}.get(category)
    if harms is None:  # injured, or hurt while helping others
        harms = [rng.choices(("grievous_injury", "minor_injury"), weights=(55, 45))[0]]
        if harms[0] == "grievous_injury" and rng.random() < 0.3:
            harms.append("permanent_disability")
        if rng.random() < 0.3:
            harms.append("psychological")
    if breadwinner and category in ("direct_injured", "kidnapped_released") and (
            rng.random() < 0.5):
        harms.append("livelihood_loss")
    return harms


def _relate(m: _Member, category: str, relationship: str, *, dependant: bool = False,
            heir: bool = False, caregiver: bool = False) -> None:
    harms = ["psychological"] + (["livelihood_loss"] if dependant else [])
    m.values.update(victim_category=category, harms=harms, relationship=relationship,
                    dependant=dependant, legal_heir=heir, primary_caregiver=caregiver)


def _give_phones(folk: _Folk, family: list[_Member]) -> None:
    contact = _contact_index(family)
    for i, m in enumerate(family):
        if not m.alive or m.age < 16:
            continue
        share = 0.88 if i == contact else (0.5 if m.sex == "male" else 0.2)
        if folk.rng.random() < share:
            m.values["mobile"] = folk.mobile()


def _contact_index(family: list[_Member]) -> int:
    """Who speaks for the family: the victim if an adult and alive, else the eldest adult."""
    if family[0].alive and family[0].adult:
        return 0
    grown = [i for i, m in enumerate(family) if m.alive and m.adult]
    return max(grown, key=lambda i: (family[i].values.get("primary_caregiver", False),
                                     family[i].values.get("relationship") == "spouse",
                                     family[i].age))


# -- incidents -----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Scenario:
    weight: int
    attacks: tuple[str, ...]
    weapons: tuple[tuple[str, ...], ...]
    families: tuple[int, int]
    places: tuple[tuple[str, str], ...]  # (place type, description)
    summaries: tuple[str, ...]
    victims: tuple[tuple[str, str, int], ...]  # (victim category, man/woman/child, weight)


_BOMB_VICTIMS = (("direct_deceased", "man", 28), ("direct_deceased", "woman", 4),
                 ("direct_injured", "man", 30), ("direct_injured", "woman", 8),
                 ("direct_injured", "child", 6), ("property_loss", "man", 10),
                 ("direct_psychological", "man", 7), ("intervener", "man", 7))
_SCENARIOS = (
    _Scenario(18, ("bombing",), (("ied",), ("ied",), ("vbied",), ("suicide_vest",)), (3, 7),
              (("market", "Vegetable market in the main bazaar"), ("market", "Cloth market"),
               ("transport", "Shops at the general bus stand"), ("market", "Fruit market")),
              ("Explosion in a busy market in the morning. {weapon}",), _BOMB_VICTIMS),
    _Scenario(10, ("bombing",), (("suicide_vest",),), (3, 8),
              (("place_of_worship", "Mosque during Friday prayers"),
               ("place_of_worship", "Imambargah during a majlis"),
               ("place_of_worship", "Mosque during the evening prayer")),
              ("Suicide bombing at a place of worship during prayers.",
               "A bomber on foot was stopped at the gate by volunteers and set off his vest."),
              (("direct_deceased", "man", 45), ("direct_injured", "man", 30),
               ("direct_injured", "child", 5), ("direct_psychological", "man", 10),
               ("intervener", "man", 10))),
    _Scenario(5, ("armed_assault",), (("firearm", "grenade"),), (2, 5),
              (("school", "Government high school"),
               ("school", "Private school near the main road")),
              ("Armed men entered the school during morning assembly. Security forces ended "
               "the attack the same day.",),
              (("direct_deceased", "child", 25), ("direct_injured", "child", 35),
               ("direct_psychological", "child", 15), ("direct_deceased", "man", 8),
               ("direct_injured", "woman", 7), ("intervener", "man", 5))),
    _Scenario(20, ("targeted_killing",), (("firearm",),), (1, 1),
              (("market", "Outside the family's shop"),
               ("road_checkpoint", "On the way home from the mosque"),
               ("residence", "Near the family home"),
               ("residence", "Polio vaccination team on a house-to-house round")),
              ("Shot by two men on a motorcycle, who escaped.",
               "Shot at close range by an unknown gunman, who escaped."),
              (("direct_deceased", "man", 80), ("direct_deceased", "woman", 8),
               ("direct_injured", "man", 12))),
    _Scenario(14, ("bombing",), (("ied",),), (1, 3),
              (("transport", "Passenger van on the main road"),
               ("road_checkpoint", "Roadside near a police checkpoint"),
               ("road_checkpoint", "Pick-up carrying labourers to work")),
              ("A roadside bomb went off as the vehicle passed.",),
              (("direct_deceased", "man", 40), ("direct_injured", "man", 40),
               ("direct_injured", "woman", 10), ("direct_injured", "child", 10))),
    _Scenario(12, ("grenade_rocket_mortar",), (("grenade",),), (1, 3),
              (("market", "Shop in the main bazaar"),
               ("residence", "Outside a house in the mohalla")),
              ("A hand grenade was thrown by two men on a motorcycle, who escaped.",),
              (("direct_injured", "man", 50), ("property_loss", "man", 30),
               ("direct_injured", "child", 10), ("direct_injured", "woman", 10))),
    _Scenario(8, ("armed_assault", "grenade_rocket_mortar"), (("firearm", "rocket_mortar"),),
              (1, 3),
              (("security_post", "Police check post at the edge of town"),
               ("security_post", "Police station")),
              ("Militants attacked a police post at night; houses nearby were hit.",),
              (("direct_injured", "man", 40), ("direct_deceased", "man", 20),
               ("intervener", "man", 30), ("direct_injured", "child", 10))),
    _Scenario(5, ("kidnapping",), (("firearm",),), (1, 1),
              (("road_checkpoint", "On the road to his village"),
               ("market", "Taken from his shop")),
              ("Abducted by armed men and released after {days} days.",),
              (("kidnapped_released", "man", 100),)),
    _Scenario(4, ("bombing",), (("suicide_vest",),), (2, 6),
              (("gathering", "Election rally"), ("gathering", "Funeral prayer"),
               ("gathering", "Jirga of elders")),
              ("Suicide bombing at a public gathering.",), _BOMB_VICTIMS),
    _Scenario(4, ("crossfire",), (("firearm",),), (1, 2),
              (("residence", "In the street outside the house"),
               ("residence", "In the courtyard of the house")),
              ("Caught in crossfire between militants and security forces.",),
              (("direct_injured", "man", 40), ("direct_injured", "woman", 30),
               ("direct_injured", "child", 30))),
)
_WEAPON_LINE = {"ied": "Police recorded the device as an IED fitted to a parked motorcycle.",
                "vbied": "A car packed with explosives was set off near the shops.",
                "suicide_vest": "The bomber was on foot."}
_HOSPITALS = {"KP-PEW": "Lady Reading Hospital", "PB-LHR": "Mayo Hospital",
              "SD-KHS": "Jinnah Postgraduate Medical Centre", "BA-QTA": "Civil Hospital Quetta",
              "IS-ISB": "PIMS"}


def _hospital(district: str) -> str:
    return _HOSPITALS.get(district) or f"DHQ Hospital {reference.label('admin_units', district)}"


@dataclass
class _Case:
    members: list[_Member]
    caseworker: str
    incident: _Incident
    opened: dt.date
    contact: int
    ids: dict[str, Any] = field(default_factory=dict)
    # What this case shows off, chosen so that every kind of work appears at least once.
    restricted: bool = False
    risk_plan: str = ""
    follow_up: str = "future"
    share: bool = False
    withdraw: bool = False
    keep_expired: bool = False
    attachment: bool = False

    @property
    def principal(self) -> _Member:
        return self.members[0]

    @property
    def case_id(self) -> str:
        return str(self.ids["case"])

    def person(self, index: int) -> str:
        return str(self.ids["people"][index])


@dataclass
class _Incident:
    values: dict[str, Any]
    day: dt.date
    district: str
    caseworker: str
    registered: dt.date
    scenario: _Scenario
    cases: list[_Case] = field(default_factory=list)


@dataclass
class _Plan:
    cases: list[_Case]
    events: list[_Event]


# -- planning ------------------------------------------------------------------------------
class _Planner:
    """Decides everything first (pure, from the seed), then the events replay it in order."""

    def __init__(self, rng: random.Random, office: str, today: dt.date) -> None:
        self.rng = rng
        self.today = today
        self.office = office
        self.events: list[_Event] = []
        province = reference.district_province(office) or office.split("-")[0]
        districts = [d.code for d in reference.districts()]
        self.local = [d for d in districts if _province(d) == province] or districts
        self.office_district = office if office in districts else None
        self.elsewhere = [d for d in districts if d not in self.local]

    # events
    def at(self, day: dt.date, actor: str, run: Callable[[Session], object], *,
           first: bool = False, after: _Event | None = None) -> _Event | None:
        """Schedule work on a day (office hours, Pakistan time); nothing after today."""
        if day > self.today:
            return None
        minutes = self.rng.randrange(0, 30) if first else self.rng.randrange(60, 450)
        when = dt.datetime.combine(day, dt.time(4, 0), tzinfo=dt.UTC) + dt.timedelta(
            minutes=minutes)
        if after is not None:
            when = max(when, after.at + dt.timedelta(minutes=20))
        event = _Event(when, len(self.events), day, actor, run)
        self.events.append(event)
        return event

    def day_between(self, start: dt.date, lo: int, hi: int) -> dt.date:
        return min(self.today, start + dt.timedelta(days=self.rng.randint(lo, hi)))

    def plan(self, count: int) -> _Plan:
        incidents = self._incidents(count)
        all_cases = [c for i in incidents for c in i.cases]
        self._choose_features(all_cases)
        for incident in incidents:
            self._register(incident)
            for c in incident.cases:
                _Casework(self, c).plan()
        self.events.sort()
        return _Plan(all_cases, self.events)

    def _incidents(self, count: int) -> list[_Incident]:
        rng = self.rng
        sizes: list[tuple[_Scenario, int]] = []
        total = 0
        while total < count:
            scenario = rng.choices(_SCENARIOS, weights=[s.weight for s in _SCENARIOS])[0]
            n = min(rng.randint(*scenario.families), count - total)
            sizes.append((scenario, n))
            total += n
        earliest = _YEARS_BACK * 365
        days = sorted(self.today - dt.timedelta(days=rng.randint(3, earliest))
                      for _ in sizes)
        # The newest attack is days old, so that fresh cases with urgent needs show up.
        days[-1] = max(days[-1], self.today - dt.timedelta(days=rng.randint(2, 6)))
        workers = [rng.choices(_CASEWORKERS, weights=(65, 35))[0] for _ in sizes]
        if "amina" not in workers[:-1]:
            workers[0] = "amina"  # an older attack, so that she has work overdue
        return [self._incident(s, n, day, worker)
                for (s, n), day, worker in zip(sizes, days, workers, strict=True)]

    def _incident(self, scenario: _Scenario, families: int, day: dt.date,
                  worker: str) -> _Incident:
        rng = self.rng
        roll = rng.random()
        if self.office_district and roll < 0.55:
            district = self.office_district
        elif roll < 0.88 or not self.elsewhere:
            district = rng.choice(self.local)
        else:
            district = rng.choice(self.elsewhere)
        weapons = list(rng.choice(scenario.weapons))
        place_type, place = rng.choice(scenario.places)
        held = rng.randint(5, 60)
        registered = self.day_between(day, 1, 10) if "kidnapping" not in scenario.attacks \
            else min(self.today, day + dt.timedelta(days=held + rng.randint(1, 5)))
        summary = rng.choice(scenario.summaries).format(
            weapon=_WEAPON_LINE.get(weapons[0], ""), days=held).strip()
        age = (self.today - day).days
        status = (rng.choices(("verified", "unverified", "disputed"), weights=(92, 5, 3))[0]
                  if age > 60 else ("verified" if rng.random() < 0.3 else "unverified"))
        values: dict[str, Any] = {
            "occurred_on": day.isoformat(), "date_precision": "day", "district": district,
            "place_type": place_type, "place_description": place,
            "attack_types": list(scenario.attacks), "weapon_types": weapons,
            "suicide_attack": "suicide_vest" in weapons, "verification_status": status,
            "summary": summary}
        if rng.random() < 0.85:
            station = reference.label("admin_units", district)
            values["fir_reference"] = (f"FIR {rng.randint(1, 480)}/{day.year % 100:02d},"
                                       f" CTD Police Station {station}")
        incident = _Incident(values, day, district, worker, registered, scenario)
        for _ in range(families):
            incident.cases.append(self._case(incident))
        dead = sum(1 for c in incident.cases for m in c.members if not m.alive)
        hurt = sum(1 for c in incident.cases if c.principal.values["victim_category"] in
                   ("direct_injured", "intervener"))
        big = scenario.families[1] > 3
        values["reported_deaths"] = dead + (rng.randint(0, 12) if big else rng.randint(0, 1))
        values["reported_injuries"] = hurt + (rng.randint(3, 40) if big else rng.randint(0, 2))
        return incident

    def _case(self, incident: _Incident) -> _Case:
        rng = self.rng
        roll = rng.random()
        if self.office_district and roll < 0.7:
            home = self.office_district
        elif roll < 0.9 and _province(incident.district) == _province(self.local[0]):
            home = incident.district
        else:
            home = rng.choice(self.local)
        folk = _Folk(rng, incident.registered, incident.day, home)
        category, who, _ = rng.choices(incident.scenario.victims,
                                       weights=[v[2] for v in incident.scenario.victims])[0]
        members = _family(folk, category, who)
        return _Case(members, incident.caseworker, incident, incident.registered,
                     _contact_index(members))

    def _choose_features(self, all_cases: list[_Case]) -> None:
        rng = self.rng
        n = len(all_cases)

        def pick(pool: list[_Case], share: float) -> list[_Case]:
            return rng.sample(pool, min(len(pool), max(1, round(n * share)))) if pool else []

        def age(c: _Case) -> int:
            return (self.today - c.opened).days

        witnesses = [c for c in all_cases if c.principal.alive and c.principal.adult]
        restricted = max(2, n // 40) if n >= 8 else min(1, n // 3)
        for c in rng.sample(witnesses, min(len(witnesses), restricted)):
            c.restricted = True
        for c in pick(all_cases, 0.03):
            c.risk_plan = "high_pending"
        for c in pick([c for c in all_cases if not c.risk_plan and age(c) >= 5], 0.02):
            c.risk_plan = "downgrade_pending"
        for c in all_cases:
            c.follow_up = rng.choices(("overdue", "today", "future", "none"),
                                      weights=(10, 8, 62, 20))[0]
            c.share = rng.random() < 0.45
            c.attachment = rng.random() < 0.12
        for worker in _CASEWORKERS:
            mine = [c for c in all_cases if c.caseworker == worker and age(c) >= 2]
            if mine and not any(c.follow_up == "overdue" for c in mine):
                rng.choice(mine).follow_up = "overdue"
        if not any(c.attachment for c in all_cases):
            rng.choice(all_cases).attachment = True
        sharing = [c for c in all_cases if c.share and age(c) >= 10]
        for c in pick(sharing, 0.04):
            c.withdraw = True
        for c in pick([c for c in sharing if not c.withdraw and age(c) > 400], 0.03):
            c.keep_expired = True

    def _register(self, incident: _Incident) -> None:
        def run(s: Session) -> None:
            families = [{"members": [m.values for m in c.members]} for c in incident.cases]
            done = register_incident(s, incident.values, families)
            people_ids = iter(done.person_ids)
            for c, case_id in zip(incident.cases, done.case_ids, strict=True):
                c.ids["case"] = case_id
                c.ids["people"] = [next(people_ids) for _ in c.members]

        self.at(incident.registered, incident.caseworker, run, first=True)


# -- casework ------------------------------------------------------------------------------
_PRONOUNS = {"male": {"he": "he", "his": "his", "him": "him"},
             "female": {"he": "she", "his": "her", "him": "her"}}
_NEEDS_BY_CATEGORY = {
    "direct_deceased": (("compensation_claim",), ("funeral", "cash", "livelihood", "education",
                                                  "mhpss", "civil_documentation")),
    "direct_injured": (("ongoing_medical",), ("compensation_claim", "mhpss", "livelihood",
                                              "transport", "rehabilitation")),
    "intervener": (("ongoing_medical",), ("compensation_claim", "mhpss", "transport")),
    "direct_psychological": (("mhpss",), ("information_on_proceedings", "education")),
    "kidnapped_released": (("mhpss",), ("protection", "legal_aid", "livelihood")),
    "property_loss": (("compensation_claim",), ("livelihood", "cash", "shelter")),
}
_NEED_NOTES = {
    "funeral": "Burial done by the family; transport costs still owed.",
    "compensation_claim": "FIR copy collected; death or medical certificate still needed.",
    "education": "Children in a government school; uniforms and books needed.",
    "livelihood": "The family's only earner; no income since the incident.",
    "mhpss": "Trouble sleeping and afraid of crowded places since the incident.",
    "ongoing_medical": "Wound dressing every three days at the hospital.",
    "rehabilitation": "Needs an assessment for a prosthetic limb.",
    "emergency_medical": "Admitted to the surgical ward; the family is buying medicines.",
    "civil_documentation": "Widow's CNIC has expired; B-forms needed for the children.",
    "cash": "Rent two months in arrears.",
    "transport": "Cannot afford travel to hospital appointments.",
    "protection": "Reports being followed after giving a statement to police.",
    "legal_aid": "Wants advice about the court case.",
    "information_on_proceedings": "Asks for news of the investigation.",
    "shelter": "House damaged in the blast; staying with relatives.",
}
_SEVERITY = {"emergency_medical": ("critical", "high"), "protection": ("high", "critical"),
             "compensation_claim": ("high", "medium"), "funeral": ("high", "medium"),
             "ongoing_medical": ("high", "medium"), "education": ("medium", "low")}
# Days a provider takes to answer a letter, at most, by urgency (some answer late).
_ANSWER_DAYS = {"emergency": 2, "urgent": 6, "routine": 20}
_REFERRAL_REASON = {
    "emergency_medical": "Injured in the attack; needs treatment today.",
    "ongoing_medical": "Wounds still being dressed; needs follow-up treatment and medicines.",
    "rehabilitation": "Lost the use of a limb in the attack; needs physiotherapy and an aid.",
    "mhpss": "Sleeps badly and avoids going out since the attack; asked to talk to someone.",
    "legal_aid": "Needs advice on the FIR and on the family's rights in the case.",
    "information_on_proceedings": "Wants to know how the case against the attackers stands.",
    "protection": "Has been threatened since the attack; asks for advice on safety.",
    "compensation_claim": "Claim under the provincial scheme; papers collected with the office.",
    "cash": "The household lost its only income; needs support until work is found.",
    "livelihood": "The family's earner cannot work; asks for help to start a small trade.",
    "education": "Children at risk of leaving school; need fees and books.",
}
_ANSWER_COMMENT = {"declined": "No place in the programme this quarter.",
                   "expired": f"No response within {referrals.DEFAULT_EXPIRY_GRACE_DAYS} days"
                              " after the respond-by date.",
                   "completed_unsuccessful": "The family moved away before the service"
                                             " could be given."}
_PROVIDER_FOR = {"emergency_medical": "health", "ongoing_medical": "health",
                 "rehabilitation": "health", "mhpss": "psychosocial", "legal_aid": "legal_aid",
                 "information_on_proceedings": "legal_aid", "protection": "legal_aid",
                 "compensation_claim": "compensation_authority", "cash": "social_welfare",
                 "livelihood": "bait_ul_mal", "education": "social_welfare"}
_SHARED_DATA = {
    "health": ["name", "father_name", "age_sex", "contact_phone", "medical_information",
               "incident_summary_minimal"],
    "psychosocial": ["name", "age_sex", "contact_phone", "language_needs",
                     "incident_summary_minimal"],
    "legal_aid": ["name", "father_name", "contact_phone", "incident_summary_minimal"],
    "compensation_authority": ["name", "father_name", "cnic", "address",
                               "incident_summary_minimal"],
    "social_welfare": ["name", "father_name", "cnic", "contact_phone", "address"],
    "bait_ul_mal": ["name", "father_name", "cnic", "contact_phone", "address"],
}
_SHARE_PURPOSE = {
    "health": "Referral for medical treatment and follow-up",
    "psychosocial": "Referral for psychosocial support",
    "legal_aid": "Referral for legal advice and news of the case",
    "compensation_authority": "Compensation claim",
    "social_welfare": "Referral for social welfare support",
    "bait_ul_mal": "Application for financial assistance",
}
_RISK_WHY = {
    "low": ("No threats reported; family support in place.",
            "Basic needs met; in regular contact with the office."),
    "medium": ("Household income stopped; no threats reported.",
               "Injury still healing; relies on relatives for daily costs."),
    "high": ("Reports threats after giving a statement to police.",
             "No income, young children at home and not coping.",
             "Still in severe distress; has stopped leaving the house."),
}
_RISK_FACTORS = {"low": [], "medium": ["no_income"],
                 "high": ["threats_received", "no_income", "severe_distress",
                          "young_children", "witness"]}
# Texts keyed by what the case is about ("any" fits every case), so none reads out of place.
_FOLLOW_UP_PURPOSE: dict[str, tuple[str, ...]] = {
    "medical": ("Check on recovery and medicines",),
    "compensation": ("Collect documents for the compensation file",
                     "Explain progress of the compensation claim"),
    "school": ("Check the children's school attendance",),
    "mhpss": ("Ask how the psychosocial sessions are going",),
    "any": ("Check on the family's situation",),
}
_OUTCOMES: dict[str, tuple[str, ...]] = {
    "medical": ("{principal} is recovering; medicines are enough for two weeks.",
                "Dressing changed at the hospital; next appointment in two weeks."),
    "compensation": ("Documents collected and copied for the file.",
                     "Explained that the claim is with the district committee; no date yet."),
    "school": ("The children are attending school; no fee problems this term.",),
    "mhpss": ("Has been to two sessions at the psychosocial support centre; sleeping a little "
              "better.",),
    "any": ("Spoke to {contact}; the family is managing. Next contact in a month.",
            "Reached {contact} through a relative after two tries; no new needs."),
}
_NOTES: dict[str, tuple[str, ...]] = {
    "compensation": ("Phone call with {contact}. Collected the FIR copy and the hospital record "
                     "for the compensation file.",
                     "{contact} asked about the compensation file. Explained that the papers "
                     "are with the Deputy Commissioner's office and the committee has not met "
                     "yet."),
    "school": ("Visited the family. The children are back at school; a relative paid this "
               "term's fees.",),
    "medical": ("Missed the physiotherapy appointment because of transport costs; discussed "
                "transport support.",
                "Called to remind {contact} of tomorrow's appointment at {hospital}."),
    "mhpss": ("Called to remind {contact} of tomorrow's session at the psychosocial support "
              "centre.",),
    "heirs": ("Succession certificate application filed at the civil court with help from "
              "the legal aid desk.",),
    "any": ("{contact} says the family is managing with help from relatives.",),
}
_RESTRICTED_NOTES = (
    "Two men on a motorcycle asked neighbours about {him} after {he} gave a statement to CTD. "
    "CTD focal person informed. Do not share {his} address or phone number outside this office.",
    "{He} is a prosecution witness in the case at the anti-terrorism court and asked that this "
    "not be mentioned to anyone in the family.",
    "{He} says a relative has been pressing {him} for the compensation money and has made "
    "threats. Discussed options; no action wanted for now. Contact only on {his} own number.")
_REFERRAL_SOURCES = ("Police / CTD list of victims", "Hospital list of the injured", "Walk-in",
                     "Deputy Commissioner's office", "Community elder", "Rescue 1122")
_RELATION_WORDS = {("spouse", "female"): "widow", ("spouse", "male"): "husband",
                   ("parent", "female"): "mother", ("parent", "male"): "father",
                   ("child", "male"): "son", ("child", "female"): "daughter",
                   ("sibling", "male"): "brother", ("sibling", "female"): "sister"}


class _Casework:
    """The work on one case over time, as events for its case worker and the supervisor."""

    def __init__(self, planner: _Planner, case: _Case) -> None:
        self.p = planner
        self.rng = planner.rng
        self.c = case
        self.today = planner.today
        self.age = (self.today - case.opened).days
        self.worker = case.caseworker
        self.topics = ["any"]
        self.words = self._words()
        self.referred: str | None = None        # the need the office refers, if any
        self.assessed: _Event | None = None     # the first needs assessment
        self.consent: tuple[_Event, int] | None = None  # the sharing consent, its subject

    def work(self, day: dt.date, run: Callable[[Session], object]) -> _Event | None:
        return self.p.at(day, self.worker, run)

    def plan(self) -> None:
        c, o = self.c, self.c.opened
        source = self.rng.choice(_REFERRAL_SOURCES)
        self.p.at(self.p.day_between(o, 0, 1), _SUPERVISOR, lambda s: update_case(
            s, c.case_id, {"supervisor": s.user_id, "referral_source": source}))
        self._intake_note()
        self._contact_via_someone()
        self._consents()
        domains = self._needs()
        self.topics = self._topics(domains)
        self._share(domains)
        if self.referred and self.assessed and self.consent:
            self._refer(self.referred, self.assessed, *self.consent)
        if "compensation_claim" in domains:
            self._claim()
        self._risk()
        self._follow_ups()
        self._notes()
        if c.restricted:
            self._restrict()
        if c.attachment:
            self._attach()

    def _topics(self, domains: list[str]) -> list[str]:
        """What notes and follow-ups on this case can be about."""
        c = self.c
        topics = ["any"]
        if {"emergency_medical", "ongoing_medical", "rehabilitation"} & set(domains):
            topics.append("medical")
        if "compensation_claim" in domains:
            topics.append("compensation")
        if "mhpss" in domains:
            topics.append("mhpss")
        if any(m.alive and 5 <= m.age < 18 for m in c.members):
            topics.append("school")
        if not c.principal.alive:
            topics.append("heirs")
        return topics

    def _text(self, texts: dict[str, tuple[str, ...]]) -> str:
        topic = self.rng.choice([t for t in self.topics if t in texts])
        return self.rng.choice(texts[topic]).format(**self.words)

    # words for notes
    def _words(self) -> dict[str, str]:
        c = self.c
        contact = c.members[c.contact]
        words = dict(_PRONOUNS[c.principal.sex])
        words.update({k.capitalize(): v.capitalize() for k, v in words.items()})
        words["contact"] = contact.name
        words["principal"] = c.principal.name
        words["relation"] = _RELATION_WORDS.get(
            (contact.values.get("relationship", ""), contact.sex), "relative")
        words["hospital"] = _hospital(c.incident.district)
        return words

    def _intake_note(self) -> None:
        c, w = self.c, self.words
        category = c.principal.values["victim_category"]
        if category == "direct_deceased":
            text = ("Met {contact}, {relation} of the late {principal}, at the family home. "
                    "Explained the support the office gives and how compensation claims work.")
        elif c.contact != 0:
            place = "the family home" if category == "direct_psychological" else "{hospital}"
            text = ("Met {contact}, {relation} of {principal}, at " + place + ". Explained the "
                    "support the office gives to the child and the family.")
        elif category == "property_loss":
            text = ("Met {principal} at {his} shop. The shop front and stock were damaged; "
                    "{he} will bring receipts to estimate the loss.")
        elif category == "kidnapped_released":
            text = ("Met {principal} at home after {his} release. {He} asked that visits be "
                    "short and that neighbours are not told why we visit.")
        elif category == "direct_psychological":
            text = ("Met {principal}, who was at the site but not physically hurt. Reports "
                    "trouble sleeping and fear of going to the market.")
        else:
            text = ("Met {principal} at {hospital} after the incident; family present. "
                    "Explained the support the office gives.")
        body = text.format(**w)
        self.work(c.opened, lambda s: care.add_note(s, c.case_id, body))

    def _contact_via_someone(self) -> None:
        c = self.c
        contact = c.members[c.contact]
        if "mobile" in contact.values or contact.sex != "female":
            return
        number = f"03{self.rng.choice(_OPERATORS)}-{self.rng.randrange(10 ** 7):07d}"
        via = self.rng.choice(("Her brother", "Her brother-in-law", "Her father-in-law"))
        times = self.rng.choice(("After 5 pm", "Mornings before 11", "Any time"))

        def run(s: Session) -> None:
            people.add_contact(s, c.person(c.contact), "mobile", number,
                               safe_to_contact="via_someone", safe_via=via, safe_times=times)

        self.work(c.opened, run)

    def _subject(self) -> tuple[int, dict[str, Any]]:
        """The person a consent is about, and who gave it."""
        c = self.c
        if c.principal.alive and not c.principal.adult:
            parent = c.members[c.contact]
            return 0, {"given_by": "parent", "given_by_name": parent.name,
                       "child_assent": c.principal.age >= 7}
        return c.contact, {"given_by": "self"}

    def _method(self, index: int) -> dict[str, Any]:
        rng, m = self.rng, self.c.members[index]
        if rng.random() < 0.1:
            other = next(full for _, name, full in STAFF if name != self.worker)
            return {"method": "verbal_witnessed", "witness_name": other}
        thumb = rng.random() < (0.5 if m.age >= 50 or m.sex == "female" else 0.2)
        return {"method": "thumbprint" if thumb else "signed"}

    def _consents(self) -> None:
        c, rng = self.c, self.rng
        index, given = self._subject()
        kinds = []
        if rng.random() < 0.92:
            kinds.append({"consent_type": "case_registration",
                          "purpose": "Registration and case management by this office"})
        if rng.random() < 0.3:
            kinds.append({"consent_type": "follow_up_contact",
                          "purpose": "Follow-up calls and visits",
                          "expires_on": (c.opened + dt.timedelta(days=730)).isoformat()})
        for kind in kinds:
            values = {**given, **self._method(index), **kind, "given_on": c.opened.isoformat()}

            def record(s: Session, values: dict[str, Any] = values) -> str:
                return care.record_consent(s, c.case_id, {**values, "person": c.person(index)})

            self.work(c.opened, record)

    def _needs(self) -> list[str]:
        c, rng = self.c, self.rng
        category = c.principal.values["victim_category"]
        first, optional = _NEEDS_BY_CATEGORY[category]
        domains = list(first)
        if category in ("direct_injured", "intervener") and (
                c.opened - c.incident.day).days <= 7 and rng.random() < 0.7:
            domains = ["emergency_medical"]
        if c.principal.age < 18 and category != "direct_deceased":
            optional = ("education", "mhpss", "transport")
        domains += rng.sample(optional, min(len(optional), rng.randint(0, 3)))
        assessed = self.p.day_between(c.opened, 0, 3)
        # The first need a provider can meet is referred, where the family agreed to share.
        mapped = [d for d in domains if d in _PROVIDER_FOR]
        self.referred = mapped[0] if mapped and c.share and not c.withdraw else None
        self.assessed = self._assessment(assessed, domains, "Initial assessment with {contact}.",
                                         referred=self.referred)
        if self.age > 180 and rng.random() < 0.6:
            later = self.p.day_between(c.opened, 150, min(365, self.age - 1))
            extra = rng.sample(("livelihood", "education", "mhpss", "cash",
                                "civil_documentation"), rng.randint(1, 2))
            self._assessment(later, [d for d in extra if d not in domains] or ["livelihood"],
                             "Review of needs with {contact}.")
        return domains

    def _assessment(self, day: dt.date, domains: list[str], summary: str,
                    referred: str | None = None) -> _Event | None:
        c, rng = self.c, self.rng
        items = []
        for domain in domains:
            item: dict[str, Any] = {
                "domain": domain,
                "severity": rng.choice(_SEVERITY.get(domain, ("medium", "high", "low")))}
            if rng.random() < 0.6:
                item["notes"] = _NEED_NOTES[domain]
            items.append(item)
        text = summary.format(**self.words)
        key = f"needs{day.isoformat()}"
        person = c.contact

        def record(s: Session) -> None:
            assessment = care.record_needs(s, c.case_id, items, person=c.person(person),
                                           summary=text, assessed_on=day.isoformat())
            c.ids[key] = dict(s.db.query(
                "SELECT domain, id FROM need_item WHERE assessment = ?", (assessment,)))

        event = self.work(day, record)
        since = (self.today - day).days
        for domain in domains:
            status = _need_outcome(rng, domain, since)
            if status == "identified" or since < 1 or domain == referred:
                continue  # the referred need moves with its referral
            when = self.p.day_between(day, 1, max(1, min(60, since)))

            def update(s: Session, domain: str = domain, status: str = status) -> None:
                care.update_need(s, c.ids[key][domain], {"status": status})

            self.work(when, update)
        return event

    def _share(self, domains: list[str]) -> None:
        c, rng = self.c, self.rng
        types = [_PROVIDER_FOR[d] for d in domains if d in _PROVIDER_FOR]
        if not c.share or not types:
            return
        provider_type = types[0]
        index, given = self._subject()
        base = {**given, "consent_type": "share_with_provider", "provider_type": provider_type,
                "data_categories": _SHARED_DATA[provider_type],
                "purpose": _SHARE_PURPOSE[provider_type]}
        day = self.p.day_between(c.opened, 0, 5)
        expires = day + dt.timedelta(days=365)
        key = f"share{day.isoformat()}"
        values = {**base, **self._method(index), "given_on": day.isoformat(),
                  "expires_on": expires.isoformat()}

        def record(s: Session) -> None:
            c.ids[key] = care.record_consent(s, c.case_id, {**values, "person": c.person(index)})

        event = self.work(day, record)
        self.consent = (event, index) if event else None
        if c.withdraw:
            when = self.p.day_between(day, 3, 60)
            self.work(when, lambda s: care.withdraw_consent(
                s, c.ids[key], "Does not want the provider to call at home for now.",
                on=when.isoformat()))
        elif expires < self.today and not c.keep_expired and rng.random() < 0.8:
            renewed = expires - dt.timedelta(days=rng.randint(0, 20))
            again = {**values, **self._method(index), "given_on": renewed.isoformat(),
                     "expires_on": (renewed + dt.timedelta(days=365)).isoformat()}
            self.work(renewed, lambda s: care.record_consent(
                s, c.case_id, {**again, "person": c.person(index)}))

    def _refer(self, domain: str, assessed: _Event, consented: _Event, index: int) -> None:
        """The referral the family agreed to: drafted and submitted by the case worker,
        approved and printed by the supervisor, then answered by the provider (or not yet).
        Each step follows the one before, even on the same day."""
        c, rng, p = self.c, self.rng, self.p
        kind = _PROVIDER_FOR[domain]
        provider = _provider_name(kind, p.office)
        need = f"needs{assessed.day.isoformat()}"
        urgency = "emergency" if domain == "emergency_medical" else \
            rng.choices(("urgent", "routine"), weights=(30, 70))[0]

        def draft(s: Session) -> None:
            provider_id = directory.list_providers(s, text=provider)[0].id
            c.ids["referral"] = referrals.draft_referral(
                s, c.ids[need][domain], provider_id, urgency=urgency, person=c.person(index),
                data_categories=_SHARED_DATA[kind], reason=_REFERRAL_REASON[domain])
            referrals.submit(s, c.ids["referral"])

        def approve(s: Session) -> None:
            referrals.approve(s, c.ids["referral"])
            referrals.record_output(s, c.ids["referral"], "print")

        first = max(assessed, consented)
        day = first.day + dt.timedelta(days=rng.randint(0, 3))
        last = p.at(day, self.worker, draft, after=first)
        day += dt.timedelta(days=rng.randint(0, 2))
        # No event after today (p.at gives None): a referral drafted lately waits in the
        # supervisor's queue, and each later step is left out with the one before it.
        last = p.at(day, _SUPERVISOR, approve, after=last) if last else None
        # A letter nobody answers expires after its respond-by date and the grace period,
        # as the program does when an officer signs in (referrals.expire_overdue).
        expires = day + dt.timedelta(days=referrals.DEFAULT_RESPONSE_DAYS[urgency]
                                     + referrals.DEFAULT_EXPIRY_GRACE_DAYS
                                     + rng.randint(1, 10))
        answer = rng.choices(("accepted", "acknowledged", "declined", "none"),
                             weights=(65, 10, 10, 15))[0]
        day += dt.timedelta(days=rng.randint(1, _ANSWER_DAYS[urgency]))
        if answer != "none":
            last = self._answer(day, answer, last)
        if answer in ("none", "acknowledged"):
            if expires < self.today:
                self._answer(max(day, expires), "expired", last)
            return
        if answer != "accepted":
            return
        last = self._need_status(day, need, domain, "being_met", last)
        day += dt.timedelta(days=rng.randint(7, 90))
        if rng.random() < 0.2:
            return  # still being helped
        done = "completed_successful" if rng.random() < 0.85 else "completed_unsuccessful"
        last = self._answer(day, done, last)
        if done == "completed_successful":
            self._need_status(day, need, domain, "met", last)

    def _answer(self, day: dt.date, status: str, after: _Event | None) -> _Event | None:
        """The provider's answer, as the case worker records it."""
        c, comment = self.c, _ANSWER_COMMENT.get(status, "")
        return self.p.at(day, self.worker, lambda s: referrals.transition(
            s, c.ids["referral"], status, comment), after=after) if after else None

    def _need_status(self, day: dt.date, need: str, domain: str, status: str,
                     after: _Event | None) -> _Event | None:
        c = self.c
        return self.p.at(day, self.worker, lambda s: care.update_need(
            s, c.ids[need][domain], {"status": status}), after=after) if after else None

    def _claim(self) -> None:
        """A claim under the province's scheme, moved on as the authority would, up to today:
        most are paid after months, some refused."""
        c, rng = self.c, self.rng
        category = _claim_category(rng, c.principal.values["victim_category"])
        principal = c.principal
        claimant = 0 if principal.alive and principal.adult else c.contact
        day = self.p.day_between(c.opened, 3, 30)
        if day >= self.today:
            return
        amount = _CLAIMED[category]

        def create(s: Session) -> None:
            schemes = compensation.schemes_for_case(s, c.case_id)
            # The first scheme of a province pays for deaths, the last for the rest.
            scheme = schemes[0 if category == "death" else -1].code
            c.ids["claim"] = compensation.create_claim(
                s, c.case_id, scheme=scheme, category=category,
                claimant=c.person(claimant), amount_claimed=amount)

        self.work(day, create)
        refused = rng.random() < 0.15
        steps = (("documents_collected", 7, 45), ("submitted", 3, 30),
                 ("under_review", 10, 60), ("rejected" if refused else "approved", 30, 150),
                 ("paid", 15, 90))
        file_no = f"{_province(c.incident.district)}-CLM-{rng.randrange(1000, 9999)}"
        for n, (status, lo, hi) in enumerate(steps):
            day = day + dt.timedelta(days=rng.randint(lo, hi))
            if day >= self.today or (refused and n == len(steps) - 1):
                return

            def move(s: Session, status: str = status, on: str = day.isoformat()) -> None:
                compensation.move_claim(
                    s, c.ids["claim"], status, on=on,
                    amount_paid=amount if status == "paid" else None,
                    reference_no=file_no if status == "submitted" else None)

            self.work(day, move)

    def _risk(self) -> None:
        c, rng, today = self.c, self.rng, self.today
        first = self.p.day_between(c.opened, 0, 2)
        if c.risk_plan == "downgrade_pending":
            ratings = [(first, "high"),
                       (today - dt.timedelta(days=rng.randint(0, 2)), "medium")]
        elif c.risk_plan == "high_pending":
            start = rng.choice(("low", "medium"))
            last = today - dt.timedelta(days=rng.randint(0, 3))
            ratings = [(first, start), (last, "high")] if last > first else [(first, "high")]
        else:
            level = rng.choices(("low", "medium", "high"), weights=(60, 32, 8))[0]
            ratings = [(first, level)]
            if self.age > 120 and rng.random() < 0.6:
                ratings.append((c.opened + dt.timedelta(days=rng.randint(30, 90)),
                                _drift(rng, ratings[-1][1])))
            # The latest rating is mostly still within its review interval.
            level = _drift(rng, ratings[-1][1])
            interval = DEFAULT_REVIEW_DAYS[RiskLevel(level)]
            last = today - dt.timedelta(days=rng.randint(0, interval + 1))
            if self.age > 14 and last > ratings[-1][0] + dt.timedelta(days=3):
                ratings.append((last, level))
        ranks = {"low": 0, "medium": 1, "high": 2}
        current: str | None = None
        for n, (day, level) in enumerate(ratings):
            down = current is not None and ranks[level] < ranks[current]
            needs_review = level == "high" or down
            key = f"risk{n}"
            why = rng.choice(_RISK_WHY[level])
            factors = rng.sample(_RISK_FACTORS[level], min(len(_RISK_FACTORS[level]), 2))

            def assess(s: Session, key: str = key, level: str = level, why: str = why,
                       factors: list[str] = factors) -> None:
                c.ids[key] = care.assess_risk(s, c.case_id, level, factors=factors,
                                              rationale=why)

            assessed = self.work(day, assess)
            if not down:
                current = level
            if not needs_review:
                continue
            is_last = n == len(ratings) - 1
            if is_last and (c.risk_plan or ((today - day).days < 7 and rng.random() < 0.35)):
                continue  # still waiting for the supervisor
            review_day = day + dt.timedelta(days=rng.randint(0, 2))
            if review_day > today or (not is_last and review_day >= ratings[n + 1][0]):
                continue
            approve = not down or rng.random() > 0.25
            if not down:
                comment = "Agreed. Call within 24 hours and visit the family this week."
            elif approve:
                comment = "Agreed: no new threats and the family is coping."
            else:
                comment = ("Keep the higher rating until the CTD focal person confirms the "
                           "threat was looked into.")

            def review(s: Session, key: str = key, approve: bool = approve,
                       comment: str = comment) -> None:
                care.review_risk(s, c.ids[key], approve, comment)

            self.p.at(review_day, _SUPERVISOR, review, after=assessed)
            if approve and down:
                current = level

    def _follow_ups(self) -> None:
        c, rng, today = self.c, self.rng, self.today
        day = c.opened
        # Leave room before today for a follow-up that is meant to be overdue.
        limit = today - dt.timedelta(days=16 if c.follow_up == "overdue" else 0)
        for n in range(3):
            due = day + dt.timedelta(days=rng.randint(7, 60))
            if due >= limit:
                break
            self._follow_up(day, due, f"done{n}", done=True)
            day = due
        if c.follow_up == "none":
            return
        if c.follow_up == "overdue" and (today - day).days >= 2:
            due = today - dt.timedelta(days=rng.randint(1, min(14, (today - day).days - 1)))
        elif c.follow_up in ("overdue", "today"):
            due = today
        else:
            due = today + dt.timedelta(days=rng.randint(1, 30))
        scheduled = max(day, min(today, due - dt.timedelta(days=rng.randint(3, 20))))
        self._follow_up(scheduled, due, "open", done=False)

    def _follow_up(self, day: dt.date, due: dt.date, key: str, *, done: bool) -> None:
        c, rng = self.c, self.rng
        kind = rng.choices(("call", "visit", "office"), weights=(55, 30, 15))[0]
        topic = rng.choice([t for t in self.topics if t in _FOLLOW_UP_PURPOSE])
        purpose = rng.choice(_FOLLOW_UP_PURPOSE[topic])
        outcome = rng.choice(_OUTCOMES[topic]).format(**self.words)

        def add(s: Session) -> None:
            c.ids[key] = care.add_follow_up(s, c.case_id, due.isoformat(), kind,
                                            purpose=purpose, person=c.person(c.contact))

        self.work(day, add)
        if done:
            self.work(due, lambda s: care.complete_follow_up(s, c.ids[key], outcome,
                                                             done_on=due.isoformat()))

    def _notes(self) -> None:
        c, rng = self.c, self.rng
        for _ in range(rng.choices((0, 1, 2), weights=(35, 45, 20))[0] if self.age > 3 else 0):
            day = self.p.day_between(c.opened, 1, self.age)
            body = self._text(_NOTES)

            def note(s: Session, body: str = body) -> str:
                return care.add_note(s, c.case_id, body)

            self.work(day, note)

    def _restrict(self) -> None:
        c, rng = self.c, self.rng
        day = self.p.day_between(c.opened, 2, 45)
        court = f"ATC {rng.randint(1, 3)}, {rng.randint(10, 99)}/{day.year}"
        body = rng.choice(_RESTRICTED_NOTES).format(**self.words)

        def run(s: Session) -> None:
            update_case(s, c.case_id, {"sensitivity": "restricted", "witness": True,
                                             "protection_concern": True,
                                             "court_case_ref": court})
            care.add_note(s, c.case_id, body, restricted=True)

        self.work(day, run)

    def _attach(self) -> None:
        c, rng = self.c, self.rng
        day = self.p.day_between(c.opened, 0, 20)
        category = c.principal.values["victim_category"]
        if category == "direct_deceased":
            name, title = "death_certificate.pdf", "Death certificate (copy)"
        elif category == "property_loss":
            name, title = "shop_damage.png", "Photo of the damaged shop front"
        elif rng.random() < 0.5:
            name, title = "fir_copy.pdf", "FIR (copy)"
        else:
            name, title = "medical_certificate.pdf", "Medico-legal certificate (copy)"
        if name.endswith(".png"):
            data, media = _png(rng), "image/png"
        else:
            data, media = _pdf([title, f"Name: {c.principal.name}",
                                f"Date of the incident: {c.incident.day.isoformat()}",
                                "DEMO - synthetic document, not a real record"]), \
                "application/pdf"
        description = f"{title}, given by the family"

        def run(s: Session) -> None:
            care.add_attachment(s, c.case_id, name, media, data, description=description,
                                person=c.person(0))

        self.work(day, run)


def _drift(rng: random.Random, level: str) -> str:
    if level == "high":
        return "medium" if rng.random() < 0.55 else "high"
    if level == "medium":
        return rng.choices(("low", "medium", "high"), weights=(40, 50, 10))[0]
    return "medium" if rng.random() < 0.15 else "low"


# Rupees asked for each kind of loss (the schemes' published amounts vary by year).
_CLAIMED = {"death": 1_000_000, "permanent_disability": 500_000, "grievous_injury": 300_000,
            "minor_injury": 100_000, "house": 200_000, "business": 150_000,
            "vehicle": 100_000, "livestock": 50_000}


def _claim_category(rng: random.Random, victim_category: str) -> str:
    if victim_category == "direct_deceased":
        return "death"
    if victim_category == "property_loss":
        return rng.choice(("house", "business", "vehicle", "livestock"))
    return rng.choices(("minor_injury", "grievous_injury", "permanent_disability"),
                       weights=(50, 40, 10))[0]


def _need_outcome(rng: random.Random, domain: str, days_since: int) -> str:
    """Where a need stands today, given how long ago it was found."""
    if domain in ("emergency_medical", "funeral") and days_since >= 7:
        return "met"
    options: tuple[str, ...]
    weights: tuple[int, ...]
    if days_since < 7:
        options, weights = ("identified", "referral_planned", "referred"), (50, 35, 15)
    elif days_since < 60:
        options = ("referral_planned", "referred", "being_met", "met")
        weights = (15, 35, 30, 20)
    else:
        options = ("met", "being_met", "referred", "declined_by_client", "no_service_available")
        weights = (55, 15, 10, 8, 12)
    return rng.choices(options, weights=weights)[0]


# -- small files for attachments -----------------------------------------------------------
def _png(rng: random.Random, width: int = 96, height: int = 64) -> bytes:
    """A small greyscale picture: a grey wall with a darker shutter (no person in it)."""
    top = rng.randint(14, 22)
    grain = rng.randbytes(width + height)
    rows = []
    for y in range(height):
        shade = 192 if y < top else (102 + (y % 6) * 6)
        rows.append(b"\x00" + bytes(shade + grain[x + y] % 16 for x in range(width)))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF with a few lines of text (ASCII), valid enough for any reader."""
    def escape(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT /F1 12 Tf 72 760 Td 16 TL " + " ".join(
        f"({escape(line)}) Tj T*" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n".encode("ascii")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii")
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode("ascii")
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode("ascii"))
    return out
