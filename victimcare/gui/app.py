"""Starting the desktop app: options, style, fonts, language, crash dialog, login, main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from victimcare.domain.reference import resources_dir
from victimcare.gui.context import AppContext
from victimcare.gui.crash import install_excepthook
from victimcare.gui.fonts import apply_ui_font, register_fonts
from victimcare.gui.login import LoginDialog
from victimcare.gui.main_window import MainWindow
from victimcare.gui.style import SPACING, apply_style, set_role
from victimcare.gui.tasks import TaskRunner
from victimcare.services.paths import InstallationPaths, default_data_dir

APP_NAME = ORGANISATION = "VictimCare"
LANGUAGES = ("en", "ur")


def ui_settings() -> QSettings:
    """Interface preferences only (window size, language, last username): nothing a thief
    could use against a victim, because QSettings is not encrypted."""
    return QSettings(ORGANISATION, APP_NAME)


def translations_dir() -> Path:
    return resources_dir().parent / "translations"


class Languages(QObject):
    """Switches the interface language at run time: our translations, Qt's own, the locale,
    the mirrored layout for Urdu, and the Naskh font."""

    def __init__(self, app: QApplication, settings: QSettings | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._settings = settings
        self._installed: list[QTranslator] = []
        self.current = ""

    def set(self, lang: str) -> None:
        lang = lang if lang in LANGUAGES else "en"
        if lang == self.current:
            return
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        # English too: its file carries the plural forms of the "%n" messages.
        ours = translations_dir() / f"victimcare_{lang}.qm"
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for path in (ours, Path(qt_dir) / f"qtbase_{lang}.qm"):
            translator = QTranslator(self)
            if path.exists() and translator.load(str(path)):
                self._app.installTranslator(translator)
                self._installed.append(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Urdu, QLocale.Country.Pakistan)
                           if lang == "ur" else QLocale(QLocale.Language.English,
                                                        QLocale.Country.Pakistan))
        self._app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang == "ur"
                                     else Qt.LayoutDirection.LeftToRight)
        apply_ui_font(self._app, lang)
        self.current = lang
        if self._settings is not None:
            self._settings.setValue("language", lang)


def _options(args: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="victimcare", description="VictimCare desktop app")
    parser.add_argument("--data", type=Path, default=None,
                        help="the installation's folder (default: the user's data folder)")
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help="interface language (default: the last one chosen)")
    return parser.parse_args(args)


class NoInstallationDialog(QDialog):
    """Shown instead of the login when the data folder holds no installation: what to run."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noInstallation")
        self.setWindowTitle(self.tr("VictimCare — not set up yet"))
        folder = str(data_dir)
        heading = QLabel(self.tr("VictimCare is not set up here yet"))
        set_role(heading, "heading")
        where = QLabel(self.tr("There is no VictimCare installation in %1.").replace("%1", folder))
        where.setWordWrap(True)
        setup = QLabel(self.tr(
            "To set up this office, your administrator runs this in a command prompt, with the "
            "office's code and their own username. It asks for a password and prints the "
            "recovery key, to be kept locked away:"))
        setup.setWordWrap(True)
        self.init_command = self._command(
            f'victimcare init --data "{folder}" --office PB-LHR --admin USERNAME',
            self.tr("Command that sets up an office"))
        demo = QLabel(self.tr("To try VictimCare with made-up people first:"))
        demo.setWordWrap(True)
        self.demo_command = self._command(f'victimcare demo --data "{folder}"',
                                          self.tr("Command that makes a demo installation"))
        again = QLabel(self.tr("Then start VictimCare again."))
        close = QPushButton(self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * SPACING, 3 * SPACING, 3 * SPACING, 3 * SPACING)
        layout.setSpacing(SPACING)
        for widget in (heading, where, setup, self.init_command, demo, self.demo_command, again):
            layout.addWidget(widget)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        # Wide enough to show the whole command when the screen allows (it scrolls otherwise).
        needed = self.init_command.fontMetrics().horizontalAdvance(self.init_command.text())
        self.setMinimumWidth(min(max(80 * SPACING, needed + 8 * SPACING), 150 * SPACING))

    @staticmethod
    def _command(text: str, name: str) -> QLineEdit:
        """A command to copy: read-only, left-to-right, in a fixed-width font."""
        field = QLineEdit(text)
        field.setReadOnly(True)
        field.setAccessibleName(name)
        field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        field.setCursorPosition(0)
        return field


def create_window(ctx: AppContext, *, settings: QSettings | None = None,
                  idle_ms: int | None = None, languages: Languages | None = None) -> MainWindow:
    """The main window for a signed-in context (also what tests drive)."""
    window = MainWindow(ctx, settings=settings, idle_ms=idle_ms,
                        language=languages.current if languages else "en",
                        on_language=languages.set if languages else None)
    window.restore_geometry()
    return window


def run_gui(args: list[str]) -> int:
    options = _options(args)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANISATION)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    assert isinstance(app, QApplication)
    install_excepthook()
    apply_style(app)
    register_fonts()
    settings = ui_settings()
    languages = Languages(app, settings)
    languages.set(options.lang or str(settings.value("language", "en")))

    data_dir = (options.data or default_data_dir()).expanduser()
    if not InstallationPaths(data_dir).exists():
        NoInstallationDialog(data_dir).exec()
        return 1

    tasks = TaskRunner()
    ctx = AppContext(data_dir, tasks)
    remember = settings.value("remember_username", True, type=bool)
    login = LoginDialog(ctx, username=str(settings.value("last_username", "")) if remember
                        else "", language=languages.current, on_language=languages.set)
    if login.exec() != QDialog.DialogCode.Accepted or login.session is None:
        tasks.shutdown()
        return 0
    if remember:
        settings.setValue("last_username", login.session.username)
    ctx.set_session(login.session)
    window = create_window(ctx, settings=settings, languages=languages)
    window.show()
    try:
        return int(app.exec())
    finally:
        if ctx.signed_in:
            ctx.tasks.run_blocking(ctx.session.close)
        tasks.shutdown()
