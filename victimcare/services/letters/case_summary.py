"""The case summary a supervisor prints for supervision: the whole case, restricted notes
included, marked CONFIDENTIAL on every page (header, footer and a light diagonal watermark)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from victimcare.domain import reference
from victimcare.domain.errors import ValidationError
from victimcare.domain.permissions import Action
from victimcare.domain.rules import consent_is_current
from victimcare.services.letters import layout
from victimcare.services.letters.layout import Block, Fields, Para, Row
from victimcare.services.scope import visible_case
from victimcare.services.session import Session, Unit
from victimcare.store.atomic import atomic_write

TEMPLATE = "case_summary"
NOTE_CHUNK = 1500  # characters per paragraph, so that a long note can run over a page break

Rows = list[dict[str, Any]]


@dataclass
class SummaryData:
    """The case as read for the summary (rows of the store, with user names resolved)."""

    case: dict[str, Any]
    incident: dict[str, Any] | None
    members: Rows               # case_member rows, each with "person_row"
    needs: Rows                 # need_item rows, each with "assessed_on" and "person"
    risks: Rows                 # latest first
    consents: Rows
    referrals: Rows             # each with "provider_name", "service_type", "events"
    follow_ups: Rows
    notes: Rows
    hidden_notes: int
    users: dict[str, str]
    printed_by: str
    today: dt.date
    letterhead: layout.Letterhead
    people: dict[str, str] = field(default_factory=dict)  # person id → name


def _name(p: Mapping[str, Any]) -> str:
    latin = " ".join(x for x in (p.get("given_name"), p.get("family_name")) if x)
    return f"{latin}  {p['name_ur']}" if p.get("name_ur") else latin


def compose(unit: Unit, case_id: str) -> SummaryData:
    case = visible_case(unit, case_id)
    r = unit.records
    members = r.select("case_member", "case_id = ?", [case_id])
    for m in members:
        m["person_row"] = r.get("person", m["person"])
    members.sort(key=lambda m: (not m["principal"], m["created_at"]))
    assessments = {a["id"]: a for a in r.select("needs_assessment", "case_id = ?", [case_id])}
    needs = r.select("need_item", "case_id = ?", [case_id])
    for n in needs:
        a = assessments.get(n["assessment"], {})
        n["assessed_on"], n["person"] = a.get("assessed_on"), a.get("person")
    referrals = r.select("referral", "case_id = ?", [case_id])
    for ref in referrals:
        provider = r.get("service_provider", ref["provider"])
        service = r.get("service", ref["service"]) if ref["service"] else None
        ref["provider_name"] = provider["name_en"]
        ref["service_type"] = service["service_type"] if service else ""
        ref["events"] = r.select("referral_event", "referral = ?", [ref["id"]], "at")
    note_where = "case_id = ?"
    if not unit.session.can(Action.NOTE_VIEW_RESTRICTED):
        note_where += " AND coalesce(restricted, 0) = 0"
    notes = r.select("case_note", note_where, [case_id])
    hidden = int(unit.db.scalar(
        "SELECT count(*) FROM case_note WHERE case_id = ? AND deleted IS NULL", (case_id,))
        or 0) - len(notes)
    users = {u: n for u, n in unit.db.query("SELECT id, full_name FROM user_account")}
    return SummaryData(
        case=case,
        incident=r.get("incident", case["incident"]) if case["incident"] else None,
        members=members, needs=needs,
        risks=r.select("risk_assessment", "case_id = ?", [case_id],
                       "assessed_on DESC, created_at DESC"),
        consents=r.select("consent", "case_id = ?", [case_id], "given_on DESC"),
        referrals=referrals,
        follow_ups=r.select("follow_up", "case_id = ?", [case_id], "due_on"),
        notes=notes, hidden_notes=hidden, users=users, printed_by=unit.session.full_name,
        today=unit.today, letterhead=layout.office_letterhead(unit),
        people={m["person"]: _name(m["person_row"]) for m in members})


# -- the text ------------------------------------------------------------------------------
def _date(value: str | None) -> str:
    return layout.date_text(value) if value else ""


def _local_time(iso: str) -> str:
    """A stored UTC time as the local date and time of this computer."""
    return dt.datetime.fromisoformat(iso).astimezone().strftime("%d-%m-%Y %H:%M")


def _ref(name: str, code: str | None) -> str:
    if not code:
        return ""
    return reference.label(name, code, "en") if code in reference.codes(name) else code


class _Text:
    def __init__(self, d: SummaryData) -> None:
        self.d = d
        self.t = layout.template(TEMPLATE, "en")

    def label(self, kind: str, code: str | None) -> str:
        """An enum value in words; a value newer than this template is shown as written."""
        if not code:
            return ""
        return str(self.t["labels"][kind].get(code, code.replace("_", " ")))

    def user(self, user_id: str | None) -> str:
        return self.d.users.get(user_id or "", "")

    def heading(self, key: str) -> Para:
        return Para(self.t[key], bold=True, size=1.15, gap=10, keep_with_next=True)

    def table(self, key: str, shares: Sequence[float],
              rows: Sequence[Sequence[str]]) -> Iterator[Block]:
        if not rows:
            yield Para(self.t["none"], grey=True, gap=2)
            return
        yield Row(tuple(self.t[key]), tuple(shares), bold=True)
        for cells in rows:
            yield Row(tuple(cells), tuple(shares))


def _case(x: _Text) -> Iterator[Block]:
    c, t = x.d.case, x.t
    f = t["case_fields"]
    risk = layout.fill(t["risk_value"], level=x.label("risk_level", c["risk_level"]),
                       review=_date(c["next_review_on"]) or "—") \
        if c["risk_level"] else t["risk_none"]
    yield x.heading("case_heading")
    yield Fields(((f["case_number"], c["case_number"]),
                  (f["status"], x.label("case_status", c["status"])),
                  (f["sensitivity"], x.label("sensitivity", c["sensitivity"])),
                  (f["risk"], risk), (f["case_worker"], x.user(c["case_worker"])),
                  (f["supervisor"], x.user(c["supervisor"])),
                  (f["opened"], _date(c["opened_on"]))), label_share=0.22)


def _people(x: _Text) -> Iterator[Block]:
    yield x.heading("people_heading")
    yield from x.table("people_columns", (3.2, 1.3, 2.2, 2.6), [
        (_name(m["person_row"]), x.t["principal"] if m["principal"] else x.t["member"],
         _ref("victim_categories", m["victim_category"]),
         ", ".join(_ref("harm_types", h) for h in m["harms"] or ()))
        for m in x.d.members])


def _incident(x: _Text) -> Iterator[Block]:
    yield x.heading("incident_heading")
    i, f = x.d.incident, x.t["incident_fields"]
    if i is None:
        yield Para(x.t["no_incident"], grey=True, gap=2)
        return
    when = f"{_date(i['occurred_on'])} {x.label('date_precision', i['date_precision'])}"
    yield Fields(((f["date"], when.strip()), (f["district"], _ref("admin_units", i["district"])),
                  (f["place"], _ref("place_types", i["place_type"])),
                  (f["attack"], ", ".join(_ref("attack_types", a)
                                          for a in i["attack_types"] or ()))),
                 label_share=0.22)


def _needs(x: _Text) -> Iterator[Block]:
    yield x.heading("needs_heading")
    yield from x.table("needs_columns", (3, 2.6, 1.2, 1.8, 1.3), [
        (_ref("need_domains", n["domain"]), x.d.people.get(n["person"] or "", ""),
         x.label("severity", n["severity"]), x.label("need_status", n["status"]),
         _date(n["assessed_on"])) for n in x.d.needs])


def _risks(x: _Text) -> Iterator[Block]:
    yield x.heading("risks_heading")
    rows = []
    for a in x.d.risks:
        review = x.label("review_status", a["review_status"])
        if a["reviewed_by"]:
            review = layout.fill(x.t["review_value"], status=review, by=x.user(a["reviewed_by"]),
                                 on=_date(a["reviewed_at"]))
        rows.append((_date(a["assessed_on"]), x.label("risk_level", a["level"]),
                     x.user(a["assessed_by"]), review, _date(a["next_review_on"])))
    yield from x.table("risks_columns", (1.3, 1, 1.8, 3.4, 1.3), rows)


def consent_state(c: Mapping[str, Any], today: dt.date) -> str:
    """current, expired or withdrawn."""
    if c.get("withdrawn_on") and c["withdrawn_on"] <= today.isoformat():
        return "withdrawn"
    return "current" if consent_is_current(c, today) else "expired"


def _consents(x: _Text) -> Iterator[Block]:
    yield x.heading("consents_heading")
    rows = []
    providers = {r["provider"]: r["provider_name"] for r in x.d.referrals}
    for c in x.d.consents:
        kind = _ref("consent_types", c["consent_type"])
        target = providers.get(c["provider"]) or _ref("provider_types", c["provider_type"])
        state = consent_state(c, x.d.today)
        rows.append((x.d.people.get(c["person"], ""),
                     f"{kind}: {target}" if target else kind, _date(c["given_on"]),
                     _date(c["expires_on"]) or x.t["no_end"],
                     layout.fill(x.t["consent_state"][state], on=_date(c["withdrawn_on"]))))
    yield from x.table("consents_columns", (2.4, 3.6, 1.2, 1.3, 1.6), rows)


def _referrals(x: _Text) -> Iterator[Block]:
    yield x.heading("referrals_heading")
    rows = []
    for r in x.d.referrals:
        sent = next((e["at"] for e in r["events"] if e["to_status"] == "sent"), None)
        last = r["events"][-1]["at"] if r["events"] else None
        service = _ref("service_types", r["service_type"])
        rows.append((f"{r['provider_name']}: {service}" if service else r["provider_name"],
                     x.label("referral_status", r["status"]), _date(r["created_at"]),
                     _date(sent), _date(r["respond_by"]), _date(last)))
    yield from x.table("referrals_columns", (3.6, 1.9, 1.2, 1.2, 1.2, 1.2), rows)


def _follow_ups(x: _Text) -> Iterator[Block]:
    yield x.heading("follow_ups_heading")
    rows = []
    for f in x.d.follow_ups:
        if f["done"]:
            done = " - ".join(v for v in (_date(f["done_on"]), f["outcome"] or "") if v)
        elif f["due_on"] < x.d.today.isoformat():
            done = f"{x.t['not_done']} ({x.t['overdue']})"
        else:
            done = x.t["not_done"]
        rows.append((_date(f["due_on"]), x.label("follow_up_kind", f["kind"]),
                     f["purpose"] or "", x.user(f["assigned_to"]), done))
    yield from x.table("follow_ups_columns", (1.2, 1.1, 3.2, 1.6, 2.6), rows)


def _chunks(text: str) -> Iterator[tuple[str, bool]]:
    """A note's paragraphs, long ones cut after a sentence (or at a space) near NOTE_CHUNK
    characters; each piece says whether it goes on from the piece before."""
    for paragraph in text.split("\n"):
        more = False
        while len(paragraph) > NOTE_CHUNK:
            cut = paragraph.rfind(". ", 0, NOTE_CHUNK) + 1
            if cut < NOTE_CHUNK // 2:
                cut = paragraph.rfind(" ", 0, NOTE_CHUNK)
            cut = cut if cut > NOTE_CHUNK // 2 else NOTE_CHUNK
            yield paragraph[:cut], more
            paragraph, more = paragraph[cut:].lstrip(), True
        if paragraph.strip():
            yield paragraph, more


def _notes(x: _Text) -> Iterator[Block]:
    yield x.heading("notes_heading")
    if not x.d.notes:
        yield Para(x.t["none"], grey=True, gap=2)
    for n in x.d.notes:
        meta = f"{_local_time(n['created_at'])} - {x.user(n['created_by'])}"
        if n["restricted"]:
            meta += f" - {x.t['restricted']}"
        yield Para(meta, bold=True, size=0.9, gap=7, keep_with_next=True)
        for part, goes_on in _chunks(n["body"]):
            yield Para(part, gap=0 if goes_on else 1.5)
    if x.d.hidden_notes:
        yield Para(layout.fill(x.t["restricted_hidden"], count=x.d.hidden_notes), grey=True)


def blocks(d: SummaryData) -> list[Block]:
    x = _Text(d)
    head = [Para(x.t["title"], bold=True, size=1.3, center=True, gap=0),
            Para(layout.fill(x.t["subtitle"], case_number=d.case["case_number"],
                             date=_date(d.today.isoformat()), user=d.printed_by),
                 grey=True, center=True, size=0.9)]
    return head + [b for part in (_case, _people, _incident, _needs, _risks, _consents,
                                  _referrals, _follow_ups, _notes) for b in part(x)]


def document(d: SummaryData) -> layout.Document:
    t = layout.template(TEMPLATE, "en")
    values = {"case_number": d.case["case_number"], "date": _date(d.today.isoformat()),
              "user": d.printed_by}
    return layout.Document(
        langs=("en",), rows=[{"en": b} for b in blocks(d)],
        title=f"{t['title']} {d.case['case_number']}", letterhead=d.letterhead,
        footer=layout.fill(t["footer"], **values), header=layout.fill(t["header"], **values),
        page_label=t["page_label"], watermark=t["watermark"],
        watermark_color=layout.LIGHT_WATERMARK, one_page=False)


# -- service calls -------------------------------------------------------------------------
def _render(session: Session, case_id: str, lang: str, action: str) -> bytes:
    if lang != "en":  # supervisors read English; Urdu names are shown as written
        raise ValidationError.single("lang", "invalid_choice")
    with session.unit(Action.CASE_VIEW_RESTRICTED) as unit:
        data = compose(unit, case_id)
        unit.audit(action, "vc_case", case_id, notes=len(data.notes))
    return layout.render(document(data))


def render_case_summary(session: Session, case_id: str, lang: str = "en") -> bytes:
    """The summary as a PDF of as many pages as the case needs ("Page N of M"), for
    supervisors and coordinators; each one made is audited."""
    return _render(session, case_id, lang, "case.summary_print")


def save_case_summary(session: Session, path: Path, case_id: str, lang: str = "en") -> None:
    """The same summary written to a PDF file (atomically, readable by the owner only)."""
    pdf = _render(session, case_id, lang, "case.summary_save")
    atomic_write(Path(path), pdf)
