"""Locking: the idle timer that watches for input, and the screen that asks for the password."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from victimcare.gui.context import AppContext
from victimcare.gui.login import SignInForm
from victimcare.gui.style import SPACING, icon, set_role

DEFAULT_IDLE_MINUTES = 10

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.InputMethod, QEvent.Type.TabletPress,
})


class IdleLock(QObject):
    """Emits `timed_out` after a stretch without keyboard, mouse or touch input anywhere in the
    application. `interval_ms` fixes the interval (tests); otherwise the installation's
    `idle_lock_minutes` setting decides, given through `set_minutes`."""

    timed_out = Signal()

    def __init__(self, parent: QObject | None = None, *, interval_ms: int | None = None) -> None:
        super().__init__(parent)
        self._fixed = interval_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms or DEFAULT_IDLE_MINUTES * 60_000)
        self._timer.timeout.connect(self.timed_out)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_minutes(self, minutes: object) -> None:
        if self._fixed is not None:
            return
        try:
            value = float(minutes)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            value = DEFAULT_IDLE_MINUTES
        # Never "off": a shared office PC must lock; at most a working day.
        value = min(max(value, 1.0), 8 * 60.0)
        self._timer.setInterval(int(value * 60_000))
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()  # restart: the idle time counts from the last input
        return False

    def detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()


class LockScreen(QWidget):
    """What a locked window shows: whose session it was, their password, or another user."""

    unlocked = Signal(object)     # Session of the same user
    switch_user = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.username = ""
        self.full_name = ""
        card = QFrame()
        card.setObjectName("card")
        card.setFixedWidth(52 * SPACING)
        self.picture = QLabel()
        self.picture.setPixmap(icon("lock", size=48).pixmap(48, 48))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel()
        self.heading.setObjectName("lockHeading")
        set_role(self.heading, "heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who = QLabel()
        self.who.setObjectName("lockedUser")
        self.who.setWordWrap(True)
        self.form = SignInForm(ctx, fixed_user=True, parent=self)
        self.form.signed_in.connect(self.unlocked)
        self.switch_button = QPushButton()
        self.switch_button.setObjectName("switchUser")
        self.switch_button.setIcon(icon("switch-user"))
        self.switch_button.setAutoDefault(False)
        self.switch_button.clicked.connect(self.switch_user)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(3 * SPACING, 3 * SPACING, 3 * SPACING, 3 * SPACING)
        inner.setSpacing(2 * SPACING)
        inner.addWidget(self.picture)
        inner.addWidget(self.heading)
        inner.addWidget(self.who)
        inner.addWidget(self.form)
        inner.addWidget(self.switch_button)
        outer = QGridLayout(self)
        outer.addWidget(card, 1, 1)
        outer.setRowStretch(0, 1)
        outer.setRowStretch(2, 2)
        outer.setColumnStretch(0, 1)
        outer.setColumnStretch(2, 1)
        QWidget.setTabOrder(self.form.password, self.form.button)
        QWidget.setTabOrder(self.form.button, self.switch_button)
        self._retranslate()

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("VictimCare is locked"))
        self.who.setText(self.tr("%1 (%2) was working here. Enter that password to go on, or "
                                 "sign in as someone else.")
                         .replace("%1", self.full_name).replace("%2", self.username))
        self.switch_button.setText(self.tr("Switch user"))
        self.switch_button.setAccessibleName(self.tr("Switch user: sign in as someone else"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def prepare(self, username: str, full_name: str) -> None:
        self.username, self.full_name = username, full_name
        self.form.username.setText(username)
        self.form.reset()
        self._retranslate()

    def focus_password(self) -> None:
        self.form.password.setFocus()
