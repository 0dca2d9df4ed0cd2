"""Key slots: who can unlock the database, with what, and what a damaged slot file does."""

from __future__ import annotations

import base64
import json
import os
import shutil
import stat
from pathlib import Path

import pytest
from factories import ADMIN_PASSWORD, PASSWORD

from victimcare.domain.errors import AuthError, StoreError, ValidationError
from victimcare.services import accounts
from victimcare.services.installation import create_installation, recover, sign_in
from victimcare.services.paths import InstallationPaths
from victimcare.store.db import open_database
from victimcare.store.keyslots import FAST_KDF, STANDARD_KDF, KeySlots, pending_keyslots
from victimcare.store.throttle import BASE_DELAY_S, MAX_DELAY_S, Throttle, delay_after

NEW_PASSWORD = "brand-new-secret-7"


def _auth_error(data_dir: Path, username: str, password: str) -> AuthError:
    with pytest.raises(AuthError) as info:
        sign_in(data_dir, username, password).close()
    return info.value


def _store_error(data_dir: Path, username: str, password: str) -> StoreError:
    with pytest.raises(StoreError) as info:
        sign_in(data_dir, username, password).close()
    return info.value


def _can_sign_in(data_dir: Path, username: str, password: str) -> bool:
    try:
        sign_in(data_dir, username, password).close()
    except AuthError:
        return False
    return True


def _forget_failures(data_dir: Path) -> None:
    """Tests that fail on purpose many times must not be slowed down by the throttle."""
    InstallationPaths(data_dir).throttle.unlink(missing_ok=True)


@pytest.fixture
def fresh(tmp_path: Path) -> tuple[Path, str]:
    """An installation whose recovery key the test knows: (data dir, recovery key)."""
    data_dir = tmp_path / "fresh"
    created = create_installation(data_dir, office_code="PB-LHR", admin_username="admin",
                                  admin_password=ADMIN_PASSWORD, kdf=FAST_KDF)
    return data_dir, created.recovery_key


# -- passwords -----------------------------------------------------------------------------
def test_right_password_opens_and_wrong_one_is_refused(installation: Path) -> None:
    session = sign_in(installation, "cw", PASSWORD)
    assert session.username == "cw" and session.is_open
    session.close()
    assert _auth_error(installation, "cw", PASSWORD + "x").code == "wrong_password"
    assert _auth_error(installation, "cw", "").code == "wrong_password"


def test_unknown_user_looks_exactly_like_a_wrong_password(installation: Path) -> None:
    wrong = _auth_error(installation, "cw", "not-the-password")
    unknown = _auth_error(installation, "nobody", "not-the-password")
    assert (unknown.code, unknown.params, str(unknown)) == (wrong.code, wrong.params, str(wrong))


def test_key_slot_file_holds_no_database_key_in_clear_and_is_private(installation: Path) -> None:
    session = sign_in(installation, "cw", PASSWORD)
    dek = bytes(session.dek)
    session.close()
    raw = InstallationPaths(installation).keyslots.read_bytes()
    for form in (dek, dek.hex().encode(), dek.hex().upper().encode(), base64.b64encode(dek)):
        assert form not in raw
    assert PASSWORD.encode() not in raw
    mode = stat.S_IMODE(InstallationPaths(installation).keyslots.stat().st_mode)
    assert mode & 0o077 == 0, oct(mode)


# -- recovery key --------------------------------------------------------------------------
@pytest.mark.parametrize("typed", ["as_shown", "no_dashes", "lowercase", "spaces"])
def test_recovery_key_opens_however_it_is_typed(fresh: tuple[Path, str], typed: str) -> None:
    data_dir, key = fresh
    variant = {"as_shown": key, "no_dashes": key.replace("-", ""), "lowercase": key.lower(),
               "spaces": " " + key.replace("-", " ").lower() + " "}[typed]
    recover(data_dir, variant, "admin", NEW_PASSWORD, kdf=FAST_KDF)
    assert _can_sign_in(data_dir, "admin", NEW_PASSWORD)
    assert not _can_sign_in(data_dir, "admin", ADMIN_PASSWORD)


def test_wrong_recovery_key_is_refused_and_changes_nothing(fresh: tuple[Path, str],
                                                          tmp_path: Path) -> None:
    data_dir, key = fresh
    other = create_installation(tmp_path / "other", office_code="PB-LHR",
                                admin_username="admin", admin_password=ADMIN_PASSWORD,
                                kdf=FAST_KDF).recovery_key
    slots_before = InstallationPaths(data_dir).keyslots.read_bytes()
    last = "A" if key[-1] != "A" else "B"
    for wrong in (key[:-1] + last, other, "", "not a key at all"):
        with pytest.raises(AuthError) as info:
            recover(data_dir, wrong, "admin", NEW_PASSWORD, kdf=FAST_KDF)
        assert info.value.code == "wrong_recovery_key"
    assert InstallationPaths(data_dir).keyslots.read_bytes() == slots_before
    assert _can_sign_in(data_dir, "admin", ADMIN_PASSWORD)


# -- admin reset, password change, removal -------------------------------------------------
def test_admin_reset_gives_a_one_time_password_that_must_be_changed(login, installation):
    admin = login("admin")
    temporary = accounts.reset_password(admin, "cw")
    assert temporary and temporary != PASSWORD
    assert not _can_sign_in(installation, "cw", PASSWORD)
    session = sign_in(installation, "cw", temporary)
    assert session.must_change_password
    accounts.change_password(session, temporary, NEW_PASSWORD)
    assert not session.must_change_password
    session.close()
    assert not _can_sign_in(installation, "cw", temporary)
    again = sign_in(installation, "cw", NEW_PASSWORD)
    assert not again.must_change_password
    again.close()


def test_password_change_replaces_the_old_password(login, installation: Path) -> None:
    cw = login("cw")
    with pytest.raises(AuthError):
        accounts.change_password(cw, "not-my-password", NEW_PASSWORD)
    with pytest.raises(ValidationError) as same:
        accounts.change_password(cw, PASSWORD, PASSWORD)
    assert [e.code for e in same.value.errors] == ["password_unchanged"]
    with pytest.raises(ValidationError) as short:
        accounts.change_password(cw, PASSWORD, "short")
    assert [e.code for e in short.value.errors] == ["password_too_short"]
    assert _can_sign_in(installation, "cw", PASSWORD)  # refused changes changed nothing

    accounts.change_password(cw, PASSWORD, NEW_PASSWORD)
    assert not _can_sign_in(installation, "cw", PASSWORD)
    assert _can_sign_in(installation, "cw", NEW_PASSWORD)
    assert _can_sign_in(installation, "sup", PASSWORD)  # nobody else's slot moved


def test_removed_user_loses_the_slot_and_cannot_sign_in(login, installation: Path) -> None:
    accounts.remove_user(login("admin"), "cw2")
    slots = KeySlots.load(InstallationPaths(installation).keyslots)
    assert not slots.has_user("cw2") and slots.has_user("cw")
    error = _auth_error(installation, "cw2", PASSWORD)
    assert error.code == "wrong_password"
    assert _can_sign_in(installation, "cw", PASSWORD)


# -- a damaged or tampered slot file -------------------------------------------------------
def _slots_doc(data_dir: Path) -> dict:
    return json.loads(InstallationPaths(data_dir).keyslots.read_text("utf-8"))


def _write_slots(data_dir: Path, doc_or_bytes: dict | bytes) -> None:
    raw = doc_or_bytes if isinstance(doc_or_bytes, bytes) else json.dumps(doc_or_bytes).encode()
    InstallationPaths(data_dir).keyslots.write_bytes(raw)


def _user_slot(doc: dict, username: str) -> dict:
    return next(s for s in doc["slots"] if s["kind"] == "user" and s["username"] == username)


def _damage(kind: str, data_dir: Path) -> None:
    path = InstallationPaths(data_dir).keyslots
    doc = _slots_doc(data_dir)
    if kind == "garbage":
        _write_slots(data_dir, os.urandom(700))
    elif kind == "empty":
        _write_slots(data_dir, b"")
    elif kind == "truncated":
        _write_slots(data_dir, path.read_bytes()[: path.stat().st_size // 2])
    elif kind == "wrong_format":
        _write_slots(data_dir, {**doc, "format": "something-else"})
    elif kind == "no_slots":
        _write_slots(data_dir, {k: v for k, v in doc.items() if k != "slots"})
    elif kind == "bad_base64":
        _user_slot(doc, "cw")["wrapped"] = "!!not base64!!"
        _write_slots(data_dir, doc)
    elif kind == "bad_salt":
        _user_slot(doc, "cw")["salt"] = base64.b64encode(b"ab").decode()
        _write_slots(data_dir, doc)
    elif kind == "kdf_not_numbers":
        _user_slot(doc, "cw")["kdf"] = {"memory_kib": "lots", "iterations": 1, "lanes": 1}
        _write_slots(data_dir, doc)


@pytest.mark.parametrize("kind", ["garbage", "empty", "truncated", "wrong_format", "no_slots",
                                  "bad_base64", "bad_salt", "kdf_not_numbers"])
def test_corrupt_key_slot_file_gives_a_clear_error(installation: Path, kind: str) -> None:
    _damage(kind, installation)
    assert _store_error(installation, "cw", PASSWORD).code == "keyslots_corrupt"


@pytest.mark.parametrize("content", [b"[]", b"null", b'"victimcare-keyslots"', b"42"])
def test_key_slot_file_that_is_json_but_not_an_object_is_corrupt(installation: Path,
                                                                 content: bytes) -> None:
    _write_slots(installation, content)
    assert _store_error(installation, "cw", PASSWORD).code == "keyslots_corrupt"


def test_key_slot_file_from_a_newer_version_says_so(installation: Path) -> None:
    _write_slots(installation, {**_slots_doc(installation), "version": 2})
    error = _store_error(installation, "cw", PASSWORD)
    assert error.code == "keyslots_version" and error.params["version"] == "2"


def test_missing_key_slot_file_and_missing_installation(installation: Path,
                                                        tmp_path: Path) -> None:
    InstallationPaths(installation).keyslots.unlink()
    assert _store_error(installation, "cw", PASSWORD).code == "keyslots_missing"
    assert _store_error(tmp_path / "nothing-here", "cw", PASSWORD).code == "no_installation"


def test_slot_relabelled_for_another_user_does_not_open(installation: Path) -> None:
    """Someone who knows sup's password edits the file so that sup's slot says "admin"."""
    doc = _slots_doc(installation)
    sup_slot = _user_slot(doc, "sup")
    doc["slots"] = [s for s in doc["slots"] if s.get("username") not in ("admin", "sup")]
    doc["slots"].append({**sup_slot, "username": "admin"})
    _write_slots(installation, doc)
    assert _auth_error(installation, "admin", PASSWORD).code == "wrong_password"
    _forget_failures(installation)
    assert _auth_error(installation, "admin", ADMIN_PASSWORD).code == "wrong_password"


def test_slots_swapped_between_two_users_open_for_neither(installation: Path) -> None:
    doc = _slots_doc(installation)
    cw, sup = _user_slot(doc, "cw"), _user_slot(doc, "sup")
    swapped = [s for s in doc["slots"] if s.get("username") not in ("cw", "sup")]
    swapped += [{**sup, "username": "cw"}, {**cw, "username": "sup"}]
    _write_slots(installation, {**doc, "slots": swapped})
    assert _auth_error(installation, "cw", PASSWORD).code == "wrong_password"
    assert _auth_error(installation, "sup", PASSWORD).code == "wrong_password"
    assert _can_sign_in(installation, "admin", ADMIN_PASSWORD)


def test_slot_copied_from_another_installation_does_not_open(installation: Path,
                                                             tmp_path: Path) -> None:
    other = tmp_path / "other"
    create_installation(other, office_code="PB-LHR", admin_username="admin",
                        admin_password="other-office-pw1", kdf=FAST_KDF)
    foreign = _user_slot(_slots_doc(other), "admin")
    doc = _slots_doc(installation)
    doc["slots"] = [s for s in doc["slots"] if s.get("username") != "admin"] + [foreign]
    _write_slots(installation, doc)
    assert _auth_error(installation, "admin", "other-office-pw1").code == "wrong_password"


# -- throttling ----------------------------------------------------------------------------
class _Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def _wait(throttle: Throttle, username: str) -> int:
    try:
        throttle.check(username)
    except AuthError as e:
        assert e.code == "throttled"
        return int(e.params["seconds"])
    return 0


def test_throttle_delay_starts_after_three_failures_and_grows(tmp_path: Path) -> None:
    clock = _Clock()
    throttle = Throttle(tmp_path / "throttle.json", "installation-id", clock=clock)
    waits = []
    for _ in range(6):
        throttle.failed("cw")
        waits.append(_wait(throttle, "cw"))
    assert waits[:2] == [0, 0]
    assert waits[2] == BASE_DELAY_S
    assert waits[2] < waits[3] < waits[4] < waits[5]
    assert _wait(throttle, "sup") == 0  # per user

    clock.now += waits[5] - 1
    assert _wait(throttle, "cw") == 1  # counts down
    clock.now += 1
    assert _wait(throttle, "cw") == 0

    throttle.succeeded("cw")
    throttle.failed("cw")
    assert _wait(throttle, "cw") == 0  # success started the count again


def test_throttle_delay_is_capped() -> None:
    assert [delay_after(n) for n in range(3)] == [0, 0, 0]
    assert delay_after(50) == MAX_DELAY_S
    assert all(delay_after(n) <= delay_after(n + 1) for n in range(60))


def test_damaged_throttle_file_does_not_stop_sign_in(installation: Path) -> None:
    InstallationPaths(installation).throttle.write_bytes(b"\x00garbage{")
    assert _can_sign_in(installation, "cw", PASSWORD)


def test_right_password_is_refused_while_throttled(installation: Path) -> None:
    for attempt in range(3):
        error = _auth_error(installation, "cw", f"guess-{attempt}")
    assert error.code == "wrong_password" and error.params["delay"] == BASE_DELAY_S
    throttled = _auth_error(installation, "cw", PASSWORD)
    assert throttled.code == "throttled"
    assert 0 < throttled.params["seconds"] <= BASE_DELAY_S
    assert _can_sign_in(installation, "sup", PASSWORD)  # other users are not slowed down


def test_success_resets_the_failure_count(installation: Path) -> None:
    for _ in range(2):
        _auth_error(installation, "cw", "guess")
    assert _can_sign_in(installation, "cw", PASSWORD)
    for _ in range(2):
        assert _auth_error(installation, "cw", "guess").params["delay"] == 0
    assert _auth_error(installation, "cw", "guess").params["delay"] == BASE_DELAY_S


def test_password_typed_into_the_username_box_is_not_kept_on_disk(installation: Path) -> None:
    typed = "my-secret-Passw0rd-ZQX"
    _auth_error(installation, typed, PASSWORD)
    for path in installation.rglob("*"):
        if path.is_file():
            assert typed.encode() not in path.read_bytes(), path.name


# -- rotation of the database key ----------------------------------------------------------
def test_rotating_the_database_key(fresh: tuple[Path, str]) -> None:
    data_dir, old_recovery = fresh
    admin = sign_in(data_dir, "admin", ADMIN_PASSWORD)
    accounts.create_user(admin, "cw", "Case Worker", ["caseworker"], password=PASSWORD)
    accounts.create_user(admin, "sup", "Supervisor", ["supervisor"], password=PASSWORD)
    old_dek = bytes(admin.dek)

    with pytest.raises(AuthError):
        accounts.rotate_database_key(admin, "not-the-admin-password")
    assert bytes(admin.dek) == old_dek

    rotated = accounts.rotate_database_key(admin, ADMIN_PASSWORD)
    new_dek = bytes(admin.dek)
    assert new_dek != old_dek
    assert accounts.list_users(admin)  # the open session goes on working under the new key
    admin.close()

    paths = InstallationPaths(data_dir)
    assert not pending_keyslots(paths.keyslots).exists()
    with pytest.raises(StoreError) as old:
        open_database(paths.database, old_dek)
    assert old.value.code == "wrong_key_or_corrupt"
    open_database(paths.database, new_dek).close()

    assert _can_sign_in(data_dir, "admin", ADMIN_PASSWORD)
    assert set(rotated.one_time_passwords) == {"cw", "sup"}
    for name, temporary in rotated.one_time_passwords.items():
        assert not _can_sign_in(data_dir, name, PASSWORD)
        session = sign_in(data_dir, name, temporary)
        assert session.must_change_password
        session.close()

    with pytest.raises(AuthError):
        recover(data_dir, old_recovery, "cw", NEW_PASSWORD, kdf=FAST_KDF)
    recover(data_dir, rotated.recovery_key, "cw", NEW_PASSWORD, kdf=FAST_KDF)
    assert _can_sign_in(data_dir, "cw", NEW_PASSWORD)


def test_sign_in_finishes_a_rotation_interrupted_before_the_slot_file_moved(
        fresh: tuple[Path, str], tmp_path: Path) -> None:
    """Power lost after the database changed key but before keyslots.json was replaced."""
    data_dir, _ = fresh
    paths = InstallationPaths(data_dir)
    old_slots = tmp_path / "old-keyslots.json"
    shutil.copyfile(paths.keyslots, old_slots)
    admin = sign_in(data_dir, "admin", ADMIN_PASSWORD)
    accounts.rotate_database_key(admin, ADMIN_PASSWORD)
    new_dek = bytes(admin.dek)
    admin.close()
    # Put the files back the way the crash left them.
    paths.keyslots.replace(pending_keyslots(paths.keyslots))
    shutil.copyfile(old_slots, paths.keyslots)

    session = sign_in(data_dir, "admin", ADMIN_PASSWORD)
    assert bytes(session.dek) == new_dek
    session.close()
    assert not pending_keyslots(paths.keyslots).exists()
    assert KeySlots.load(paths.keyslots).unlock_user("admin", ADMIN_PASSWORD) == new_dek


# -- the real key-derivation cost (slow on purpose) ----------------------------------------
@pytest.mark.slow
def test_REAL_KDF_create_and_sign_in(tmp_path: Path) -> None:
    """The one place the production Argon2id profile runs: SECURITY.md asks ≥ 64 MiB, ≥ 3 passes."""
    assert STANDARD_KDF.memory_kib >= 64 * 1024 and STANDARD_KDF.iterations >= 3
    data_dir = tmp_path / "real"
    create_installation(data_dir, office_code="PB-LHR", admin_username="admin",
                        admin_password=ADMIN_PASSWORD)
    doc = _slots_doc(data_dir)
    assert {json.dumps(s["kdf"], sort_keys=True) for s in doc["slots"]} == {
        json.dumps({"memory_kib": STANDARD_KDF.memory_kib,
                    "iterations": STANDARD_KDF.iterations, "lanes": STANDARD_KDF.lanes},
                   sort_keys=True)}
    session = sign_in(data_dir, "admin", ADMIN_PASSWORD)
    assert session.username == "admin" and "admin" in session.roles
    session.close()
