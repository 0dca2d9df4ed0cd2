"""The referral letter: what it may show (only what consent and the service need), in English,
Urdu or both, and the calls that preview, print and save it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from victimcare.domain import reference
from victimcare.domain.enums import ContactKind, SafeToContact
from victimcare.domain.enums import ReferralStatus as S
from victimcare.domain.permissions import Action
from victimcare.domain.rules import consent_is_current
from victimcare.domain.validation import format_cnic, format_mobile
from victimcare.services import referrals
from victimcare.services.letters import layout
from victimcare.services.letters.layout import Block, Fields, Para, Rule, Space
from victimcare.services.scope import visible_case
from victimcare.services.session import Session, Unit
from victimcare.store.atomic import atomic_write

# {"name_en", "name_ur", "address", "phone", "email", "logo_png" (base64 PNG)}, all optional
LETTERHEAD_SETTING = "letterhead"
TEMPLATE = "referral_letter"


@dataclass(frozen=True)
class Client:
    """The referred person, holding only the categories in `shown`; everything else is empty."""

    shown: frozenset[str]
    name_en: str = ""
    name_ur: str = ""
    relation: str = ""
    guardian_en: str = ""
    guardian_ur: str = ""
    age: int | None = None
    sex: str = ""
    cnic: str = ""
    phone: str = ""
    safe_times: str = ""
    address: str = ""
    language: str = ""
    interpreter: bool = False
    disability: str = ""
    harms: tuple[str, ...] = ()
    witness: bool = False


@dataclass(frozen=True)
class LetterData:
    """Everything one letter shows, chosen before any layout (tests check this too)."""

    letter_no: str
    date: str
    urgency: str
    respond_by: str
    office_en: str
    office_ur: str
    office_lines: tuple[str, ...]
    logo_png: bytes | None
    provider_en: str
    provider_ur: str
    provider_type: str
    focal_person: str
    provider_phone: str
    service_type: str
    client: Client
    reason: str
    consent: Mapping[str, str] | None
    case_worker: tuple[str, str, str]
    approver: str
    draft: bool
    langs: tuple[str, ...] = field(default=("en",))


def letter_language(languages: Iterable[str]) -> str:
    """English, Urdu or both, from the languages the provider works in."""
    langs = set(languages or ())
    if "ur" in langs and "en" in langs:
        return "both"
    return "ur" if "ur" in langs else "en"


def _langs(lang: str) -> tuple[str, ...]:
    return ("en", "ur") if lang == "both" else (lang,)


def _date(iso: str | None) -> str:
    return dt.date.fromisoformat(iso[:10]).strftime("%d-%m-%Y") if iso else ""


def _age(person: Mapping[str, Any], today: dt.date) -> int | None:
    if person.get("date_of_birth"):
        born = dt.date.fromisoformat(person["date_of_birth"])
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if person.get("age_estimate") is not None:
        since = person.get("age_estimated_on")
        years = today.year - dt.date.fromisoformat(since).year if since else 0
        return int(person["age_estimate"]) + years
    return None


def _covered(unit: Unit, ref: Mapping[str, Any], provider: Mapping[str, Any]) -> tuple[
        set[str], dict[str, Any] | None]:
    """The categories a current consent lets this letter show, and that consent when one
    covers the whole referral. A draft shows no more than the consents on file allow."""
    consent_id, _gap = referrals.consent_for(unit, ref)
    if consent_id:
        c = unit.records.get("consent", consent_id)
        return set(c["data_categories"] or ()), c
    covered: set[str] = set()
    for c in unit.records.select("consent", "case_id = ? AND person = ?",
                                 [ref["case_id"], ref["person"]]):
        if c["consent_type"] != "share_with_provider" or not consent_is_current(c, unit.today):
            continue
        if c["provider"] == provider["id"] or (
                c["provider"] is None and c["provider_type"] == provider["provider_type"]):
            covered |= set(c["data_categories"] or ())
    return covered, None


def _client(unit: Unit, ref: Mapping[str, Any], case: Mapping[str, Any], provider_type: str,
            shown: frozenset[str]) -> Client:
    p = unit.records.get("person", ref["person"])
    contacts = [c for c in unit.records.select("contact_point", "person = ?", [p["id"]])
                if not c["restricted"]]
    phones = [c for c in contacts if c["kind"] in (ContactKind.MOBILE, ContactKind.LANDLINE)]
    # Only a number the person said is safe to use; "via someone" goes through the case worker.
    safe = [c for c in phones if c["safe_to_contact"] in (None, SafeToContact.YES)]
    addresses = [c for c in contacts if c["kind"] == ContactKind.ADDRESS
                 and c["safe_to_contact"] != SafeToContact.NO]
    member = unit.records.select("case_member", "case_id = ? AND person = ?",
                                 [case["id"], p["id"]])
    harms = tuple(member[0]["harms"] or ()) if member else ()
    has = shown.__contains__
    phone = ""
    if has("contact_phone") and safe:
        value = safe[0]["value"]
        phone = format_mobile(value) if safe[0]["kind"] == ContactKind.MOBILE else value
    return Client(
        shown=shown,
        name_en=" ".join(x for x in (p["given_name"], p["family_name"]) if x) if has("name")
        else "",
        name_ur=(p["name_ur"] or "") if has("name") else "",
        relation=(p["guardian_relation"] or "") if has("father_name") else "",
        guardian_en=(p["guardian_name"] or "") if has("father_name") else "",
        guardian_ur=(p["guardian_name_ur"] or "") if has("father_name") else "",
        age=_age(p, unit.today) if has("age_sex") else None,
        sex=(p["sex"] or "") if has("age_sex") else "",
        cnic=format_cnic(p["cnic"]) if has("cnic") and p["cnic"] else "",
        phone=phone, safe_times=(safe[0]["safe_times"] or "") if phone else "",
        address=addresses[0]["value"] if has("address") and addresses else "",
        language=(p["preferred_language"] or "") if has("language_needs") else "",
        interpreter=bool(p["interpreter_needed"]) if has("language_needs") else False,
        disability=(p["disability"] or "") if has("disability") else "",
        harms=harms if has("medical_information") and provider_type in
        referrals.HEALTH_TYPES else (),
        witness=bool(case["witness"]) and provider_type in referrals.PROTECTION_TYPES)


def compose(unit: Unit, referral_id: str, lang: str | None, *, final: bool) -> LetterData:
    """Choose what the letter shows. A final letter needs a consent covering all of it."""
    ref = unit.records.get("referral", referral_id)
    case = visible_case(unit, ref["case_id"])
    if final:
        referrals.require_printable(unit, ref)
    provider = unit.records.get("service_provider", ref["provider"])
    covered, consent = _covered(unit, ref, provider)
    shown = frozenset(set(ref["data_categories"] or ()) & covered)
    office = unit.db.query_one("SELECT name_en, name_ur FROM office WHERE code = ?",
                               (unit.session.office,))
    head = unit.session.setting(LETTERHEAD_SETTING, {}) or {}
    worker_id = case["case_worker"] or ref["created_by"]
    worker = unit.db.query_one("SELECT full_name, work_phone, work_email FROM user_account"
                               " WHERE id = ?", (worker_id,))
    approver = unit.db.scalar(
        "SELECT u.full_name FROM referral_event e JOIN user_account u ON u.id = e.by_user"
        " WHERE e.referral = ? AND e.to_status = ? ORDER BY e.at DESC LIMIT 1",
        (referral_id, S.APPROVED.value))
    service = unit.records.get("service", ref["service"]) if ref["service"] else None
    need = unit.records.get("need_item", ref["need_item"]) if ref["need_item"] else None
    return LetterData(
        letter_no=ref["letter_no"] or "", date=_date(unit.today.isoformat()),
        urgency=ref["urgency"], respond_by=_date(ref["respond_by"]),
        office_en=head.get("name_en") or (office["name_en"] if office else "") or
        unit.session.office,
        office_ur=head.get("name_ur") or (office["name_ur"] if office else "") or
        _unit_name_ur(unit.session.office),
        office_lines=tuple(str(head[k]) for k in ("address", "phone", "email") if head.get(k)),
        logo_png=layout.logo_from_setting(head.get("logo_png")),
        provider_en=provider["name_en"], provider_ur=provider["name_ur"] or "",
        provider_type=provider["provider_type"], focal_person=provider["focal_person"] or "",
        provider_phone=provider["phone"] or "",
        service_type=service["service_type"] if service else (need["domain"] if need else ""),
        client=_client(unit, ref, case, provider["provider_type"], shown),
        reason=(ref["reason"] or "") if "incident_summary_minimal" in shown else "",
        consent=None if consent is None else {
            "given_on": _date(consent["given_on"]), "method": consent["method"],
            "purpose": consent["purpose"] or "", "ref": "C-" + consent["id"][-8:].upper()},
        case_worker=((worker["full_name"] or "") if worker else "",
                     (worker["work_phone"] or "") if worker else "",
                     (worker["work_email"] or "") if worker else ""),
        approver=approver or "",
        draft=not final,
        langs=_langs(lang or letter_language(provider["languages"] or ())))


def _unit_name_ur(office_code: str) -> str:
    if office_code in reference.codes("admin_units"):
        return reference.label("admin_units", office_code, "ur")
    return ""


# -- the text ------------------------------------------------------------------------------
def _service_label(code: str, lang: str) -> str:
    if code in reference.codes("service_types"):
        return reference.label("service_types", code, lang)
    return reference.label("need_domains", code, lang)


def _client_rows(d: LetterData, t: Mapping[str, Any], lang: str) -> tuple[tuple[str, str], ...]:
    c, f = d.client, t["fields"]
    has = c.shown.__contains__
    rows: list[tuple[str, str]] = []
    name = c.name_ur if lang == "ur" and c.name_ur else c.name_en
    rows.append((f["name"], name if has("name") else t["not_shared"]))
    if has("father_name") and (c.guardian_en or c.guardian_ur):
        guardian = c.guardian_ur if lang == "ur" and c.guardian_ur else c.guardian_en
        relation = t["relation_labels"].get(c.relation, "")
        rows.append((f["father_name"], f"{relation} {guardian}".strip()))
    if has("age_sex"):
        age = layout.fill(t["age_years"], age=c.age) if c.age is not None else ""
        sex = t["sex_labels"].get(c.sex, "")
        rows.append((f["age_sex"], "، ".join(x for x in (age, sex) if x) if lang == "ur"
                     else ", ".join(x for x in (age, sex) if x)))
    if has("cnic") and c.cnic:
        rows.append((f["cnic"], c.cnic))
    if has("language_needs") and (c.language or c.interpreter):
        language = t["language_labels"].get(c.language, c.language)
        extra = t["interpreter_needed"] if c.interpreter else ""
        rows.append((f["language"], " - ".join(x for x in (language, extra) if x)))
    if has("disability") and c.disability:
        rows.append((f["access"], c.disability))
    if c.phone:
        times = layout.fill(t["safe_times"], times=c.safe_times) if c.safe_times else ""
        rows.append((f["contact"], " - ".join(x for x in (c.phone, times) if x)))
    else:
        rows.append((f["contact"], t["through_case_worker"]))
    if has("address") and c.address:
        rows.append((f["address"], c.address))
    if c.harms:
        rows.append((f["medical"], ", ".join(reference.label("harm_types", h, lang)
                                             for h in c.harms)))
    if c.witness:
        rows.append((f["witness"], t["witness_yes"]))
    return tuple(rows)


def blocks(d: LetterData, lang: str) -> list[Block]:
    """The letter in one language, block by block (the same rows in every language)."""
    t = layout.template(TEMPLATE, lang)
    ur = lang == "ur"
    service = _service_label(d.service_type, lang)
    provider = d.provider_ur if ur and d.provider_ur else d.provider_en
    consent = t["consent_missing"] if d.consent is None else layout.fill(
        t["consent"], given_on=d.consent["given_on"], purpose=d.consent["purpose"],
        method=t["method_labels"].get(d.consent["method"], ""), provider=provider,
        consent_ref=d.consent["ref"])
    salutation = layout.fill(t["salutation"], focal_person=d.focal_person) \
        if d.focal_person else t["salutation_plain"]
    return [
        Para(t["title"], bold=True, size=1.3, center=True, gap=0),
        Fields(((t["letter_no"], d.letter_no or "—"), (t["date"], d.date),
                (t["urgency"], t["urgency_labels"].get(d.urgency, d.urgency)),
                (t["respond_by"], d.respond_by))),
        Fields(((t["to"], provider), (t["attention"], d.focal_person or "—"),
                (t["provider_contact"], d.provider_phone or "—"))),
        Para(layout.fill(t["subject"], service=service), bold=True),
        Para(salutation),
        Para(layout.fill(t["opening"], service=service)),
        Para(t["client_heading"], bold=True),
        Fields(_client_rows(d, t, lang)),
        Para(t["service_heading"], bold=True),
        Fields(((t["service"], service),) + (((t["reason"], d.reason),) if d.reason else ())),
        Para(consent),
        Para(layout.fill(t["acknowledge"], respond_by=d.respond_by)),
        Para(t["case_worker_heading"], bold=True),
        Fields(((t["case_worker"], d.case_worker[0]), (t["phone"], d.case_worker[1]),
                (t["email"], d.case_worker[2]), (t["office"], d.office_ur if ur and
                                                  d.office_ur else d.office_en))),
        Para(t["signature_heading"], bold=True),
        Fields(((t["supervisor"], d.approver or "—"), (t["signature"], " "))),
        Space(16),
        Rule(),
        Para(t["confidential"], bold=True, size=0.85, grey=True, gap=2),
    ]


def document(d: LetterData) -> layout.Document:
    per_lang = {lang: blocks(d, lang) for lang in d.langs}
    first = layout.template(TEMPLATE, d.langs[0])
    rows = [{lang: per_lang[lang][i] for lang in d.langs}
            for i in range(len(per_lang[d.langs[0]]))]
    return layout.Document(
        langs=d.langs, rows=rows,
        title=f"{layout.template(TEMPLATE, 'en')['title']} {d.letter_no}".strip(),
        letterhead=layout.Letterhead(d.office_en, d.office_ur, d.office_lines, d.logo_png),
        footer=layout.fill(layout.template(TEMPLATE, "en")["footer"],
                           letter_no=d.letter_no or first["draft"]),
        watermark=first["draft"] if d.draft else "")


def render(d: LetterData) -> bytes:
    return layout.render(document(d))


# -- service calls -------------------------------------------------------------------------
def preview_letter(session: Session, referral_id: str, lang: str | None = None) -> bytes:
    """The letter as it stands. It is marked DRAFT unless the viewer may print it and it is
    approved with a covering consent; a draft never shows data no consent covers."""
    with session.unit(Action.REFERRAL_DRAFT) as unit:
        ref = unit.records.get("referral", referral_id)
        visible_case(unit, ref["case_id"])
        final = session.can(Action.REFERRAL_PRINT) and S(ref["status"]) in referrals.PRINTABLE \
            and referrals.consent_for(unit, ref)[1] is None
        data = compose(unit, referral_id, lang, final=final)
        unit.audit("referral.letter_preview", "vc_case", ref["case_id"], referral=referral_id,
                   final=final)
    return render(data)


def letter_pdf(session: Session, referral_id: str, lang: str | None = None) -> bytes:
    """The final letter for printing (record the print with referrals.record_output)."""
    with session.reading(Action.REFERRAL_PRINT) as unit:
        data = compose(unit, referral_id, lang, final=True)
    return render(data)


def save_letter(session: Session, referral_id: str, path: Path,
                lang: str | None = None) -> int:
    """Write the final letter as a PDF (atomically) and count it; returns the output count."""
    pdf = letter_pdf(session, referral_id, lang)
    atomic_write(Path(path), pdf)
    return referrals.record_output(session, referral_id, "save")
