"""Screenshots of the login, home and case list screens with demo data, at 1366×768.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py
    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/make_screenshots.py

Under Xvfb the whole screen is captured (a real window with its frame-less X11 surface);
offscreen, each window is grabbed. The demo installation lives in a temp folder and is deleted.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from victimcare.gui.app import Languages, create_window, guard_pyside_refcounts
from victimcare.gui.context import AppContext
from victimcare.gui.fonts import register_fonts
from victimcare.gui.login import LoginDialog
from victimcare.gui.style import apply_style
from victimcare.gui.tasks import TaskRunner
from victimcare.services.demo import DEMO_PASSWORD, create_demo
from victimcare.services.installation import sign_in
from victimcare.store.keyslots import FAST_KDF

OUT = Path(__file__).resolve().parent
SIZE = (1366, 768)


def _settle(app: QApplication, ms: int = 150) -> None:
    """Let layouts, fonts and the window manager finish before a grab."""
    loop_done = []
    QTimer.singleShot(ms, lambda: loop_done.append(True))
    while not loop_done:
        app.processEvents()


def _save(app: QApplication, widget: QWidget, name: str) -> None:
    _settle(app)
    if QGuiApplication.platformName() == "xcb":
        image = QGuiApplication.primaryScreen().grabWindow(0)
    else:
        image = widget.grab()
    image.save(str(OUT / name))
    print(f"{name}: {image.width()}×{image.height()}")


def main() -> int:
    guard_pyside_refcounts()
    QCoreApplication.setOrganizationName("VictimCare-screenshots")
    QCoreApplication.setApplicationName("VictimCare-screenshots")
    app = QApplication(sys.argv[:1])
    apply_style(app)
    register_fonts()
    languages = Languages(app)
    languages.set("en")
    with tempfile.TemporaryDirectory() as tmp:
        settings_dir = Path(tmp) / "settings"
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(settings_dir))
        data = Path(tmp) / "demo"
        create_demo(data, cases=60, kdf=FAST_KDF)
        ctx = AppContext(data, TaskRunner(synchronous=True))

        login = LoginDialog(ctx, username="amina", language="en")
        login.form.password.setText("demo-password")  # shows as dots; makes the button live
        if QGuiApplication.platformName() == "xcb":
            backdrop = QWidget()
            backdrop.setGeometry(0, 0, *SIZE)
            backdrop.show()
        login.show()
        login.move((SIZE[0] - login.width()) // 2, (SIZE[1] - login.height()) // 3)
        login.form.password.deselect()
        _save(app, login, "login.png")
        login.close()

        ctx.set_session(sign_in(data, "amina", DEMO_PASSWORD))
        window = create_window(ctx)
        window.setGeometry(0, 0, *SIZE)
        window.show()
        window.resize(*SIZE)
        _save(app, window, "home.png")
        window.show_page("cases")
        _save(app, window, "case_list.png")
        window.show_page("incidents")
        _save(app, window, "incidents.png")
        window.lock()
        _save(app, window, "locked.png")
        window.close()
        ctx.tasks.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
