"""Signing in: the login dialog, the forced password change, and the recovery-key path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from victimcare.domain.errors import AuthError, FieldError, ValidationError
from victimcare.gui import messages
from victimcare.gui.context import AppContext
from victimcare.gui.style import SPACING, set_primary, set_role
from victimcare.services import accounts, installation
from victimcare.services.passwords import check_new_password
from victimcare.services.session import Session

LANGUAGES = (("en", "English"), ("ur", "اردو"))  # each named in its own language


def close_session(ctx: AppContext, session: Session) -> None:
    """Close on the worker thread, after any task still using the connection."""
    ctx.tasks.run_blocking(session.close)



def error_label() -> QLabel:
    """The red line under a form that says what went wrong (hidden until it does)."""
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    set_role(label, "error")
    label.hide()
    return label


def busy_bar() -> QProgressBar:
    """A thin bar that moves while sign-in's key derivation runs (hidden otherwise)."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.hide()
    return bar

class Countdown(QObject):
    """Seconds a username must wait before the next sign-in attempt (the store's throttle)."""

    changed = Signal(int)  # seconds left; 0 means the user may try again

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.username = ""
        self.left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    def start(self, username: str, seconds: int) -> None:
        self.username, self.left = username, max(0, int(seconds))
        if self.left:
            self._timer.start()
        self.changed.emit(self.left)

    def blocks(self, username: str) -> bool:
        return self.left > 0 and username == self.username

    def _tick(self) -> None:
        self.left = max(0, self.left - 1)
        if not self.left:
            self._timer.stop()
        self.changed.emit(self.left)


def throttle_text(seconds: int) -> str:
    """The live countdown line (its own words: a plural that reads right without a .qm)."""
    if seconds == 1:
        return QCoreApplication.translate("SignInForm",
                                          "Too many wrong passwords. Try again in 1 second.")
    return QCoreApplication.translate(
        "SignInForm", "Too many wrong passwords. Try again in %1 seconds.").replace(
        "%1", str(seconds))


class SignInForm(QWidget):
    """Username (or a fixed one), password, the error line, the wait countdown and the button.

    Shared by the login dialog and the lock screen. Argon2id makes an unlock take about half
    a second, so the attempt runs on the task runner while a busy bar moves."""

    signed_in = Signal(object)  # Session, after any forced password change

    def __init__(self, ctx: AppContext, *, fixed_user: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fixed_user = fixed_user  # the lock screen: only this user's password is asked
        self.change_dialog: ChangePasswordDialog | None = None
        self.countdown = Countdown(self)
        self.countdown.changed.connect(self._on_countdown)
        self._busy = False
        self._message = ""  # the last error, shown above the wait countdown

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setMaxLength(32)
        self.username.setInputMethodHints(Qt.InputMethodHint.ImhNoAutoUppercase
                                          | Qt.InputMethodHint.ImhPreferLowercase)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.user_label = QLabel()
        self.user_label.setBuddy(self.username)
        self.password_label = QLabel()
        self.password_label.setBuddy(self.password)

        self.fields_layout = form = QFormLayout()
        form.setSpacing(SPACING)
        if not fixed_user:
            form.addRow(self.user_label, self.username)
        else:
            self.username.hide()
            self.user_label.hide()
        form.addRow(self.password_label, self.password)

        self.error = error_label()
        self.busy = QProgressBar()
        self.busy.setObjectName("busy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        # A sign-in that first brings an older database up to date takes longer than the
        # usual half second; past a few seconds the form says why.
        self.slow = QLabel()
        self.slow.setObjectName("slowSignIn")
        self.slow.setWordWrap(True)
        set_role(self.slow, "hint")
        self.slow.hide()
        self.slow_after_ms = 3000
        self._slow_timer = QTimer(self)
        self._slow_timer.setSingleShot(True)
        self._slow_timer.timeout.connect(self.slow.show)
        self.button = QPushButton()
        self.button.setObjectName("signIn")
        self.button.setDefault(True)
        self.button.setAutoDefault(True)
        set_primary(self.button)
        self.button.clicked.connect(self.submit)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)
        self.username.textChanged.connect(self._on_countdown)
        self.password.textChanged.connect(self._update_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.slow)
        layout.addWidget(self.button)
        self._retranslate()
        self._update_button()

    # -- texts -----------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.user_label.setText(self.tr("&Username"))
        self.password_label.setText(self.tr("&Password"))
        self.username.setAccessibleName(self.tr("Username"))
        self.password.setAccessibleName(self.tr("Password"))
        self.button.setText(self.tr("Unlock") if self.fixed_user else self.tr("Sign in"))
        self.busy.setAccessibleName(self.tr("Checking the password"))
        self.slow.setText(self.tr("Still opening: after an update, the first sign-in brings the"
                                  " database up to date, which can take a minute or two when"
                                  " it holds many cases."))
        self._render_error()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- state -----------------------------------------------------------------------------
    def _name(self) -> str:
        return self.username.text().strip().lower()

    def _update_button(self) -> None:
        ready = bool(self._name() and self.password.text())
        self.button.setEnabled(ready and not self._busy
                               and not self.countdown.blocks(self._name()))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        if busy:
            self._slow_timer.start(self.slow_after_ms)
        else:
            self._slow_timer.stop()
            self.slow.hide()
        self.username.setEnabled(not busy)
        self.password.setEnabled(not busy)
        self._update_button()

    def show_error(self, text: str) -> None:
        self._message = text
        self._render_error()

    def _render_error(self) -> None:
        left = self.countdown.left if self.countdown.blocks(self._name()) else 0
        lines = [t for t in (self._message, throttle_text(left) if left else "") if t]
        self.error.setText("\n".join(lines))
        self.error.setVisible(bool(lines))

    def _on_countdown(self, *_: object) -> None:
        self._render_error()
        self._update_button()

    def reset(self) -> None:
        self.password.clear()
        self.show_error("")

    # -- signing in ------------------------------------------------------------------------
    def submit(self) -> None:
        username, password = self._name(), self.password.text()
        if self._busy or not username or not password or self.countdown.blocks(username):
            return
        self.show_error("")
        self._set_busy(True)
        self.ctx.tasks.run(installation.sign_in, self.ctx.data_dir, username, password,
                           on_done=self._done, on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, AuthError) and error.code == "throttled":
            self.show_error("")
            self.countdown.start(self._name(), int(error.params.get("seconds", 0)))
            return
        self.show_error(messages.describe(error))
        delay = int(error.params.get("delay", 0)) if isinstance(error, AuthError) else 0
        if delay:
            # The next attempt would be refused: say so now, with the seconds counting down.
            self.countdown.start(self._name(), delay)

    def _done(self, session: Session) -> None:
        self._set_busy(False)
        self.password.clear()
        if not session.must_change_password:
            self.signed_in.emit(session)
            return
        self.change_dialog = ChangePasswordDialog(self.ctx, session, forced=True, parent=self)
        self.change_dialog.finished.connect(
            lambda result, s=session: self._after_change(s, result))
        self.change_dialog.open()

    def _after_change(self, session: Session, result: int) -> None:
        self.change_dialog = None
        if result == QDialog.DialogCode.Accepted:
            self.signed_in.emit(session)
            return
        close_session(self.ctx, session)
        self.show_error(self.tr("You need a new password before you can go on. "
                                "Sign in again when you are ready to choose one."))


class LoginDialog(QDialog):
    """The first screen: sign in, choose the language, or recover a forgotten password."""

    def __init__(self, ctx: AppContext, *, username: str = "", language: str = "en",
                 on_language: Callable[[str], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.ctx = ctx
        self.session: Session | None = None
        self.recovery_dialog: RecoveryDialog | None = None
        self._on_language = on_language

        self.heading = QLabel()
        set_role(self.heading, "heading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        set_role(self.intro, "hint")
        self.form = SignInForm(ctx, parent=self)
        self.form.username.setText(username)
        self.form.signed_in.connect(self._signed_in)

        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.form.fields_layout.addRow(self.language_label, self.language)

        self.forgot = QPushButton()
        self.forgot.setObjectName("forgotPassword")
        self.forgot.setProperty("link", True)
        self.forgot.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot.setAutoDefault(False)
        self.forgot.clicked.connect(self._recover)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * SPACING, 3 * SPACING, 3 * SPACING, 3 * SPACING)
        layout.setSpacing(2 * SPACING)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.notice)
        layout.addWidget(self.form)
        links = QHBoxLayout()
        links.addWidget(self.forgot)
        links.addStretch(1)
        layout.addLayout(links)
        QWidget.setTabOrder(self.form.username, self.form.password)
        QWidget.setTabOrder(self.form.password, self.language)
        QWidget.setTabOrder(self.language, self.form.button)
        QWidget.setTabOrder(self.form.button, self.forgot)
        self._retranslate()
        self.setMinimumWidth(52 * SPACING)
        (self.form.password if username else self.form.username).setFocus()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("VictimCare — sign in"))
        self.heading.setText(self.tr("Sign in to VictimCare"))
        self.intro.setText(self.tr("Use your own account. Nobody else should know your "
                                   "password, not even your supervisor."))
        self.language_label.setText(self.tr("&Language"))
        self.language.setAccessibleName(self.tr("Language"))
        self.forgot.setText(self.tr("Forgot password?"))
        self.forgot.setAccessibleName(self.tr("Forgot password? Use the recovery key"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    @property
    def language_code(self) -> str:
        return str(self.language.currentData())

    def _language_chosen(self) -> None:
        if self._on_language is not None:
            self._on_language(self.language_code)

    def _signed_in(self, session: Session) -> None:
        self.session = session
        self.accept()

    def _recover(self) -> None:
        self.recovery_dialog = RecoveryDialog(self.ctx.data_dir, self.ctx,
                                              username=self.form._name(), parent=self)
        self.recovery_dialog.recovered.connect(self._recovered)
        self.recovery_dialog.open()

    def _recovered(self, username: str) -> None:
        self.form.username.setText(username)
        self.form.reset()
        self.form.countdown.start(username, 0)
        self.notice.setText(self.tr("Your new password is set. Sign in with it now."))
        self.notice.show()
        self.form.password.setFocus()


def _fields_tr(text: str) -> str:
    return QCoreApplication.translate("PasswordFields", text)


def _lay_out_password_dialog(dialog: Any, form: QFormLayout) -> None:
    """Intro, the form, its problems, the busy bar, then Cancel and OK: the same in both
    password dialogs (change and recovery)."""
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    buttons.addWidget(dialog.cancel)
    buttons.addWidget(dialog.ok)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(3 * SPACING, 3 * SPACING, 3 * SPACING, 3 * SPACING)
    layout.setSpacing(2 * SPACING)
    layout.addWidget(dialog.intro)
    layout.addLayout(form)
    layout.addWidget(dialog.fields.problem)
    layout.addWidget(dialog.error)
    layout.addWidget(dialog.busy)
    layout.addLayout(buttons)


class _PasswordFields:
    """New password twice, checked as the user types (the same rules the service applies)."""

    def __init__(self, form: QFormLayout, username: str) -> None:
        self.username = username
        self.new = QLineEdit()
        self.new.setObjectName("newPassword")
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeatPassword")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_label, self.repeat_label = QLabel(), QLabel()
        self.new_label.setBuddy(self.new)
        self.repeat_label.setBuddy(self.repeat)
        self.problem = QLabel()
        self.problem.setObjectName("passwordProblem")
        self.problem.setWordWrap(True)
        set_role(self.problem, "error")
        self.problem.hide()
        form.addRow(self.new_label, self.new)
        form.addRow(self.repeat_label, self.repeat)

    def retranslate(self) -> None:
        self.new_label.setText(_fields_tr("&New password"))
        self.repeat_label.setText(_fields_tr("&Repeat new password"))
        self.new.setAccessibleName(_fields_tr("New password"))
        self.repeat.setAccessibleName(_fields_tr("Repeat new password"))
        self.new.setPlaceholderText(_fields_tr("At least 10 characters"))

    def problems(self, username: str | None = None) -> str:
        """The first problem, in words, or "" when the two fields are acceptable."""
        new, repeat = self.new.text(), self.repeat.text()
        if not new:
            return ""
        found = check_new_password(new, username if username is not None else self.username)
        if found:
            return messages.field_message(found[0])
        if repeat and repeat != new:
            return _fields_tr("The two new passwords are not the same.")
        return ""

    def show(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def complete(self, username: str | None = None) -> bool:
        return bool(self.new.text() and self.repeat.text() == self.new.text()
                    and not self.problems(username))


class ChangePasswordDialog(QDialog):
    """Current password, new one twice. Forced at first login after an admin reset."""

    def __init__(self, ctx: AppContext, session: Session, *, forced: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.ctx, self.session, self.forced = ctx, session, forced
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.old = QLineEdit()
        self.old.setObjectName("oldPassword")
        self.old.setEchoMode(QLineEdit.EchoMode.Password)
        self.old_label = QLabel()
        self.old_label.setBuddy(self.old)
        form = QFormLayout()
        form.setSpacing(SPACING)
        form.addRow(self.old_label, self.old)
        self.fields = _PasswordFields(form, session.username)
        self.error = error_label()
        self.busy = busy_bar()
        self.ok = QPushButton()
        self.ok.setObjectName("changePassword")
        self.ok.setDefault(True)
        set_primary(self.ok)
        self.cancel = QPushButton()
        self.cancel.setObjectName("cancel")
        self.cancel.setAutoDefault(False)
        self.ok.clicked.connect(self._submit)
        self.cancel.clicked.connect(self.reject)
        for edit in (self.old, self.fields.new, self.fields.repeat):
            edit.textChanged.connect(self._validate)
        _lay_out_password_dialog(self, form)
        QWidget.setTabOrder(self.old, self.fields.new)
        QWidget.setTabOrder(self.fields.new, self.fields.repeat)
        QWidget.setTabOrder(self.fields.repeat, self.ok)
        QWidget.setTabOrder(self.ok, self.cancel)
        self._retranslate()
        self._validate()
        self.setMinimumWidth(56 * SPACING)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("VictimCare — choose a new password"))
        self.intro.setText(
            self.tr("Your password was set by an administrator. Choose your own password now; "
                    "only you will know it.") if self.forced else
            self.tr("Choose a new password. It needs at least 10 characters."))
        self.old_label.setText(self.tr("&Current password"))
        self.old.setAccessibleName(self.tr("Current password"))
        self.fields.retranslate()
        self.ok.setText(self.tr("Change password"))
        self.cancel.setText(self.tr("Sign out") if self.forced else self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _validate(self) -> None:
        problem = self.fields.problems()
        if not problem and self.fields.new.text() and self.fields.new.text() == self.old.text():
            problem = messages.field_message(FieldError("password", "password_unchanged"))
        self.fields.show(problem)
        self.ok.setEnabled(bool(self.old.text()) and self.fields.complete() and not problem)

    def _submit(self) -> None:
        if not self.ok.isEnabled():
            return
        self._set_busy(True)
        old, new = self.old.text(), self.fields.new.text()
        self.ctx.tasks.run(accounts.change_password, self.session, old, new,
                           on_done=lambda _: self._changed(), on_error=self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (self.old, self.fields.new, self.fields.repeat, self.ok, self.cancel):
            w.setEnabled(not busy)

    def _changed(self) -> None:
        self._set_busy(False)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, AuthError):
            text = self.tr("The current password is not right.")
            self.old.clear()
            self.old.setFocus()
        else:
            text = messages.describe(error)
        self.error.setText(text)
        self.error.show()
        self._validate()


class RecoveryDialog(QDialog):
    """Forgotten password: the organisation's recovery key sets a new password for one user."""

    recovered = Signal(str)  # username

    def __init__(self, data_dir: Path, ctx: AppContext, *, username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.ctx, self.data_dir = ctx, data_dir
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.key = QLineEdit()
        self.key.setObjectName("recoveryKey")
        self.key.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.key_label = QLabel()
        self.key_label.setBuddy(self.key)
        self.username = QLineEdit(username)
        self.username.setObjectName("recoveryUsername")
        self.username_label = QLabel()
        self.username_label.setBuddy(self.username)
        form = QFormLayout()
        form.setSpacing(SPACING)
        form.addRow(self.key_label, self.key)
        form.addRow(self.username_label, self.username)
        self.fields = _PasswordFields(form, username)
        self.error = error_label()
        self.busy = busy_bar()
        self.ok = QPushButton()
        self.ok.setObjectName("setPassword")
        self.ok.setDefault(True)
        set_primary(self.ok)
        self.cancel = QPushButton()
        self.cancel.setAutoDefault(False)
        self.ok.clicked.connect(self._submit)
        self.cancel.clicked.connect(self.reject)
        for edit in (self.key, self.username, self.fields.new, self.fields.repeat):
            edit.textChanged.connect(self._validate)
        _lay_out_password_dialog(self, form)
        QWidget.setTabOrder(self.key, self.username)
        QWidget.setTabOrder(self.username, self.fields.new)
        QWidget.setTabOrder(self.fields.new, self.fields.repeat)
        QWidget.setTabOrder(self.fields.repeat, self.ok)
        QWidget.setTabOrder(self.ok, self.cancel)
        self._retranslate()
        self._validate()
        self.setMinimumWidth(60 * SPACING)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("VictimCare — recover a password"))
        self.intro.setText(self.tr(
            "The recovery key was printed when VictimCare was set up in this office; your "
            "administrator keeps it locked away. With it you can set a new password for "
            "one account."))
        self.key_label.setText(self.tr("Recovery &key"))
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setPlaceholderText(self.tr("Groups of letters and digits, as printed"))
        self.username_label.setText(self.tr("&Username"))
        self.username.setAccessibleName(self.tr("Username"))
        self.fields.retranslate()
        self.ok.setText(self.tr("Set new password"))
        self.cancel.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _name(self) -> str:
        return self.username.text().strip().lower()

    def _validate(self) -> None:
        self.fields.show(self.fields.problems(self._name()))
        self.ok.setEnabled(bool(self.key.text().strip() and self._name())
                           and self.fields.complete(self._name()))

    def _submit(self) -> None:
        if not self.ok.isEnabled():
            return
        self._set_busy(True)
        username = self._name()
        self.ctx.tasks.run(installation.recover, self.data_dir, self.key.text().strip(),
                           username, self.fields.new.text(),
                           on_done=lambda _: self._done(username), on_error=self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (self.key, self.username, self.fields.new, self.fields.repeat, self.ok,
                  self.cancel):
            w.setEnabled(not busy)

    def _done(self, username: str) -> None:
        self._set_busy(False)
        self.recovered.emit(username)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationError):
            text = "\n".join(messages.field_message(e) for e in error.errors)
        else:
            text = messages.describe(error)
        self.error.setText(text)
        self.error.show()
        self._validate()
