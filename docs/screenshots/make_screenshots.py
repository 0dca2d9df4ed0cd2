"""Screenshots of the main screens with demo data, at 1366×768, in English or Urdu.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py [--lang ur]
    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/make_screenshots.py [--lang ur]

English writes login.png, home.png, …; Urdu writes login_ur.png, home_ur.png, … with the
layout mirrored. Urdu needs the built translations: `python packaging/i18n.py release` first.
Under Xvfb the whole screen is captured (a real window with its frame-less X11 surface);
offscreen, each window is grabbed. The demo installation lives in a temp folder and is deleted.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from victimcare.gui.app import Languages, create_window, translations_dir
from victimcare.gui.context import AppContext
from victimcare.gui.fonts import register_fonts
from victimcare.gui.login import LoginDialog
from victimcare.gui.main_window import MainWindow
from victimcare.gui.style import apply_style
from victimcare.gui.tasks import TaskRunner
from victimcare.services import casefile, cases
from victimcare.services.demo import DEMO_PASSWORD, create_demo
from victimcare.services.installation import sign_in
from victimcare.services.session import Session
from victimcare.store.keyslots import FAST_KDF

OUT = Path(__file__).resolve().parent
SIZE = (1366, 768)


def _settle(app: QApplication, ms: int = 150) -> None:
    """Let layouts, fonts and the window manager finish before a grab."""
    loop_done = []
    QTimer.singleShot(ms, lambda: loop_done.append(True))
    while not loop_done:
        app.processEvents()


def _save(app: QApplication, widget: QWidget, name: str, lang: str, ms: int = 150) -> None:
    _settle(app, ms)
    if QGuiApplication.platformName() == "xcb":
        image = QGuiApplication.primaryScreen().grabWindow(0)
    else:
        image = widget.grab()
    file_name = name if lang == "en" else f"{name}_{lang}"
    image.save(str(OUT / f"{file_name}.png"))
    print(f"{file_name}.png: {image.width()}×{image.height()}")


def _biggest_family(session: Session) -> str:
    """The case with the most people among the recent ones: the fullest case view."""
    rows = cases.list_cases(session, cases.CaseQuery(), limit=30)
    return max(rows, key=lambda r: (len(casefile.get_case(session, r.id).members),
                                    r.case_number)).id


def _signed_in(ctx: AppContext, languages: Languages,
               username: str) -> tuple[Session, MainWindow]:
    """The main window of a demo user, at the screenshot size."""
    session = sign_in(ctx.data_dir, username, DEMO_PASSWORD)
    ctx.set_session(session)
    window = create_window(ctx, languages=languages)
    window.setGeometry(0, 0, *SIZE)
    window.show()
    window.resize(*SIZE)
    return session, window


def main(args: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "ur"), default="en")
    lang = parser.parse_args(args).lang
    if lang != "en" and not (translations_dir() / f"victimcare_{lang}.qm").exists():
        raise SystemExit("build the translations first: python packaging/i18n.py release")
    QCoreApplication.setOrganizationName("VictimCare-screenshots")
    QCoreApplication.setApplicationName("VictimCare-screenshots")
    app = QApplication(sys.argv[:1])
    apply_style(app)
    register_fonts()
    languages = Languages(app)
    languages.set(lang)
    with tempfile.TemporaryDirectory() as tmp:
        settings_dir = Path(tmp) / "settings"
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(settings_dir))
        data = Path(tmp) / "demo"
        create_demo(data, cases=60, kdf=FAST_KDF)
        ctx = AppContext(data, TaskRunner(synchronous=True))

        login = LoginDialog(ctx, username="amina", language=lang)
        login.form.password.setText("demo-password")  # shows as dots; makes the button live
        if QGuiApplication.platformName() == "xcb":
            backdrop = QWidget()
            backdrop.setGeometry(0, 0, *SIZE)
            backdrop.show()
        login.show()
        login.move((SIZE[0] - login.width()) // 2, (SIZE[1] - login.height()) // 3)
        login.form.password.deselect()
        _save(app, login, "login", lang)
        login.close()

        session, window = _signed_in(ctx, languages, "amina")
        _save(app, window, "home", lang)
        window.show_page("cases")
        _save(app, window, "case_list", lang)
        window.show_page("incidents")
        _save(app, window, "incidents", lang)
        window.open_case(_biggest_family(session))
        window.pages["case"].tabs.setCurrentIndex(1)  # people and family
        _save(app, window, "case_view", lang)
        window.lock()
        _save(app, window, "locked", lang)
        window.close()
        session.close()

        # The supervisor's dashboard of the office, over all its years of casework.
        session, window = _signed_in(ctx, languages, "tariq")
        window.show_page("reports")
        window.pages["reports"].choose_period("all")
        _save(app, window, "reports", lang, ms=600)
        window.close()
        session.close()
        ctx.tasks.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
