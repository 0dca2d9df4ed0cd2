"""The main window: navigation, search, the pages, the status bar, shortcuts and locking."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from victimcare.domain.enums import Role
from victimcare.domain.permissions import Action
from victimcare.gui.case_view import CaseViewPage
from victimcare.gui.context import AppContext
from victimcare.gui.incident_registration import IncidentRegistrationPage
from victimcare.gui.lock import DEFAULT_IDLE_MINUTES, IdleLock, LockScreen
from victimcare.gui.login import LoginDialog, close_session
from victimcare.gui.pages.case_list import CaseListPage
from victimcare.gui.pages.conflicts import ConflictsPage
from victimcare.gui.pages.directory import DirectoryPage
from victimcare.gui.pages.duplicates import DuplicatesPage
from victimcare.gui.pages.home import HomePage
from victimcare.gui.pages.incidents import IncidentsPage
from victimcare.gui.pages.referrals import ReferralsPage
from victimcare.gui.pages.reports import ReportsPage
from victimcare.gui.pages.sync import SyncPage
from victimcare.gui.pages.transfers import TransfersPage
from victimcare.gui.search_box import SearchBox
from victimcare.gui.style import SPACING, icon
from victimcare.gui.widgets.lang import office_name
from victimcare.services import referrals, reports
from victimcare.services.session import Session

# Navigation entries: key, icon, the actions of which a role needs one to see it. Reports and
# Admin join this table when their pages exist (no buttons to nowhere).
NAVIGATION: tuple[tuple[str, str, tuple[Action, ...]], ...] = (
    ("home", "home", ()),
    ("cases", "cases", (Action.CASE_VIEW,)),
    ("incidents", "incidents", (Action.CASE_VIEW,)),
    ("referrals", "referrals", (Action.REFERRAL_DRAFT, Action.REFERRAL_APPROVE)),
    ("directory", "directory", (Action.REFERRAL_DRAFT, Action.DIRECTORY_MANAGE)),
    ("sync", "sync", (Action.BUNDLE_EXPORT, Action.BUNDLE_IMPORT)),
    ("conflicts", "conflicts", (Action.CONFLICT_RESOLVE,)),
    ("transfers", "transfers", (Action.CASE_TRANSFER,)),
    ("duplicates", "duplicates", (Action.DUPLICATE_MERGE,)),
    ("reports", "reports", (Action.REPORT_EXPORT,)),
)
# Pages reached from another page, and the navigation entry that stays highlighted.
_PARENT_ENTRY = {"register": "incidents", "case": "cases"}
_SCROLLED = frozenset({"register", "case"})
# Between two background steps of the dashboard's facts: room for the user's own work.
CATCH_UP_PAUSE_MS = 300
MESSAGE_MS = 30_000  # how long a passing status message stays


def _unsaved(page: QWidget | None) -> bool:
    check = getattr(page, "has_unsaved_changes", None)
    return bool(check()) if callable(check) else False


class MainWindow(QMainWindow):
    """Shows pages for the signed-in session; locking swaps the content for the lock screen
    (pages keep their unsaved edits) and closes the session."""

    def __init__(self, ctx: AppContext, *, settings: QSettings | None = None,
                 idle_ms: int | None = None, language: str = "en",
                 on_language: Callable[[str], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.settings = settings
        self.language = language
        self._pages_language = language
        self.on_language = on_language
        self.locked = False
        self.login_dialog: LoginDialog | None = None
        self._username = ""
        self._hidden_windows: list[QWidget] = []
        self.pages: dict[str, QWidget] = {}
        self._slots: dict[str, QWidget] = {}  # what the stack holds: the page or its scroller
        self._catching_up = False  # a background step of the dashboard's facts is queued
        self._unsaid = ""  # a status message that came before the window was shown
        ctx.data_changed.connect(self._catch_up_reports)

        self.idle = IdleLock(self, interval_ms=idle_ms)
        self.idle.timed_out.connect(self.lock)
        self.lock_screen = LockScreen(ctx)
        self.lock_screen.unlocked.connect(self._signed_in)
        self.lock_screen.switch_user.connect(self.switch_user)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(25 * SPACING)
        self.nav.setIconSize(icon("home").availableSizes()[0])
        self.nav.currentItemChanged.connect(self._nav_chosen)
        self.search = SearchBox(ctx)
        self.search.open_case.connect(self.open_case)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")

        top = QHBoxLayout()
        top.setContentsMargins(3 * SPACING, 2 * SPACING, 3 * SPACING, 0)
        top.addWidget(self.search, 1)
        top.addStretch(1)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addLayout(top)
        right.addWidget(self.stack, 1)
        self.content = QWidget()
        self.content.setObjectName("content")
        row = QHBoxLayout(self.content)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addLayout(right, 1)
        self.root = QStackedWidget()
        self.root.addWidget(self.content)
        self.root.addWidget(self.lock_screen)
        self.setCentralWidget(self.root)

        self.office_label = QLabel()
        self.office_label.setObjectName("officeStatus")
        self.user_label = QLabel()
        self.user_label.setObjectName("userStatus")
        self.busy_label = QLabel()
        self.busy_label.setObjectName("busyStatus")
        self.lock_label = QLabel()
        self.lock_label.setObjectName("lockStatus")
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        bar.addWidget(self.office_label)
        bar.addWidget(self.user_label)
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.lock_label)
        ctx.tasks.busy_changed.connect(self._busy)
        self._busy(False)

        self._shortcut("Ctrl+L", self.lock, Qt.ShortcutContext.ApplicationShortcut)
        self._shortcut("Ctrl+F", self.focus_search)
        self._shortcut("Ctrl+N", self.register_incident)
        ctx.open_case_requested.connect(self.open_case)

        self._build_pages()
        self._session_started()
        self.resize(1280, 760)

    def _shortcut(self, keys: str, slot: Callable[[], Any],
                  context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)

    # -- texts -----------------------------------------------------------------------------
    def page_title(self, key: str) -> str:
        return {"home": self.tr("My work"), "cases": self.tr("Cases"),
                "incidents": self.tr("Incidents"), "register": self.tr("Register incident"),
                "case": self.tr("Case file"), "referrals": self.tr("Referrals"),
                "directory": self.tr("Service directory"), "sync": self.tr("Sync"),
                "conflicts": self.tr("Conflicts"),
                "transfers": self.tr("Case transfers"),
                "reports": self.tr("Reports"),
                "duplicates": self.tr("Duplicate people")}.get(key, "")

    def _nav_text(self, key: str) -> str:
        return {"home": self.tr("Home"), "cases": self.tr("Cases"),
                "incidents": self.tr("Incidents"), "referrals": self.tr("Referrals"),
                "directory": self.tr("Directory"), "sync": self.tr("Sync"),
                "conflicts": self.tr("Conflicts"), "transfers": self.tr("Transfers"),
                "reports": self.tr("Reports"), "duplicates": self.tr("Duplicates")}[key]

    def _retranslate(self) -> None:
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            item.setText(self._nav_text(item.data(Qt.ItemDataRole.UserRole)))
        self.nav.setAccessibleName(self.tr("Navigation"))
        self._update_title()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def current_key(self) -> str:
        for key, slot in self._slots.items():
            if slot is self.stack.currentWidget():
                return key
        return ""

    def current_page(self) -> QWidget | None:
        return self.pages.get(self.current_key())

    def _show_slot(self, key: str) -> None:
        self.stack.setCurrentWidget(self._slots[key])

    def _update_title(self) -> None:
        # Never a victim's name: the title shows in the taskbar and in screen shares.
        if self.locked:
            self.setWindowTitle(self.tr("VictimCare — locked"))
        else:
            self.setWindowTitle(self.tr("VictimCare — %1").replace(
                "%1", self.page_title(self.current_key())))

    def _role_names(self, roles: tuple[Role, ...]) -> str:
        names = {Role.CASEWORKER: self.tr("case worker"), Role.SUPERVISOR: self.tr("supervisor"),
                 Role.COORDINATOR: self.tr("coordinator"), Role.ADMIN: self.tr("administrator"),
                 Role.AUDITOR: self.tr("auditor")}
        return ", ".join(names.get(r, str(r)) for r in roles)

    def _update_status(self) -> None:
        if self.locked or not self.ctx.signed_in:
            self.office_label.setText("")
            self.user_label.setText("")
            self.lock_label.setText(self.tr("Locked"))
            return
        session = self.ctx.session
        self.office_label.setText(self.tr("Office: %1").replace("%1",
                                                                office_name(session.office)))
        self.user_label.setText(self.tr("%1 (%2)").replace("%1", session.full_name)
                                .replace("%2", self._role_names(session.roles)))
        self.lock_label.setText(self.tr("Unlocked · Ctrl+L locks"))

    def _busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    # -- pages -----------------------------------------------------------------------------
    def _build_pages(self) -> None:
        # Most pages set their words once, when built: a new language means new pages.
        self._pages_language = self.language
        for old in list(self._slots.values()):
            self.stack.removeWidget(old)
            old.deleteLater()
        home = HomePage(self.ctx)
        case_list = CaseListPage(self.ctx)
        incidents = IncidentsPage(self.ctx)
        incidents.register_requested.connect(self.register_incident)
        incidents.show_cases.connect(self.show_incident_cases)
        register = IncidentRegistrationPage(self.ctx)
        register.registered.connect(self._registered)
        case = CaseViewPage(self.ctx)
        referrals = ReferralsPage(self.ctx)
        referrals.record_consent_requested.connect(
            lambda case_id, *_details: self.open_case(case_id))
        self.pages = {"home": home, "cases": case_list, "incidents": incidents,
                      "register": register, "case": case, "referrals": referrals,
                      "directory": DirectoryPage(self.ctx), "sync": SyncPage(self.ctx),
                      "conflicts": ConflictsPage(self.ctx),
                      "transfers": TransfersPage(self.ctx),
                      "reports": ReportsPage(self.ctx),
                      "duplicates": DuplicatesPage(self.ctx)}
        self._slots = {}
        for key, page in self.pages.items():
            slot: QWidget = page
            if key in _SCROLLED:
                # Long forms scroll inside the window rather than push it past a small
                # laptop screen (the case file in Urdu is taller than 768 pixels).
                scroller = QScrollArea()
                scroller.setWidgetResizable(True)
                scroller.setFrameShape(QFrame.Shape.NoFrame)
                scroller.setWidget(page)
                slot = scroller
            self._slots[key] = slot
            self.stack.addWidget(slot)
        self._show_slot("home")

    def _build_nav(self) -> None:
        self.nav.blockSignals(True)
        self.nav.clear()
        for key, icon_name, actions in NAVIGATION:
            if actions and not any(self.ctx.can(a) for a in actions):
                continue
            item = QListWidgetItem(icon(icon_name), self._nav_text(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.blockSignals(False)
        self._sync_nav()

    def _sync_nav(self) -> None:
        key = self.current_key()
        key = _PARENT_ENTRY.get(key, key)
        self.nav.blockSignals(True)
        for i in range(self.nav.count()):
            if self.nav.item(i).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(i)
        self.nav.blockSignals(False)

    def _nav_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.show_page(str(item.data(Qt.ItemDataRole.UserRole)))

    def show_page(self, key: str) -> bool:
        """Switch pages; a page with unsaved changes is only left when the user agrees."""
        if self.locked or key not in self.pages:
            return False
        if key != self.current_key() and not self._may_leave(self.current_page()):
            self._sync_nav()
            return False
        self._show_slot(key)
        self._sync_nav()
        self._update_title()
        return True

    def ask_leave(self) -> bool:
        """Ask whether to drop unsaved changes; tests replace this to answer without a dialog."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("VictimCare — unsaved changes"))
        box.setText(self.tr("This page has changes that are not saved."))
        box.setInformativeText(self.tr("Go back and save them, or leave and lose them."))
        stay = box.addButton(self.tr("Stay on this page"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Leave without saving"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is not stay

    def _may_leave(self, page: QWidget | None) -> bool:
        if not _unsaved(page):
            return True
        if not self.ask_leave():
            return False
        reset = getattr(page, "reset", None)
        if callable(reset):
            reset()
        return True

    def focus_search(self) -> None:
        if not self.locked and self.search.isVisible():
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search.selectAll()

    def register_incident(self) -> None:
        if not self.locked and self.ctx.can(Action.INCIDENT_REGISTER):
            self.show_page("register")

    def show_incident_cases(self, incident_id: str) -> None:
        if self.show_page("cases"):
            self.pages["cases"].show_incident(incident_id)  # type: ignore[attr-defined]

    def open_case(self, case_id: str) -> None:
        if self.locked or not self.ctx.signed_in:
            return
        if not self._may_leave(self.current_page()):
            return
        self.pages["case"].load(case_id)  # type: ignore[attr-defined]
        self._show_slot("case")
        self._sync_nav()
        self._update_title()

    def _registered(self, case_ids: list[str]) -> None:
        self.ctx.data_changed.emit("")
        if case_ids:
            self.open_case(case_ids[0])

    # -- sessions and locking --------------------------------------------------------------
    def _session_started(self) -> None:
        session = self.ctx.session
        self._username = session.username
        self.search.setVisible(self.ctx.can(Action.SEARCH))
        self._build_nav()
        self.ctx.call(Session.setting, "idle_lock_minutes", DEFAULT_IDLE_MINUTES,
                      on_done=self.idle.set_minutes, on_error=lambda _e: None)
        self.idle.start()
        self._update_title()
        self._update_status()
        self._catch_up_reports()
        if self.ctx.can(Action.REFERRAL_DRAFT) and not session.is_hub:
            # Referrals nobody answered in time expire on their own (DOMAIN.md); the office
            # that holds them does it, when one of its officers signs in.
            self.ctx.call(referrals.expire_overdue, on_done=self._referrals_expired,
                          on_error=lambda _e: None)

    def _catch_up_reports(self, _changed: str = "") -> None:
        """The dashboard's facts of cases changed since (a bundle brings thousands) are
        brought up to date in the background, a step at a time with a pause between, so that
        Reports opens at once and the user's own work waits at most one step."""
        if self._catching_up or self.locked or not self.ctx.can(Action.REPORT_EXPORT):
            return
        self._catching_up = True
        self.ctx.call(reports.catch_up, on_done=self._caught_up, on_error=self._caught_up,
                      quiet=True)

    def _caught_up(self, more: object) -> None:
        # An error (the session closed meanwhile) ends the run like "nothing more"; the next
        # dashboard brings the rest up to date itself.
        self._catching_up = False
        if more is True:
            QTimer.singleShot(CATCH_UP_PAUSE_MS, self._catch_up_reports)

    def _referrals_expired(self, count: int) -> None:
        if count:
            self._say(self.tr(
                "%n referral(s) expired: the provider did not answer in time.", "", count))
            self.ctx.data_changed.emit("")

    def lock(self) -> None:
        """Hide everything, close the database and drop the key; unsaved edits stay in the
        pages' widgets (memory only) until the same user unlocks."""
        if self.locked or not self.ctx.signed_in:
            return
        session = self.ctx.session
        self.locked = True
        self.idle.stop()
        self.search.reset()
        self._hidden_windows = [
            w for w in QApplication.topLevelWidgets()
            if w is not self and w.isVisible() and w.isWindow()]
        for w in self._hidden_windows:
            w.hide()
        self.lock_screen.prepare(session.username, session.full_name)
        self.root.setCurrentWidget(self.lock_screen)
        self._update_title()
        close_session(self.ctx, session)
        self.ctx.set_session(None)
        reports.forget()  # the dashboards' counts must not outlive the key
        self._update_status()
        self.lock_screen.focus_password()

    def switch_user(self) -> None:
        self.login_dialog = LoginDialog(self.ctx, language=self.language,
                                        on_language=self._language_chosen, parent=self)
        self.login_dialog.accepted.connect(self._switched)
        self.login_dialog.open()

    def _language_chosen(self, lang: str) -> None:
        self.language = lang
        if self.on_language is not None:
            self.on_language(lang)

    def _switched(self) -> None:
        dialog, self.login_dialog = self.login_dialog, None
        if dialog is not None and dialog.session is not None:
            self._signed_in(dialog.session)

    def _signed_in(self, session: Session) -> None:
        """After the lock screen or "switch user": the same user finds everything as it was;
        another user starts with fresh pages (the previous user's unsaved edits are dropped,
        because they may not be allowed to see them)."""
        same_user = session.username == self._username
        self.ctx.set_session(session)
        if same_user:
            for w in self._hidden_windows:
                w.show()
            if self.language != self._pages_language:
                self._relabel_pages()
        else:
            for w in self._hidden_windows:
                if isinstance(w, QDialog):
                    w.reject()
                w.close()
            self._build_pages()
            if self.settings is not None and self.settings.value("remember_username", True,
                                                                 type=bool):
                self.settings.setValue("last_username", session.username)
        self._hidden_windows = []
        self.locked = False
        self.root.setCurrentWidget(self.content)
        self._session_started()

    def _relabel_pages(self) -> None:
        """The same user signed in again in another language: fresh pages in it, unless one
        holds unsaved work or a dialog is open, which is never thrown away for a language."""
        if self._hidden_windows or any(_unsaved(p) for p in self.pages.values()):
            self._say(self.tr(
                "Some pages keep the previous language until your unsaved work is saved and"
                " you sign in again."))
            return
        self._build_pages()

    def _say(self, text: str) -> None:
        """A passing message in the status bar. One that comes before the window is shown
        waits for it: shown earlier, Qt would leave the office and user names under it."""
        if self.isVisible():
            self.statusBar().showMessage(text, MESSAGE_MS)
        else:
            self._unsaid = text

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._unsaid:
            text, self._unsaid = self._unsaid, ""
            self.statusBar().showMessage(text, MESSAGE_MS)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.locked and any(_unsaved(p) for p in self.pages.values()) \
                and not self.ask_leave():
            event.ignore()
            return
        if self.settings is not None:
            self.settings.setValue("window/geometry", self.saveGeometry())
        self.idle.detach()
        self.search.reset()
        if self.ctx.signed_in:
            session = self.ctx.session
            close_session(self.ctx, session)
            self.ctx.set_session(None)
        super().closeEvent(event)

    def restore_geometry(self) -> None:
        """The last size and place; the first time, as much of a small screen as it offers."""
        saved = self.settings.value("window/geometry") if self.settings is not None else None
        if isinstance(saved, QByteArray | bytes) and self.restoreGeometry(saved):
            return
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        self.resize(min(1280, available.width()), min(800, available.height()))
        self.move(available.center() - self.rect().center())
