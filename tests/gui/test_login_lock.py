"""Signing in, throttling, the forced password change, locking by hand and when idle."""

from __future__ import annotations

import pytest
from factories import ADMIN_PASSWORD, PASSWORD, sample_families, sample_incident
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from victimcare.gui.app import create_window
from victimcare.gui.context import AppContext
from victimcare.gui.login import LoginDialog
from victimcare.gui.tasks import TaskRunner
from victimcare.services import accounts, incidents
from victimcare.services.installation import sign_in


@pytest.fixture
def ctx(installation, qapp):
    """The app's context over a real installation; tasks run inline, so no test sleeps."""
    context = AppContext(installation, TaskRunner(synchronous=True))
    yield context
    if context.signed_in:
        context.session.close()


@pytest.fixture
def signed_in(ctx, login):
    def _sign_in(username):
        ctx.set_session(login(username))
        return ctx
    return _sign_in


def _login_dialog(ctx, qtbot, username: str = "") -> LoginDialog:
    dialog = LoginDialog(ctx, username=username)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _try(dialog: LoginDialog, qtbot, username: str, password: str) -> None:
    dialog.form.username.setText(username)
    dialog.form.password.setText(password)
    qtbot.mouseClick(dialog.form.button, Qt.MouseButton.LeftButton)


def test_a_wrong_password_is_refused_with_a_plain_message(ctx, qtbot):
    dialog = _login_dialog(ctx, qtbot)
    _try(dialog, qtbot, "cw", "not-my-password")

    assert dialog.form.error.isVisible()
    assert dialog.form.error.text() == "The username or password is not right."
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.session is None and not ctx.signed_in
    assert dialog.form.password.text() == ""  # ready for the next try


def test_the_right_password_signs_in(ctx, qtbot):
    dialog = _login_dialog(ctx, qtbot, username="cw")
    _try(dialog, qtbot, "cw", PASSWORD)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.session is not None and dialog.session.username == "cw"
    dialog.session.close()


def test_repeated_wrong_passwords_make_the_user_wait_with_a_countdown(ctx, qtbot):
    dialog = _login_dialog(ctx, qtbot)
    for _ in range(3):
        _try(dialog, qtbot, "cw", "guessing-again")

    button, error = dialog.form.button, dialog.form.error
    assert "Try again in 5 second" in error.text()
    dialog.form.password.setText(PASSWORD)
    assert not button.isEnabled()  # even with a password typed

    qtbot.waitUntil(lambda: "Try again in 4 second" in error.text(), timeout=3000)
    assert not button.isEnabled()

    # The wait belongs to that username only: another user may sign in meanwhile.
    dialog.form.username.setText("cw2")
    assert button.isEnabled()
    assert "Try again" not in error.text()


def test_a_fresh_login_window_also_shows_the_wait(ctx, qtbot):
    first = _login_dialog(ctx, qtbot)
    for _ in range(3):
        _try(first, qtbot, "cw", "guessing-again")
    first.close()

    second = _login_dialog(ctx, qtbot)
    _try(second, qtbot, "cw", PASSWORD)  # the right one, but too soon

    assert second.session is None
    assert "Too many wrong passwords. Try again in" in second.form.error.text()
    assert not second.form.button.isEnabled()


def _reset_cw(installation) -> str:
    admin = sign_in(installation, "admin", ADMIN_PASSWORD)
    try:
        return accounts.reset_password(admin, "cw")
    finally:
        admin.close()


def test_first_login_after_a_reset_forces_a_new_password(ctx, installation, qtbot):
    temporary = _reset_cw(installation)
    dialog = _login_dialog(ctx, qtbot)
    _try(dialog, qtbot, "cw", temporary)

    change = dialog.form.change_dialog
    assert change is not None and change.isVisible()
    assert dialog.session is None  # not in yet

    change.old.setText(temporary)
    change.fields.new.setText("my-own-secret-77")
    change.fields.repeat.setText("my-own-secret-78")
    assert change.fields.problem.text() == "The two new passwords are not the same."
    assert not change.ok.isEnabled()
    change.fields.repeat.setText("my-own-secret-77")
    assert change.ok.isEnabled()
    qtbot.mouseClick(change.ok, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.session is not None and not dialog.session.must_change_password
    dialog.session.close()
    sign_in(installation, "cw", "my-own-secret-77").close()


def test_declining_the_password_change_signs_out(ctx, installation, qtbot):
    temporary = _reset_cw(installation)
    dialog = _login_dialog(ctx, qtbot)
    _try(dialog, qtbot, "cw", temporary)
    change = dialog.form.change_dialog
    assert change.cancel.text() == "Sign out"

    qtbot.mouseClick(change.cancel, Qt.MouseButton.LeftButton)

    assert dialog.session is None and dialog.isVisible()
    assert "need a new password" in dialog.form.error.text()


def test_a_short_new_password_is_explained_while_typing(ctx, installation, qtbot):
    temporary = _reset_cw(installation)
    dialog = _login_dialog(ctx, qtbot)
    _try(dialog, qtbot, "cw", temporary)
    change = dialog.form.change_dialog

    change.fields.new.setText("short")
    assert change.fields.problem.text() == "The password needs at least 10 characters."
    change.fields.new.setText("cw-is-in-this-one")
    assert change.fields.problem.text() == "The password must not contain the username."
    change.reject()


def test_every_login_input_has_a_label_and_an_accessible_name(ctx, qtbot):
    dialog = _login_dialog(ctx, qtbot)
    for field in (dialog.form.username, dialog.form.password, dialog.language):
        assert field.accessibleName()
    assert dialog.form.user_label.buddy() is dialog.form.username
    assert dialog.form.password_label.buddy() is dialog.form.password
    assert dialog.form.password.echoMode() == dialog.form.password.EchoMode.Password


# -- locking -------------------------------------------------------------------------------
def _window(ctx, qtbot, **kwargs):
    window = create_window(ctx, **kwargs)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts only reach the active window
    return window


def test_ctrl_l_locks_hides_everything_and_closes_the_database(signed_in, qtbot):
    ctx = signed_in("cw")
    session = ctx.session
    registered = incidents.register_incident(session, sample_incident(), sample_families())
    window = _window(ctx, qtbot)
    ctx.open_case_requested.emit(registered.case_ids[0])
    case_page = window.pages["case"]
    assert window.current_key() == "case"

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert window.locked
    assert not window.content.isVisible() and window.lock_screen.isVisible()
    assert window.windowTitle() == "VictimCare — locked"
    assert not ctx.signed_in and not session.is_open
    assert "Aslam" not in window.windowTitle()
    assert window.user_label.text() == "" and window.lock_label.text() == "Locked"

    window.lock_screen.form.password.setText(PASSWORD)
    qtbot.mouseClick(window.lock_screen.form.button, Qt.MouseButton.LeftButton)

    assert not window.locked and ctx.signed_in and ctx.session.username == "cw"
    assert window.current_key() == "case" and window.pages["case"] is case_page
    assert window.content.isVisible()


def test_unsaved_typing_survives_a_lock_and_unlock(signed_in, qtbot):
    window = _window(signed_in("cw"), qtbot)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    fir = window.pages["register"].findChild(QLineEdit, "incidentFir")
    qtbot.keyClicks(fir, "FIR 77/26")
    assert window.pages["register"].has_unsaved_changes()

    window.lock()
    assert not fir.isVisible() and not window.ctx.signed_in
    window.lock_screen.form.password.setText(PASSWORD)
    qtbot.mouseClick(window.lock_screen.form.button, Qt.MouseButton.LeftButton)

    assert window.current_key() == "register" and fir.isVisible()
    assert fir.text() == "FIR 77/26"
    window.pages["register"].reset()  # closing the window would otherwise ask about it


def test_a_wrong_password_keeps_the_window_locked(signed_in, qtbot):
    window = _window(signed_in("cw"), qtbot)
    window.lock()

    window.lock_screen.form.password.setText("not-it-at-all")
    qtbot.mouseClick(window.lock_screen.form.button, Qt.MouseButton.LeftButton)

    assert window.locked and not window.ctx.signed_in
    assert window.lock_screen.form.error.text() == "The username or password is not right."


def test_the_window_locks_itself_after_the_idle_time(signed_in, qtbot):
    window = _window(signed_in("cw"), qtbot, idle_ms=50)

    qtbot.waitUntil(lambda: window.locked, timeout=3000)

    assert not window.ctx.signed_in
    assert window.windowTitle() == "VictimCare — locked"


def test_the_idle_time_comes_from_the_installation_setting(signed_in, login, qtbot):
    assert _window(signed_in("cw"), qtbot).idle.interval_ms == 10 * 60_000  # the default

    admin = login("admin")
    with admin.db.transaction():  # no settings service yet: the row an admin screen would write
        admin.db.execute("INSERT INTO setting (key, value) VALUES ('idle_lock_minutes', '2')")
    assert _window(signed_in("cw2"), qtbot).idle.interval_ms == 2 * 60_000


def test_switch_user_gives_the_next_person_fresh_pages(signed_in, qtbot):
    window = _window(signed_in("cw"), qtbot)
    old_home = window.pages["home"]
    window.lock()

    qtbot.mouseClick(window.lock_screen.switch_button, Qt.MouseButton.LeftButton)
    dialog = window.login_dialog
    assert dialog is not None and dialog.isVisible()
    _try(dialog, qtbot, "sup", PASSWORD)

    assert not window.locked and window.ctx.session.username == "sup"
    assert window.pages["home"] is not old_home
    assert window.user_label.text() == "User sup (supervisor)"


def test_the_same_user_back_in_another_language_gets_pages_in_it(signed_in, qtbot):
    """Most pages set their words when built: the same person signing in again with another
    language gets new pages, unless unsaved typing would be lost (then the pages stay and the
    status bar says why)."""
    window = _window(signed_in("cw"), qtbot)
    old_reports = window.pages["reports"]

    def back_in(language: str) -> None:
        window.lock()
        qtbot.mouseClick(window.lock_screen.switch_button, Qt.MouseButton.LeftButton)
        dialog = window.login_dialog
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        _try(dialog, qtbot, "cw", PASSWORD)
        assert not window.locked and window.ctx.session.username == "cw"

    back_in("en")  # the same language: nothing rebuilt
    assert window.pages["reports"] is old_reports
    back_in("ur")
    assert window.pages["reports"] is not old_reports

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    fir = window.pages["register"].findChild(QLineEdit, "incidentFir")
    qtbot.keyClicks(fir, "FIR 78/26")
    kept = window.pages["reports"]
    back_in("en")
    assert window.pages["reports"] is kept and fir.text() == "FIR 78/26"
    assert "unsaved work" in window.statusBar().currentMessage()
    window.pages["register"].reset()


def test_a_slow_sign_in_says_why_and_the_note_goes_with_the_wait(ctx, qtbot):
    """After an update the first sign-in upgrades the database (a minute at a big hub): past
    a few seconds the form says so, and the note goes once the attempt has ended."""
    dialog = _login_dialog(ctx, qtbot)
    form = dialog.form
    form.slow_after_ms = 20
    form._set_busy(True)  # as while sign_in runs on the task runner
    qtbot.waitUntil(form.slow.isVisible, timeout=2000)
    assert "brings the database up to date" in form.slow.text()
    form._set_busy(False)
    assert not form.slow.isVisible()
