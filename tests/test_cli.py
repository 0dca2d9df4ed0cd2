"""The headless command line, run as a real process: exit codes, one-line errors, no traceback."""

from __future__ import annotations

import functools
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from factories import ADMIN_PASSWORD, PASSWORD

from victimcare import cli
from victimcare.services import accounts, cases
from victimcare.services.installation import sign_in
from victimcare.store.keyslots import FAST_KDF

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).parent / "fixtures" / "register"
RECOVERY_KEY = re.compile(r"^\s+([A-Z2-7]{4}(?:-[A-Z2-7]{4}){7})$", re.MULTILINE)


def run(*args: str | Path, stdin: str = "", home: Path | None = None
        ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    if home is not None:  # keep the default data folder away from the real one
        env["XDG_DATA_HOME"] = str(home)
    result = subprocess.run([sys.executable, "-m", "victimcare", *map(str, args)], input=stdin,
                            capture_output=True, text=True, encoding="utf-8", env=env,
                            timeout=120)
    assert "Traceback" not in result.stderr
    return result


def as_user(data: Path, user: str, *args: str | Path, password: str | None = None,
            extra: str = "") -> subprocess.CompletedProcess[str]:
    if password is None:
        password = ADMIN_PASSWORD if user == "admin" else PASSWORD
    return run(*args, "--data", data, "--user", user, "--password-stdin",
               stdin=f"{password}\n{extra}")


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("victimcare: error: ")
    return lines[0]


def test_init_shows_the_recovery_key_which_can_later_set_a_forgotten_password(tmp_path):
    data = tmp_path / "office"
    made = run("init", "--data", data, "--office", "PB-LHR", "--admin", "admin",
               "--admin-name", "Office Admin", "--password-stdin", stdin=ADMIN_PASSWORD + "\n")
    assert made.returncode == 0, made.stderr
    key = RECOVERY_KEY.search(made.stdout).group(1)
    assert "keep it locked away" in made.stdout
    assert made.stdout.count(key) == 1

    wrong = as_user(data, "admin", "user", "list", password="not-the-password")
    assert wrong.returncode == cli.EXIT_AUTH
    assert "password is not right" in one_error_line(wrong)

    new = "a-fresh-password-77"
    recovered = run("recover", "--data", data, "--user", "admin", "--password-stdin",
                    stdin=f"{key.lower()}\n{new}\n")
    assert recovered.returncode == 0, recovered.stderr
    listed = as_user(data, "admin", "user", "list", password=new)
    assert listed.returncode == 0, listed.stderr
    assert "Office Admin" in listed.stdout


def test_audit_verify_names_the_first_altered_event(installation):
    intact = as_user(installation, "aud", "audit", "verify")
    assert intact.returncode == 0, intact.stderr
    assert "chain intact" in intact.stdout

    session = sign_in(installation, "admin", ADMIN_PASSWORD)
    seq, event_id = session.db.query_one(
        "SELECT seq, id FROM audit_event WHERE action = 'user.create' ORDER BY seq LIMIT 1")
    session.db.execute("UPDATE audit_event SET action = 'user.view' WHERE seq = ?", (seq,))
    session.close()

    broken = as_user(installation, "aud", "audit", "verify")
    assert broken.returncode == cli.EXIT_AUDIT_BROKEN
    line = one_error_line(broken)
    assert f"event {seq} (id {event_id}" in line and "altered" in line


def test_register_import_then_find_by_latin_and_urdu_names(installation):
    bad = as_user(installation, "sup", "import-register", FIXTURES / "bad.csv")
    assert bad.returncode == cli.EXIT_INVALID
    lines = bad.stderr.splitlines()
    assert lines[0].startswith("victimcare: error: ")
    reported = {tuple(re.match(r"\s+line (\d+), (\w+):", ln).groups()) for ln in lines[1:]}
    assert reported == {("3", "sex"), ("3", "age"), ("4", "incident_date"),
                        ("4", "given_name"), ("4", "cnic"), ("4", "mobile"),
                        ("5", "incident_date"), ("5", "district"), ("6", "victim_category"),
                        ("7", "relationship"), ("7", "legal_heir")}
    session = sign_in(installation, "sup", PASSWORD)
    assert cases.count_cases(session, cases.CaseQuery()) == 0
    session.close()

    good = as_user(installation, "sup", "import-register", FIXTURES / "good.csv")
    assert good.returncode == 0, good.stderr
    assert "2 incident(s), 3 case(s) and 5 person(s)" in good.stdout

    found = as_user(installation, "cw", "find", "Yousafzai")
    assert found.returncode == 0, found.stderr
    rows = found.stdout.splitlines()
    assert len(rows) == 2
    assert any("Zarmina Yousafzai" in r and "زرمینہ یوسفزئی" in r and "Peshawar" in r
               for r in rows)
    urdu = as_user(installation, "cw", "find", "نسیم")
    assert re.search(r"PB-LHR-\d{4}-\d{5}\s+Naseem Bibi\s+نسیم بی بی\s+Lahore", urdu.stdout)

    nothing = as_user(installation, "cw", "find", "Zebrafish")
    assert (nothing.returncode, nothing.stdout.strip()) == (0, "No matches.")


@pytest.mark.parametrize("args", [["frobnicate"], ["init", "--office", "PB-LHR"],
                                  ["user", "add", "x", "--role", "pilot"], ["bundle"]])
def test_usage_errors_exit_2_with_one_line(args, tmp_path):
    result = run(*args, home=tmp_path)
    assert result.returncode == cli.EXIT_USAGE
    one_error_line(result)


def test_missing_installation_exits_4_without_asking_a_password(tmp_path):
    result = run("find", "x", "--data", tmp_path / "nowhere", "--user", "cw", "--password-stdin")
    assert result.returncode == cli.EXIT_NOT_FOUND
    assert "no VictimCare installation" in one_error_line(result)


def test_damaged_key_file_exits_8_with_one_line(installation):
    (installation / "keyslots.json").write_text('{"format": "victimcare-keyslots", "ver')
    result = as_user(installation, "cw", "find", "Aslam")
    assert result.returncode == cli.EXIT_STORAGE
    assert "keyslots.json is damaged" in one_error_line(result)


def test_case_worker_may_not_add_users(installation):
    result = as_user(installation, "cw", "user", "add", "eve", "--name", "Eve",
                     "--role", "admin")
    assert result.returncode == cli.EXIT_DENIED
    assert "role does not allow" in one_error_line(result)


def test_one_time_password_must_be_changed_before_anything_else(installation):
    admin = sign_in(installation, "admin", ADMIN_PASSWORD)
    once = accounts.create_user(admin, "nadia", "Nadia Parveen", ["caseworker"])
    admin.close()

    refused = as_user(installation, "nadia", "find", "Aslam", password=once)
    assert refused.returncode == cli.EXIT_AUTH
    assert "victimcare passwd --user nadia" in one_error_line(refused)

    changed = as_user(installation, "nadia", "passwd", password=once,
                      extra="my-own-secret-99\n")
    assert changed.returncode == 0, changed.stderr
    after = as_user(installation, "nadia", "find", "Aslam", password="my-own-secret-99")
    assert (after.returncode, after.stdout.strip()) == (0, "No matches.")


def test_backup_restore_and_a_damaged_copy(installation, tmp_path):
    out = tmp_path / "usb" / "office.vcbackup"
    made = as_user(installation, "admin", "backup", "--out", out)
    assert made.returncode == 0, made.stderr
    assert out.exists() and "needs a user's password or the recovery key" in made.stdout

    target = tmp_path / "restored"
    restored = run("restore", out, "--data", target)
    assert restored.returncode == 0, restored.stderr
    sign_in(target, "cw", PASSWORD).close()

    again = run("restore", out, "--data", target)
    assert again.returncode == cli.EXIT_INVALID
    assert "already an installation" in one_error_line(again)

    damaged = tmp_path / "damaged.vcbackup"
    data = out.read_bytes()
    damaged.write_bytes(data[:100] + bytes([data[100] ^ 0xFF]) + data[101:])
    refused = run("restore", damaged, "--data", tmp_path / "other")
    assert refused.returncode == cli.EXIT_STORAGE
    assert "backup file is damaged" in one_error_line(refused)
    assert not (tmp_path / "other").exists()


def test_demo_prints_its_logins_and_refuses_a_used_folder(tmp_path, monkeypatch, capsys):
    demo = pytest.importorskip("victimcare.services.demo")
    # In-process with the fast KDF: the demo's many accounts would take ~15 s with the real one.
    monkeypatch.setattr(demo, "create_demo", functools.partial(demo.create_demo, kdf=FAST_KDF))
    data = str(tmp_path / "demo")
    assert cli.main(["demo", "--data", data, "--cases", "3"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^\s+caseworker\s+\S+\s+\S+$", out, re.MULTILINE)
    assert "3 invented cases" in out

    assert cli.main(["demo", "--data", data]) == cli.EXIT_INVALID
    assert "another --data folder" in capsys.readouterr().err


# In-process: paths a real process cannot reach on purpose.

def test_an_unexpected_failure_prints_one_line_without_its_details(
        installation, monkeypatch, capsys):
    def explode(*args, **kwargs):
        raise RuntimeError("Muhammad Aslam 35202-1234567-1")

    monkeypatch.setattr(cases, "find", explode)
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    code = cli.main(["find", "x", "--data", str(installation), "--user", "cw",
                     "--password-stdin"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_UNEXPECTED
    assert err.startswith("victimcare: error: unexpected error") and err.count("\n") == 1
    assert "Aslam" not in err and "35202" not in err


def test_every_error_code_the_core_raises_has_a_sentence():
    for code in ("wrong_password", "throttled", "inactive", "wrong_recovery_key",
                 "no_installation", "keyslots_corrupt", "database_corrupt", "database_too_new",
                 "installation_exists", "backup_corrupt", "backup_too_new"):
        assert code in cli.MESSAGES
