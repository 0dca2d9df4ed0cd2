"""The printable informed-consent form (English, Urdu or both) to be signed or thumb-printed:
blank, or filled in from a consent already recorded. It names the person and the case only."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from victimcare.domain import reference
from victimcare.domain.enums import ConsentGivenBy, ConsentMethod
from victimcare.domain.errors import NotFound, ValidationError
from victimcare.domain.permissions import Action
from victimcare.services.letters import layout
from victimcare.services.letters.layout import (
    SPAN,
    BiChecks,
    BiFields,
    Block,
    Boxes,
    Checks,
    Fields,
    Para,
    Rule,
)
from victimcare.services.scope import visible_case
from victimcare.services.session import Session, Unit
from victimcare.store.atomic import atomic_write

TEMPLATE = "consent_form"
LANGS = {"en": ("en",), "ur": ("ur",), "both": ("en", "ur")}


@dataclass(frozen=True)
class FormData:
    """What one form shows, chosen before any layout. `consent_ref` is empty on a blank form,
    and then nothing is ticked and the dates are left to write in."""

    langs: tuple[str, ...]
    letterhead: layout.Letterhead
    office_phone: str
    case_number: str
    name_en: str
    name_ur: str
    relation: str
    guardian_en: str
    guardian_ur: str
    case_worker: str
    consent_ref: str = ""
    consent_type: str = ""
    provider_en: str = ""
    provider_ur: str = ""
    provider_type: str = ""
    purpose: str = ""
    categories: frozenset[str] = frozenset()
    given_by: str = ""
    child_assent: bool = False
    method: str = ""
    given_on: str = ""
    expires_on: str = ""


def compose(unit: Unit, case_id: str, person_id: str, consent_id: str | None,
            lang: str) -> FormData:
    if lang not in LANGS:
        raise ValidationError.single("lang", "invalid_choice")
    case = visible_case(unit, case_id)
    if not unit.db.scalar("SELECT 1 FROM case_member WHERE case_id = ? AND person = ?"
                          " AND deleted IS NULL", (case_id, person_id)):
        raise ValidationError.single("person", "not_in_case")
    p = unit.records.get("person", person_id)
    head = layout.office_letterhead(unit)
    setting = unit.session.setting(layout.LETTERHEAD_SETTING, {}) or {}
    common: dict[str, Any] = {
        "langs": LANGS[lang], "letterhead": head, "office_phone": str(setting.get("phone") or ""),
        "case_number": case["case_number"],
        "name_en": " ".join(x for x in (p["given_name"], p["family_name"]) if x),
        "name_ur": p["name_ur"] or "", "relation": p["guardian_relation"] or "",
        "guardian_en": p["guardian_name"] or "", "guardian_ur": p["guardian_name_ur"] or ""}
    if consent_id is None:
        worker = case["case_worker"] or unit.session.user_id
        return FormData(**common, case_worker=_user_name(unit, worker))
    c = unit.records.get("consent", consent_id)
    if c["case_id"] != case_id or c["person"] != person_id:
        raise NotFound(entity="consent")
    provider = unit.records.get("service_provider", c["provider"]) if c["provider"] else None
    return FormData(
        **common, case_worker=_user_name(unit, c["created_by"]),
        consent_ref="C-" + c["id"][-8:].upper(), consent_type=c["consent_type"],
        provider_en=provider["name_en"] if provider else "",
        provider_ur=(provider["name_ur"] or "") if provider else "",
        provider_type=c["provider_type"] or (provider["provider_type"] if provider else ""),
        purpose=c["purpose"] or "", categories=frozenset(c["data_categories"] or ()),
        given_by=c["given_by"], child_assent=bool(c["child_assent"]), method=c["method"],
        given_on=c["given_on"] or "", expires_on=c["expires_on"] or "")


def _codes(name: str) -> list[str]:
    """A reference list's codes in the order the list gives them."""
    return [item.code for item in reference.items(name)]


def _user_name(unit: Unit, user_id: str | None) -> str:
    return str(unit.db.scalar("SELECT full_name FROM user_account WHERE id = ?",
                              (user_id,)) or "")


# -- the text ------------------------------------------------------------------------------
def _recipient(d: FormData, t: Mapping[str, Any], lang: str) -> str:
    if d.provider_en:
        return d.provider_ur if lang == "ur" and d.provider_ur else d.provider_en
    if d.provider_type:
        return layout.fill(t["any_provider_of_type"],
                           type=reference.label("provider_types", d.provider_type, lang))
    return str(t["blank"])


def _type_labels(d: FormData, t: Mapping[str, Any], lang: str) -> dict[str, str]:
    """Each consent type in words; the recipient is named only on the type this consent is."""
    out = {}
    for code in _codes("consent_types"):
        who = _recipient(d, t, lang) if code == d.consent_type else t["blank"]
        out[code] = layout.fill(t["types"][code], provider=who, programme=who)
    return out


def _name(d: FormData, lang: str) -> str:
    return d.name_ur if lang == "ur" and d.name_ur else d.name_en


def _guardian(d: FormData, t: Mapping[str, Any], lang: str) -> str:
    if len(d.langs) == 2 and lang == "ur" and not d.guardian_ur:
        return ""  # the English half already says it in Latin letters
    name = d.guardian_ur if lang == "ur" and d.guardian_ur else d.guardian_en
    return f"{t['relation_labels'].get(d.relation, '')} {name}".strip() if name else ""


def _lasts(d: FormData, t: Mapping[str, Any]) -> str:
    if not d.consent_ref:
        return str(t["lasts_blank"])
    if not d.expires_on:
        return str(t["lasts_open"])
    return layout.fill(t["lasts_until"], date=layout.date_text(d.expires_on))


class _Rows:
    """Rows of the form in one or two languages. Where the person ticks or writes, a
    bilingual form has one box or line between the two languages, never one per language."""

    def __init__(self, d: FormData) -> None:
        self.d = d
        self.t = {lang: layout.template(TEMPLATE, lang) for lang in d.langs}
        self.rows: list[dict[str, Block]] = []
        self.both = len(d.langs) == 2

    def text(self, texts: Mapping[str, str], **kw: Any) -> None:
        self.rows.append({lang: Para(texts[lang], **kw) for lang in self.d.langs})

    def checks(self, items: Sequence[tuple[bool, Mapping[str, str]]], columns: int) -> None:
        if self.both:
            self.rows.append({SPAN: BiChecks(tuple((on, x["en"], x["ur"]) for on, x in items),
                                             columns)})
        else:
            lang = self.d.langs[0]
            self.rows.append({lang: Checks(tuple((on, x[lang]) for on, x in items), columns)})

    def fields(self, rows: Sequence[tuple[Mapping[str, str], Mapping[str, str]]]) -> None:
        """(label per language, value per language); an empty value is a line to write on."""
        if self.both:
            self.rows.append({SPAN: BiFields(tuple(
                (label["en"], _both(value["en"], value["ur"]), label["ur"])
                for label, value in rows))})
        else:
            lang = self.d.langs[0]
            self.rows.append({lang: Fields(tuple((label[lang], value[lang])
                                                 for label, value in rows),
                                           write_in=True, label_share=0.38)})

    def words(self, group: str, code: str) -> dict[str, str]:
        """One entry of a group of the template (e.g. a method), in each language."""
        return {lang: str(self.t[lang][group][code]) for lang in self.d.langs}

    def per_lang(self, make: Callable[[Mapping[str, Any], str], Any]) -> dict[str, Any]:
        """`make(template, lang)` for each language of the form."""
        return {lang: make(self.t[lang], lang) for lang in self.d.langs}


def _both(en: str, ur: str) -> str:
    return en if not ur or ur == en else f"{en} / {ur}" if en else ur


def rows(d: FormData) -> list[dict[str, Block]]:
    r = _Rows(d)
    f = r.per_lang
    r.text(f(lambda t, _l: t["title"]), bold=True, size=1.3, center=True, gap=0)
    number_key, number = ("case_and_reference", f"{d.case_number}, {d.consent_ref}") \
        if d.consent_ref else ("case_number", d.case_number)
    identity = [(f(lambda t, _l: t["fields"]["name"]), f(lambda _t, lang: _name(d, lang))),
                (f(lambda t, _l: t["fields"]["father_name"]),
                 f(lambda t, lang: _guardian(d, t, lang))),
                (f(lambda t, _l: t["fields"][number_key]), f(lambda _t, _l: number))]
    r.fields(identity)
    office = {"en": d.letterhead.name_en, "ur": d.letterhead.name_ur or d.letterhead.name_en}
    r.text(f(lambda t, lang: layout.fill(t["intro"], office=office[lang])))
    r.text(f(lambda t, _l: t["for_heading"]), bold=True, gap=5)
    labels = f(lambda t, lang: _type_labels(d, t, lang))
    r.checks([(code == d.consent_type, {lang: labels[lang][code] for lang in d.langs})
              for code in _codes("consent_types")], 1)
    r.text(f(lambda t, _l: layout.fill(t["purpose"], purpose=d.purpose) if d.purpose
             else t["purpose_blank"]), gap=3)
    r.text(f(lambda t, _l: t["data_heading"]), bold=True, gap=5)
    r.checks([(code in d.categories,
               {lang: reference.label("data_categories", code, lang) for lang in d.langs})
              for code in _codes("data_categories")], 2)
    r.text(f(lambda t, _l: t["rights_heading"]), bold=True, gap=5)
    r.text(f(lambda t, _l: t["voluntary"]), gap=2)
    r.text(f(lambda t, _l: layout.fill(t["withdraw"], phone=layout.fill(
        t["withdraw_phone"], phone=d.office_phone) if d.office_phone else "")), gap=2)
    r.text(f(lambda t, _l: _lasts(d, t)), gap=2)
    r.text(f(lambda t, _l: t["given_by_heading"]), bold=True, gap=5)
    r.checks([(code == d.given_by, r.words("given_by", code)) for code in ConsentGivenBy], 2)
    r.fields([(f(lambda t, _l: t["given_by_name"]), f(lambda _t, _l: ""))])
    r.checks([(code == d.method, r.words("methods", code)) for code in ConsentMethod], 3)
    r.checks([(d.child_assent, f(lambda t, _l: t["assent"]))], 1)
    boxes = ["\n".join(r.t[lang][key] for lang in d.langs)
             for key in ("sign_box", "witness_box", "worker_box")]
    boxes[2] += f"\n{d.case_worker}" if d.case_worker else ""
    r.rows.append({SPAN: Boxes(tuple(boxes), height=52)})
    r.fields([(f(lambda t, _l: t["date"]), f(lambda _t, _l: layout.date_text(d.given_on)))])
    r.rows.append({SPAN: Rule(gap=8)})
    r.text(f(lambda t, _l: t["confidential"]), size=0.85, grey=True, gap=1)
    return r.rows


def document(d: FormData) -> layout.Document:
    en = layout.template(TEMPLATE, "en")
    return layout.Document(
        langs=d.langs, rows=rows(d), title=f"{en['title']} {d.case_number}",
        letterhead=d.letterhead, footer=layout.fill(en["footer"], case_number=d.case_number))


# -- service calls -------------------------------------------------------------------------
def _render(session: Session, case_id: str, person_id: str, consent_id: str | None, lang: str,
            action: str) -> bytes:
    with session.unit(Action.CONSENT_RECORD) as unit:
        data = compose(unit, case_id, person_id, consent_id, lang)
        unit.audit(action, "vc_case", case_id, person=person_id, consent=consent_id,
                   lang=lang)
    return layout.render(document(data))


def render_consent_form(session: Session, case_id: str, person_id: str, *,
                        consent_id: str | None = None, lang: str = "both") -> bytes:
    """The form as a one-page PDF: blank (to be filled in by hand) or, with `consent_id`,
    ticked as that consent was recorded. Each one made is audited."""
    return _render(session, case_id, person_id, consent_id, lang, "consent.form_print")


def save_consent_form(session: Session, path: Path, case_id: str, person_id: str, *,
                      consent_id: str | None = None, lang: str = "both") -> None:
    """The same form written to a PDF file (atomically, readable by the owner only)."""
    pdf = _render(session, case_id, person_id, consent_id, lang, "consent.form_save")
    atomic_write(Path(path), pdf)
