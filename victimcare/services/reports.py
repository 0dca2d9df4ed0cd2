"""Dashboard figures: victims, cases, needs, referrals and overdue work, counted in SQL.

Every figure is about the cases a session may see (coordinators at a hub: every office;
everyone else: their office), chosen by a period and an area. Counts come back as
domain.statistics.Table values; `report` adds the suppression that exports need.
"""

from __future__ import annotations

import datetime as dt
import statistics as pystats
import weakref
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from victimcare.domain import reference
from victimcare.domain.enums import ClaimStatus, Role, Sex
from victimcare.domain.errors import FieldError, ValidationError
from victimcare.domain.permissions import Action
from victimcare.domain.statistics import (
    AGE_BANDS,
    DEFAULT_THRESHOLD,
    MIN_THRESHOLD,
    RESPONSE_BANDS,
    UNKNOWN,
    Protected,
    Table,
    band_of,
    protect,
    response_band,
)
from victimcare.services.scope import case_filter, session_status_sql
from victimcare.services.session import Session
from victimcare.store import report_facts
from victimcare.store.db import Database

THRESHOLD_SETTING = "statistics_threshold"
BASES = ("incident", "opened")
# Cases whose dashboard facts one background step rewrites: 0.1 s at a hub of 100,000 cases
# when little changed, about 0.5 s when every case did, so the user's own work waits little.
CATCH_UP_CASES = 250
NOT_RECORDED = "not_recorded"
# Transferred cases are counted where they went, merged ones as the case they joined.
_LEFT_OUT = ("transferred", "merged")
_ACTIVE = ("open", "on_hold", "pending_closure")

# Column categories that group several stored codes.
NEED_GROUPS = {"identified": "identified", "referral_planned": "identified",
               "referred": "referred", "being_met": "referred", "met": "met",
               "declined_by_client": "declined", "no_service_available": "no_service"}
OUTCOME_GROUPS = {"draft": "not_sent", "submitted": "not_sent", "approved": "not_sent",
                  "returned": "not_sent", "sent": "awaiting", "acknowledged": "awaiting",
                  "accepted": "accepted", "declined": "declined",
                  "completed_successful": "completed_successful",
                  "completed_unsuccessful": "completed_unsuccessful", "expired": "expired",
                  "cancelled": "cancelled"}

# English labels of the categories that are not reference lists (exports are in English).
_LABELS: dict[str, dict[str, str]] = {
    "sex": {"female": "Female", "male": "Male", "transgender": "Transgender (khwaja sira)",
            "not_stated": "Not stated"},
    "case_status": {"open": "Open", "on_hold": "On hold", "pending_closure": "Closure requested",
                    "closed": "Closed"},
    "need_status": {"identified": "Identified", "referred": "Referred or being met",
                    "met": "Met", "declined": "Declined by the client",
                    "no_service": "No service available"},
    "outcome": {"not_sent": "Not sent yet", "awaiting": "Waiting for an answer",
                "accepted": "Accepted", "declined": "Declined",
                "completed_successful": "Completed: successful",
                "completed_unsuccessful": "Completed: not successful", "expired": "Expired",
                "cancelled": "Cancelled"},
    "urgency": {"emergency": "Emergency", "urgent": "Urgent", "routine": "Routine"},
    "overdue": {"follow_ups": "Follow-ups", "referrals": "Referrals"},
    "claim_status": {"not_started": "Not started", "documents_collected": "Documents collected",
                     "submitted": "Submitted", "under_review": "Under review",
                     "approved": "Approved", "paid": "Paid", "rejected": "Rejected"},
    "age_band": {b.code: b.label for b in AGE_BANDS},
    "response_band": {b.code: b.label for b in RESPONSE_BANDS},
}
_REFERENCE = {"area": "admin_units", "victim_category": "victim_categories",
              "incident_type": "attack_types", "need_domain": "need_domains",
              "service_type": "service_types", "scheme": "compensation_schemes"}


@dataclass(frozen=True)
class Spec:
    """One table: its rows and columns (dimensions), what it counts, and its link group
    (tables of one group count the same units by the same columns, so they share totals)."""

    key: str
    title: str
    rows: str
    cols: str
    unit: str
    group: str


_PEOPLE = "victims (people in the cases; someone in two cases counts twice)"
SPECS: tuple[Spec, ...] = (
    Spec("victims_by_area", "Victims by area and sex", "area", "sex", _PEOPLE, "victims"),
    Spec("victims_by_age", "Victims by age band and sex", "age_band", "sex",
         f"{_PEOPLE}; age on the day of the incident", "victims"),
    Spec("victims_by_category", "Victims by category and sex", "victim_category", "sex",
         _PEOPLE, "victims"),
    Spec("victims_by_incident_type", "Victims by type of attack and sex", "incident_type",
         "sex", f"{_PEOPLE}; the first type of attack recorded", "victims"),
    Spec("cases_by_area", "Cases by area and status", "area", "case_status", "cases", "cases"),
    Spec("cases_by_incident_type", "Cases by type of attack and status", "incident_type",
         "case_status", "cases; the first type of attack recorded", "cases"),
    Spec("needs_by_domain", "Needs by domain and how far they are met", "need_domain",
         "need_status", "needs identified in the cases", "needs"),
    Spec("referrals_by_service", "Referrals by service type and outcome", "service_type",
         "outcome", "referrals", "referrals"),
    Spec("response_days", "Days from letter to the provider's first answer, by urgency",
         "response_band", "urgency", "referrals the provider answered; whole days from the"
         " letter being sent", "response"),
    Spec("overdue_by_area", "Overdue follow-ups and referrals by area", "area", "overdue",
         "follow-ups past their date and referrals past their respond-by date, on the day"
         " the report was made, in cases not closed, whatever the period", "overdue"),
    Spec("claims_by_scheme", "Compensation claims by scheme and status", "scheme",
         "claim_status", "compensation claims made in the cases, by where each stands",
         "claims"),
)
SPEC = {s.key: s for s in SPECS}
_COLUMNS: dict[str, tuple[str, ...]] = {
    "sex": tuple(s.value for s in Sex), "case_status": ("open", "on_hold", "pending_closure",
                                                       "closed"),
    "need_status": ("identified", "referred", "met", "declined", "no_service"),
    "outcome": ("not_sent", "awaiting", "accepted", "declined", "completed_successful",
                "completed_unsuccessful", "expired", "cancelled"),
    "urgency": ("emergency", "urgent", "routine"), "overdue": ("follow_ups", "referrals"),
    "claim_status": tuple(s.value for s in ClaimStatus),
}
# Rows always listed (a fixed, short list); other row lists show only what occurs.
_ALL_ROWS = {"age_band": (*(b.code for b in AGE_BANDS), UNKNOWN),
             "response_band": tuple(b.code for b in RESPONSE_BANDS)}


def label(dimension: str, code: str, lang: str = "en") -> str:
    """The words for a row or column category."""
    if code in (UNKNOWN, NOT_RECORDED) and dimension != "incident_type":
        return "Not recorded" if lang != "ur" else "درج نہیں"
    listed = _REFERENCE.get(dimension)
    if listed:
        return reference.label(listed, code, lang)
    return _LABELS.get(dimension, {}).get(code, code)


# -- filters ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Filters:
    """Which cases count: those whose date (the incident's, or the day the case was opened)
    falls in [start, end] (either open-ended), in a province or a district."""

    start: dt.date | None = None
    end: dt.date | None = None
    basis: str = "incident"
    province: str | None = None
    district: str | None = None

    def check(self) -> None:
        errors = []
        if self.basis not in BASES:
            errors.append(FieldError("basis", "invalid_choice"))
        if self.start and self.end and self.start > self.end:
            errors.append(FieldError("end", "before_start"))
        provinces = {i.code for i in reference.items("admin_units")
                     if i.extra.get("level") == "province"}
        if self.province and self.province not in provinces:
            errors.append(FieldError("province", "invalid_choice"))
        if self.district:
            parent = reference.district_province(self.district)
            if parent is None or (self.province and parent != self.province):
                errors.append(FieldError("district", "invalid_choice"))
        if errors:
            raise ValidationError(errors)

    def describe(self) -> tuple[str, str]:
        """(period, area) in words, for covers and audit-free captions."""
        if self.start and self.end:
            period = f"{self.start.isoformat()} to {self.end.isoformat()}"
        elif self.start:
            period = f"from {self.start.isoformat()}"
        elif self.end:
            period = f"up to {self.end.isoformat()}"
        else:
            period = "all dates"
        basis = "date of the incident" if self.basis == "incident" else "date the case opened"
        area = self.district or self.province
        return f"{period} (by {basis})", (reference.label("admin_units", area) if area
                                          else "all areas")


def quarter_dates(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    if not 1 <= quarter <= 4:
        raise ValueError("quarter is 1 to 4")
    start = dt.date(year, 3 * quarter - 2, 1)
    nxt = dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1)
    return start, nxt - dt.timedelta(days=1)


def quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


# -- results ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Dashboard:
    """Raw counts for people entitled to see the cases themselves (never exported as is)."""

    filters: Filters
    office: str          # the office whose cases these are; "" for every office
    area_level: str      # "province" or "district": what the area rows are
    today: dt.date
    tables: dict[str, Table] = field(default_factory=dict)
    victims: int = 0
    cases: int = 0
    needs: int = 0
    needs_met: int = 0
    referrals: int = 0
    answered: int = 0
    median_days: float | None = None
    overdue_follow_ups: int = 0
    overdue_referrals: int = 0
    claims: int = 0
    claims_paid: int = 0


@dataclass(frozen=True)
class Report:
    """The tables as they may leave the program: small counts hidden."""

    dashboard: Dashboard
    threshold: int
    tables: tuple[Protected, ...]

    def table(self, key: str) -> Protected:
        for p in self.tables:
            if p.table.key == key:
                return p
        raise KeyError(key)


def threshold(session: Session) -> int:
    """The smallest count shown in exports (setting, default 5, never under 3)."""
    try:
        value = int(session.setting(THRESHOLD_SETTING, DEFAULT_THRESHOLD))
    except (TypeError, ValueError):
        value = DEFAULT_THRESHOLD
    return max(MIN_THRESHOLD, value)


def area_level(session: Session, filters: Filters) -> str:
    if filters.province or filters.district or not session.is_hub:
        return "district"
    return "province"


# -- SQL ------------------------------------------------------------------------------------
# Every count reads the dashboard facts (store/report_facts.py), aliased `c`: their scope
# columns are named as in vc_case, so the scope SQL applies to them as to cases.
def _scope(session: Session) -> tuple[str, list[Any]]:
    where, params = case_filter(session, "c")
    if session.is_hub and Role.COORDINATOR not in session.roles:
        # A supervisor at a hub reports on their own office, as at an office.
        where += " AND c.office = ?"
        params = [*params, session.office]
    return where, params


def _quoted(codes: Iterable[str]) -> str:
    """Codes (ours, never user input) as SQL string literals."""
    return ", ".join(f"'{c}'" for c in codes)


def _area_sql(filters: Filters) -> tuple[str, list[Any]]:
    if filters.district:
        return " AND c.district = ?", [filters.district]
    if filters.province:
        return " AND c.district LIKE ?", [f"{filters.province}-%"]
    return "", []


def _counted_sql(session: Session, filters: Filters) -> tuple[str, list[Any]]:
    """SQL condition: the facts of the cases in scope, area and period that count (not
    transferred away, not merged into another)."""
    where, params = _scope(session)
    day = "c.day" if filters.basis == "incident" else "c.opened_on"
    conds = [where, f"{session_status_sql(session)} NOT IN ({_quoted(_LEFT_OUT)})"]
    if filters.start:
        conds.append(f"{day} >= ?")
        params = [*params, filters.start.isoformat()]
    if filters.end:
        conds.append(f"{day} <= ?")
        params = [*params, filters.end.isoformat()]
    area, area_params = _area_sql(filters)
    return " AND ".join(conds) + area, [*params, *area_params]


# -- building tables ---------------------------------------------------------------------------
def _order(dimension: str, found: Iterable[str]) -> tuple[str, ...]:
    """Rows in list order (unknown codes after the listed ones, "not recorded" last)."""
    present = set(found)
    if dimension in _ALL_ROWS:
        listed = list(_ALL_ROWS[dimension])
    elif dimension in _REFERENCE:
        listed = [i.code for i in reference.items(_REFERENCE[dimension])]
        if dimension == "victim_category":
            present |= set(listed)
    else:
        listed = []
    extra = sorted(present - set(listed) - {UNKNOWN, NOT_RECORDED})
    tail = [c for c in (UNKNOWN, NOT_RECORDED) if c in present and c not in listed]
    rows = [c for c in listed if c in present or dimension in _ALL_ROWS]
    return tuple(rows + extra + tail)


def _table(key: str, counts: Mapping[tuple[str, str], int]) -> Table:
    spec = SPEC[key]
    cols = _COLUMNS[spec.cols]
    rows = _order(spec.rows, (r for (r, _c), n in counts.items() if n))
    cells = tuple(tuple(int(counts.get((r, c), 0)) for c in cols) for r in rows)
    return Table(key, rows, cols, cells)


def _area(code: str | None, level: str) -> str:
    if not code:
        return UNKNOWN
    if level == "district":
        return code
    return reference.district_province(code) or UNKNOWN


def dashboard(session: Session, filters: Filters | None = None,
              today: dt.date | None = None) -> Dashboard:
    """Every count the Reports page shows. Computed again only when the data changed since
    (every write appends to the change log) or the filters or the day differ."""
    filters = filters or Filters()
    filters.check()
    with session.reading(Action.REPORT_EXPORT) as unit:
        today = today or unit.today
        version = unit.db.scalar("SELECT coalesce(max(seq), 0) FROM change_log")
        key = (session.user_id, tuple(session.roles), session.office, filters, today, version)
        found = _CACHE.get(session, key)
        if found is not None:
            return found  # type: ignore[no-any-return]
        if report_facts.stale(unit.db):
            # Derived rows only (nothing synced, nothing audited): the cases written since
            # the last dashboard get their facts now, once, rather than on every write.
            with unit.db.transaction():
                report_facts.refresh_dirty(unit.db)
        dash = _compute(session, unit.db, filters, today)
        _CACHE.put(session, key, dash)
        return dash


def catch_up(session: Session, limit: int | None = None) -> bool:
    """Bring the dashboard facts of up to `limit` (CATCH_UP_CASES) changed cases up to date,
    so that the next dashboard has less to do (after a big import, nothing); whether more
    wait. For the app to call in the background, a step at a time, between the user's own
    work."""
    with session.reading(Action.REPORT_EXPORT) as unit:
        if not report_facts.stale(unit.db):
            return False
        with unit.db.transaction():
            report_facts.refresh_dirty(unit.db, limit or CATCH_UP_CASES)
        return report_facts.stale(unit.db)


class _Cache:
    """The last few dashboards of each open session (memory only, dropped with the session:
    raw counts, small ones included, must not outlive a lock)."""

    def __init__(self, size: int = 12) -> None:
        self._size = size
        self._entries: list[tuple[weakref.ref[Session], tuple[Any, ...], Any]] = []

    def get(self, session: Session, key: tuple[Any, ...]) -> Any:
        self._entries = [e for e in self._entries
                         if (s := e[0]()) is not None and s.is_open]
        for ref, k, dash in self._entries:
            if ref() is session and k == key:
                return dash
        return None

    def put(self, session: Session, key: tuple[Any, ...], dash: Any) -> None:
        self._entries = [*self._entries, (weakref.ref(session), key, dash)][-self._size:]

    def clear(self) -> None:
        self._entries = []


_CACHE = _Cache()


def forget() -> None:
    """Drop every remembered dashboard (call on lock: they hold raw, unsuppressed counts)."""
    _CACHE.clear()


def _compute(session: Session, db: Database, filters: Filters, today: dt.date) -> Dashboard:
    level = area_level(session, filters)
    counts = _counts(session, db, filters, level)
    for (kind, district), n in _overdue(session, db, filters, today).items():
        counts["overdue_by_area"][(_area(district, level), kind)] += n
    tables = {s.key: _table(s.key, counts[s.key]) for s in SPECS}
    days: list[int] = counts["days"]
    need_table, late = tables["needs_by_domain"], tables["overdue_by_area"]
    claims = tables["claims_by_scheme"]
    return Dashboard(
        filters=filters, office="" if session.is_hub and Role.COORDINATOR in session.roles
        else session.office, area_level=level, today=today, tables=tables,
        victims=tables["victims_by_area"].total, cases=tables["cases_by_area"].total,
        needs=need_table.total, needs_met=need_table.col_totals[need_table.cols.index("met")],
        referrals=tables["referrals_by_service"].total, answered=len(days),
        median_days=pystats.median(days) if days else None,
        overdue_follow_ups=late.col_totals[0], overdue_referrals=late.col_totals[1],
        claims=claims.total, claims_paid=claims.col_totals[claims.cols.index("paid")])


def _counts(session: Session, db: Database, filters: Filters, level: str) -> dict[str, Any]:
    """Each query groups by the leading columns of one index of its facts table, so it is a
    single pass over that index (report_facts: no join, no sort)."""
    out: dict[str, Any] = {s.key: Counter() for s in SPECS}
    where, params = _counted_sql(session, filters)
    for district, attack, sex, n in db.execute(
            "SELECT district, attack, sex, count(*) FROM report_victim c"
            f" WHERE {where} GROUP BY district, attack, sex", params):
        out["victims_by_area"][(_area(district, level), sex)] += n
        out["victims_by_incident_type"][(attack, sex)] += n
    for category, age, sex, n in db.execute(
            "SELECT category, age, sex, count(*) FROM report_victim c"
            f" WHERE {where} GROUP BY category, age, sex", params):
        out["victims_by_age"][(band_of(AGE_BANDS, age), sex)] += n
        out["victims_by_category"][(category or UNKNOWN, sex)] += n

    # Counted cases show their own status (a stub's "transferred" is not counted).
    for district, attack, status, n in db.execute(
            "SELECT district, attack, status, count(*) FROM report_case c"
            f" WHERE {where} GROUP BY district, attack, status", params):
        out["cases_by_area"][(_area(district, level), status)] += n
        out["cases_by_incident_type"][(attack, status)] += n

    for domain, status, n in db.execute(
            "SELECT domain, need_status, count(*) FROM report_need c"
            f" WHERE {where} GROUP BY domain, need_status", params):
        out["needs_by_domain"][(domain, NEED_GROUPS.get(status, "identified"))] += n

    days: list[int] = []
    for r in db.query(
            "SELECT COALESCE(s.service_type, ?) AS service_type, x.status AS status,"
            " x.urgency AS urgency, x.days AS days, x.n AS n FROM (SELECT service,"
            " referral_status AS status, urgency, days, count(*) AS n FROM report_referral c"
            f" WHERE {where} GROUP BY service, referral_status, urgency, days) x"
            " LEFT JOIN service s ON s.id = x.service", [NOT_RECORDED, *params]):
        n = r["n"]
        out["referrals_by_service"][(r["service_type"],
                                     OUTCOME_GROUPS.get(r["status"], "not_sent"))] += n
        if r["days"] is not None and r["days"] >= 0:
            out["response_days"][(response_band(r["days"]), r["urgency"])] += n
            days += [r["days"]] * n

    out["days"] = days

    # Claims are fewer than cases: read from their own table, each looking up its case's
    # facts (CROSS JOIN keeps that order; the other way round reads every case).
    for scheme, status, n in db.execute(
            "SELECT k.scheme, k.status, count(*) FROM compensation_claim k CROSS JOIN"
            f" report_case c ON c.id = k.case_id WHERE k.deleted IS NULL AND {where}"
            " GROUP BY k.scheme, k.status", params):
        out["claims_by_scheme"][(scheme, status)] += n
    return out


def _overdue(session: Session, db: Database, filters: Filters,
             today: dt.date) -> Counter[tuple[str, str]]:
    """Follow-ups past their date and referrals past their respond-by date, today, in the
    cases in scope and area still being worked, whatever the period: {(kind, district): n}."""
    where, params = _scope(session)
    active = f"{session_status_sql(session)} IN ({_quoted(_ACTIVE)})"
    area, area_params = _area_sql(filters)
    return Counter({(kind, district): n for kind, district, n in db.execute(
        f"SELECT kind, district, count(*) FROM report_due c WHERE {where} AND {active}{area}"
        " AND due_on < ? GROUP BY kind, district", [*params, *area_params, today.isoformat()])})


def protect_dashboard(dash: Dashboard, limit: int) -> Report:
    """Suppress small counts table group by table group (linked tables together)."""
    groups: dict[str, list[Table]] = {}
    for spec in SPECS:
        groups.setdefault(spec.group, []).append(dash.tables[spec.key])
    done = {p.table.key: p for group in groups.values() for p in protect(group, limit)}
    return Report(dash, limit, tuple(done[s.key] for s in SPECS))


def report(session: Session, filters: Filters | None = None,
           today: dt.date | None = None) -> Report:
    """The dashboard's tables as exports show them."""
    dash = dashboard(session, filters, today)
    return protect_dashboard(dash, threshold(session))
