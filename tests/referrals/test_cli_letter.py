"""`victimcare letter` and `victimcare directory list` from a shell."""

from __future__ import annotations

import io

import pypdf

from victimcare import cli
from victimcare.services import referrals

PASSWORD = "a-good-password-1"  # the users' password in tests/conftest.py


def _run(argv: list[str], monkeypatch) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    return cli.main([*argv, "--password-stdin"])


def test_a_supervisor_writes_letters_and_a_case_worker_cannot(seeded, installation, tmp_path,
                                                               monkeypatch, capsys):
    seeded.consent()
    numbers = []
    for _ in range(2):
        rid = seeded.draft()
        referrals.submit(seeded.cw, rid)
        numbers.append(referrals.approve(seeded.sup, rid))
    out = tmp_path / "letter.pdf"
    assert _run(["letter", "--data", str(installation), "--user", "sup", numbers[0],
                 "--lang", "both", "--out", str(out)], monkeypatch) == 0
    assert len(pypdf.PdfReader(out).pages) == 1
    assert _run(["letter", "--data", str(installation), "--user", "sup", *numbers,
                 "--out", str(tmp_path / "batch")], monkeypatch) == 0
    assert sorted(p.name for p in (tmp_path / "batch").iterdir()) == [
        n.replace("/", "-") + ".pdf" for n in numbers]
    assert referrals.get_referral(seeded.sup, referrals.find_by_letter_no(
        seeded.sup, numbers[0])).row.print_count == 2
    assert _run(["letter", "--data", str(installation), "--user", "cw", numbers[0],
                 "--out", str(tmp_path / "cw.pdf")], monkeypatch) == 6
    assert _run(["letter", "--data", str(installation), "--user", "sup", "PB-LHR/1999/0001",
                 "--out", str(tmp_path / "x.pdf")], monkeypatch) == 4
    err = capsys.readouterr().err
    assert "your role does not allow this" in err and "Traceback" not in err
    assert not (tmp_path / "cw.pdf").exists()


def test_directory_list(seeded, installation, monkeypatch, capsys):
    assert _run(["directory", "list", "--data", str(installation), "--user", "cw",
                 "--need", "ongoing_medical", "--district", "PB-LHR"], monkeypatch) == 0
    assert "Mayo Hospital Lahore" in capsys.readouterr().out


def test_referral_expire(seeded, installation, monkeypatch, capsys):
    import datetime as dt
    seeded.consent()
    rid = seeded.draft(urgency="emergency")
    referrals.submit(seeded.cw, rid)
    referrals.approve(seeded.sup, rid)
    referrals.record_output(seeded.sup, rid, "print")
    later = (dt.date.today() + dt.timedelta(days=16)).isoformat()
    assert _run(["referral", "expire", "--data", str(installation), "--user", "sup",
                 "--today", later], monkeypatch) == 0
    assert "1 referral(s) expired" in capsys.readouterr().out
    assert referrals.get_referral(seeded.sup, rid).row.status == "expired"


def test_a_letter_whose_consent_was_withdrawn_is_refused_with_the_reason(
        seeded, installation, tmp_path, monkeypatch, capsys):
    from victimcare.services import care
    consent = seeded.consent()
    rid = seeded.draft()
    referrals.submit(seeded.cw, rid)
    number = referrals.approve(seeded.sup, rid)
    care.withdraw_consent(seeded.cw, consent, "Does not want the hospital to call.")
    out = tmp_path / "letter.pdf"
    assert _run(["letter", "--data", str(installation), "--user", "sup", number,
                 "--out", str(out)], monkeypatch) == cli.EXIT_INVALID
    err = capsys.readouterr().err
    assert "no current consent covers this (withdrawn)" in err and "[" not in err
    assert not out.exists()
