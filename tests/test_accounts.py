"""Accounts as an administrator manages them: create, roles, reset, remove."""

from __future__ import annotations

import errno
import re
from pathlib import Path

import pytest
from factories import PASSWORD

from victimcare.domain.errors import AuthError, NotFound, ValidationError
from victimcare.domain.permissions import Action
from victimcare.services import accounts
from victimcare.services.installation import sign_in
from victimcare.services.paths import InstallationPaths
from victimcare.store import atomic
from victimcare.store.keyslots import KeySlots


def _codes(error: ValidationError) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in error.errors}


def _users(admin) -> dict[str, accounts.UserInfo]:
    return {u.username: u for u in accounts.list_users(admin)}


def test_list_users(login) -> None:
    users = accounts.list_users(login("admin"))
    assert [u.username for u in users] == sorted(["admin", "aud", "coord", "cw", "cw2", "sup"])
    cw = next(u for u in users if u.username == "cw")
    assert (cw.full_name, cw.roles, cw.active, cw.must_change_password) == (
        "User cw", ("caseworker",), True, False)


def test_new_user_without_a_password_gets_a_one_time_one(login, installation: Path) -> None:
    admin = login("admin")
    initial = accounts.create_user(admin, "farah", "  Farah Naz ", ["caseworker"])
    assert re.fullmatch(r"[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}", initial)
    info = _users(admin)["farah"]
    assert (info.full_name, info.must_change_password, info.active) == ("Farah Naz", True, True)
    session = sign_in(installation, "farah", initial)
    assert session.must_change_password and session.can(Action.CASE_CREATE)
    session.close()


def test_new_user_with_a_password_need_not_change_it(login, installation: Path) -> None:
    admin = login("admin")
    assert accounts.create_user(admin, "omar", "Omar", ["supervisor"],
                                password="picked-by-him-1") == "picked-by-him-1"
    session = sign_in(installation, "omar", "picked-by-him-1")
    assert not session.must_change_password and session.can(Action.RISK_REVIEW)
    session.close()


def test_every_problem_with_a_new_user_is_listed_and_nothing_is_written(login,
                                                                        installation) -> None:
    admin = login("admin")
    slots_before = InstallationPaths(installation).keyslots.read_bytes()
    with pytest.raises(ValidationError) as info:
        accounts.create_user(admin, "Bad Name", " ", ["caseworker", "king"], password="short")
    assert _codes(info.value) == {("username", "username_format"), ("full_name", "required"),
                                  ("roles", "invalid_choice"), ("password", "password_too_short")}
    with pytest.raises(ValidationError) as no_roles:
        accounts.create_user(admin, "zara", "Zara", [], password="zara-knows-this")
    assert _codes(no_roles.value) == {("roles", "required"),
                                      ("password", "password_contains_username")}
    assert InstallationPaths(installation).keyslots.read_bytes() == slots_before
    assert set(_users(admin)) == {"admin", "aud", "coord", "cw", "cw2", "sup"}


def test_username_is_taken_even_after_removal(login) -> None:
    admin = login("admin")
    with pytest.raises(ValidationError) as taken:
        accounts.create_user(admin, "cw", "Another", ["caseworker"])
    assert _codes(taken.value) == {("username", "username_taken")}
    accounts.remove_user(admin, "cw2")
    with pytest.raises(ValidationError) as reused:
        accounts.create_user(admin, "cw2", "Someone new", ["caseworker"])
    assert _codes(reused.value) == {("username", "username_taken")}


def test_failed_slot_file_write_rolls_the_new_account_back(login, installation: Path,
                                                           monkeypatch) -> None:
    admin = login("admin")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as m:
        m.setattr(atomic.os, "fsync", disk_full)
        with pytest.raises(OSError):
            accounts.create_user(admin, "ghost", "Ghost", ["caseworker"], password="boo-boo-boo-1")
    assert "ghost" not in _users(admin)
    assert not KeySlots.load(InstallationPaths(installation).keyslots).has_user("ghost")
    accounts.create_user(admin, "ghost", "Ghost", ["caseworker"], password="boo-boo-boo-1")
    sign_in(installation, "ghost", "boo-boo-boo-1").close()


def test_roles_change_what_the_user_may_do(login, installation: Path) -> None:
    admin = login("admin")
    accounts.set_roles(admin, "cw", ["supervisor"])
    assert _users(admin)["cw"].roles == ("supervisor",)
    session = sign_in(installation, "cw", PASSWORD)
    assert session.can(Action.RISK_REVIEW)
    session.close()
    with pytest.raises(ValidationError) as bad:
        accounts.set_roles(admin, "cw", ["overlord"])
    assert _codes(bad.value) == {("roles", "invalid_choice")}
    with pytest.raises(ValidationError) as own:
        accounts.set_roles(admin, "admin", ["auditor"])
    assert _codes(own.value) == {("roles", "cannot_remove_own_admin")}
    with pytest.raises(NotFound):
        accounts.set_roles(admin, "nobody", ["auditor"])


def test_removing_users(login, installation: Path) -> None:
    admin = login("admin")
    accounts.remove_user(admin, "cw2")
    assert _users(admin)["cw2"].active is False
    with pytest.raises(AuthError):
        sign_in(installation, "cw2", PASSWORD)
    with pytest.raises(ValidationError) as own:
        accounts.remove_user(admin, "admin")
    assert _codes(own.value) == {("username", "cannot_remove_self")}
    with pytest.raises(NotFound):
        accounts.remove_user(admin, "nobody")


def test_reset_of_an_unknown_user(login) -> None:
    with pytest.raises(NotFound):
        accounts.reset_password(login("admin"), "nobody")


def test_reset_marks_the_account_for_a_password_change(login, installation: Path) -> None:
    admin = login("admin")
    temporary = accounts.reset_password(admin, "sup")
    assert _users(admin)["sup"].must_change_password is True
    session = sign_in(installation, "sup", temporary)
    accounts.change_password(session, temporary, "new-choice-9x-long")
    session.close()
    assert _users(admin)["sup"].must_change_password is False
