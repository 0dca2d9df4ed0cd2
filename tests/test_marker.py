"""A marker typed into every field must never be found in clear in any file (SECURITY.md)."""

from __future__ import annotations

import csv
import importlib.util
import os
import secrets
import string
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import PASSWORD, sample_incident

from victimcare.domain.errors import AuthError
from victimcare.domain.model import TEXT, entity
from victimcare.services import (
    accounts,
    care,
    cases,
    closures,
    compensation,
    directory,
    incidents,
    people,
    referrals,
)
from victimcare.services.installation import sign_in
from victimcare.services.paths import InstallationPaths
from victimcare.services.session import Session

_URDU_LETTERS = "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنوہیے"
# Letters only: a digit run next to a dash is rewritten by the search (see test_search.py).
LATIN = "ZQXMARKER" + "".join(secrets.choice(string.ascii_uppercase) for _ in range(8))
URDU = "ژقکمارکر" + "".join(secrets.choice(_URDU_LETTERS) for _ in range(5))

# Every free-text field of the entities the services write today: each must carry a marker.
# Fields that are not free text (codes, ids, dates, digits) are constrained by validation.
WRITTEN = ("person", "contact_point", "incident", "vc_case", "needs_assessment", "need_item",
           "risk_assessment", "consent", "follow_up", "case_note", "attachment", "user_account",
           "service_provider", "service", "referral", "closure", "compensation_claim")
NOT_FREE_TEXT = {
    ("person", "cnic"),                  # 13 digits
    ("vc_case", "case_number"),          # made by the program
    ("attachment", "sha256"),            # computed
    ("user_account", "username"),        # lowercase letters and digits only
    ("user_account", "work_phone"),      # no service writes these two yet
    ("user_account", "work_email"),
    ("person", "merged_into"),           # the id of the surviving person (hub merges)
    ("referral", "letter_no"),           # made by the program
    ("service_provider", "phone"),       # digits
    ("service_provider", "email"),       # checked as an address
}


def _free_text_fields() -> set[tuple[str, str]]:
    out = set()
    for table in WRITTEN:
        for f in entity(table).fields:
            if f.kind == TEXT and not (f.choices or f.reference or f.ref):
                out.add((table, f.name))
    return out - NOT_FREE_TEXT


def _m(tag: str, urdu: bool = False) -> str:
    """A marker value that also says which field it was typed into."""
    return f"{URDU} {tag}" if urdu else f"{LATIN}-{tag}"


def _fill_everything(login) -> Session:
    cw, sup, admin = login("cw"), login("sup"), login("admin")
    accounts.create_user(admin, "marked", _m("full_name"), ["caseworker"])
    incident = sample_incident(tehsil=_m("tehsil"), place_description=_m("place"),
                               fir_reference=_m("fir")[:100], summary=_m("summary"))
    families = [{"members": [
        {"given_name": _m("given"), "family_name": _m("family"), "name_ur": _m("ur", True),
         "guardian_name": _m("guardian"), "guardian_name_ur": _m("guardian_ur", True),
         "guardian_relation": "s_o", "sex": "male", "age_estimate": 40,
         "cnic": "35202-1234567-1", "mobile": "0300-1234567", "other_id_type": "passport",
         "other_id_number": _m("passport")[:64], "preferred_language": _m("lang")[:32],
         "disability": _m("disability"), "victim_category": "direct_injured"},
        {"given_name": _m("spouse"), "name_ur": _m("spouse_ur", True), "sex": "female",
         "victim_category": "indirect_family", "relationship": "spouse"},
    ]}]
    reg = incidents.register_incident(cw, incident, families)
    case, person = reg.case_ids[0], reg.person_ids[0]
    people.add_contact(cw, person, "address", _m("address"), safe_to_contact="via_someone",
                       safe_via=_m("safe_via"), safe_times=_m("safe_times"), restricted=True)
    people.update_person(cw, reg.person_ids[1], {"family_name": _m("family2", True)})
    cases.update_case(cw, case, {"court_case_ref": _m("court")[:100],
                                 "referral_source": _m("source")})
    care.record_needs(cw, case, [{"domain": "cash", "severity": "high", "notes": _m("need")}],
                      summary=_m("needs_summary"))
    risk = care.assess_risk(cw, case, "high", rationale=_m("rationale"))
    care.review_risk(sup, risk, False, _m("review_comment"))
    consent = care.record_consent(cw, case, {
        "person": person, "given_by": "guardian", "given_by_name": _m("given_by"),
        "consent_type": "share_with_provider", "provider_type": "health",
        "data_categories": ["name"], "purpose": _m("purpose"), "method": "verbal_witnessed",
        "witness_name": _m("witness"), "given_on": "2026-03-20"})
    care.withdraw_consent(cw, consent, _m("withdrawn"))
    follow = care.add_follow_up(cw, case, "2026-04-01", "call", purpose=_m("fu_purpose"))
    care.complete_follow_up(cw, follow, _m("outcome"))
    care.add_note(cw, case, _m("note") + " " + _m("note_ur", True))
    care.add_note(cw, case, _m("restricted_note"), restricted=True)
    blob = (f"{LATIN} {URDU}".encode() + f"{LATIN} {URDU}".encode("utf-16-le")
            + f"{LATIN}".encode("utf-16-be"))
    attachment = care.add_attachment(cw, case, _m("file") + ".pdf", _m("media_type"), blob,
                                     description=_m("attachment_description"))
    provider = directory.add_provider(sup, {
        "name_en": _m("provider"), "name_ur": _m("provider_ur", True), "provider_type": "health",
        "districts": ["PB-LHR"], "focal_person": _m("focal"), "address": _m("provider_address"),
        "languages": ["en", "ur"]},
        [{"service_type": "cash_assistance", "description": _m("service"),
          "eligibility": _m("eligibility")}])
    need = cw.db.scalar("SELECT id FROM need_item WHERE case_id = ?", (case,))
    referral = referrals.draft_referral(cw, need, provider, reason=_m("referral_reason"))
    referrals.submit(cw, referral)
    referrals.return_referral(sup, referral, _m("returned"))
    compensation.create_claim(cw, case, scheme=compensation.schemes_for_case(cw, case)[0].code,
                              category="grievous_injury", claimant=person,
                              reference_no=_m("claim_ref"))
    closures.request_closure(cw, case, "goals_met", _m("closure_comment"))
    # Reading and searching with the marker must leave nothing behind either.
    care.read_attachment(sup, attachment, purpose="export")
    cases.find(cw, LATIN)
    cases.find(cw, URDU)
    cases.list_cases(cw, cases.CaseQuery(text=LATIN))
    people.possible_duplicates(cw, given_name=_m("given"), family_name=_m("family"),
                               guardian_name=_m("guardian"))
    return cw


def _forms() -> list[tuple[str, bytes]]:
    out = []
    for name, text in (("latin", LATIN), ("latin-lower", LATIN.lower()), ("urdu", URDU)):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            out.append((f"{name}/{encoding}", text.encode(encoding)))
    return out


def _files(folder: Path, since: float | None = None) -> Iterator[Path]:
    for root, dirs, names in os.walk(folder, onerror=lambda e: None):
        dirs[:] = [d for d in dirs if not Path(root, d).is_symlink()]
        for name in names:
            path = Path(root, name)
            try:
                if not path.is_file() or path.is_symlink():
                    continue
                if since is not None and path.stat().st_mtime < since:
                    continue
            except OSError:
                continue
            yield path


def _leaks(paths: Iterator[Path]) -> list[str]:
    """Every (file, encoding) where a marker is found, read in chunks (some files are big)."""
    found = []
    forms = _forms()
    overlap = max(len(form) for _, form in forms) + 40
    for path in paths:
        try:
            with path.open("rb") as f:
                tail = b""
                while chunk := f.read(1 << 24):
                    window, tail = tail + chunk, (tail + chunk)[-overlap:]
                    for label, form in forms:
                        at = window.find(form)
                        hit = f"{path} ({label})"
                        if at >= 0 and not any(x.startswith(hit) for x in found):
                            context = window[at: at + len(form) + 40].decode("utf-8", "replace")
                            found.append(f"{hit}: {context!r}")
        except OSError:
            continue
    return found


def _scan(data_dir: Path, started: float) -> list[str]:
    paths = InstallationPaths(data_dir)
    leaks = _leaks(_files(data_dir))
    if paths.logs.exists() and not paths.logs.is_relative_to(data_dir):
        leaks += _leaks(_files(paths.logs))
    temp = Path(tempfile.gettempdir())
    leaks += [x for x in _leaks(_files(temp, since=started - 1))
              if not Path(x.split(" (")[0]).is_relative_to(data_dir)]
    return leaks


def test_marker_reaches_every_free_text_field(login) -> None:
    """The scan below only means something if the marker really was stored everywhere."""
    cw = _fill_everything(login)
    missing = []
    for table, name in sorted(_free_text_fields()):
        hits = cw.db.scalar(f"SELECT count(*) FROM {table} WHERE {name} LIKE ? OR {name} LIKE ?",
                            (f"%{LATIN}%", f"%{URDU}%"))
        if not hits:
            missing.append(f"{table}.{name}")
    assert missing == []
    assert cw.db.scalar("SELECT count(*) FROM attachment_blob WHERE instr(data, ?) > 0",
                        (LATIN.encode(),)) == 1


def test_marker_is_never_in_clear_in_any_file(login, installation: Path) -> None:
    started = time.time()
    session = _fill_everything(login)
    assert _scan(installation, started) == []  # while open: database, WAL and shared memory
    for name in ("cw", "sup", "admin"):
        login(name).close()
    session.close()
    assert _scan(installation, started) == []


def test_passwords_typed_at_sign_in_are_not_kept(installation: Path) -> None:
    wrong = "wrong-" + LATIN
    with pytest.raises(AuthError):
        sign_in(installation, "cw", wrong)
    sign_in(installation, "cw", PASSWORD).close()
    for path in _files(installation):
        raw = path.read_bytes()
        for secret in (wrong, PASSWORD):
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert secret.encode(encoding) not in raw, (path.name, secret)


@pytest.mark.slow
def test_marker_imported_through_the_command_line_is_never_in_clear(installation: Path,
                                                                    tmp_path: Path) -> None:
    if importlib.util.find_spec("victimcare.cli") is None:
        pytest.skip("victimcare/cli.py is not written yet")
    started = time.time()
    register = tmp_path / "register.csv"
    with register.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["incident_ref", "incident_date", "district", "family_ref", "given_name",
                         "family_name", "name_ur", "guardian_name", "guardian_relation", "sex",
                         "victim_category", "relationship"])
        writer.writerow(["I1", "2026-03-14", "PB-LHR", "F1", _m("csv_given"), _m("csv_family"),
                         _m("csv_ur", True), _m("csv_guardian"), "s/o", "m", "direct_injured",
                         ""])
        writer.writerow(["I1", "2026-03-14", "PB-LHR", "F1", _m("csv_spouse"), "",
                         _m("csv_spouse_ur", True), "", "", "f", "indirect_family", "spouse"])
    done = subprocess.run(
        [sys.executable, "-m", "victimcare", "import-register", str(register),
         "--data", str(installation), "--user", "sup", "--password-stdin"],
        input=PASSWORD + "\n", capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    register.unlink()
    assert done.returncode == 0, done.stderr
    assert _scan(installation, started) == []

    sup = sign_in(installation, "sup", PASSWORD)
    try:
        assert [f.name for f in cases.find(sup, _m("csv_given"))] == [
            f"{_m('csv_given')} {_m('csv_family')}"]
    finally:
        sup.close()


def test_the_scan_finds_a_marker_left_in_clear(installation: Path) -> None:
    started = time.time()
    (installation / "logs").mkdir()
    (installation / "logs" / "app.log").write_bytes(f"saved {URDU}".encode())
    with tempfile.NamedTemporaryFile(suffix=".tmp", delete=False) as stray:
        stray.write(f"preview of {LATIN.lower()}".encode("utf-16-be"))
    try:
        found = _scan(installation, started)
    finally:
        os.unlink(stray.name)
    assert len(found) == 2
    assert "app.log (urdu/utf-8)" in found[0] or "app.log (urdu/utf-8)" in found[1]
    assert any(stray.name in x and "latin-lower/utf-16-be" in x for x in found)
