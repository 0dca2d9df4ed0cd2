"""The main window: navigation by role, search, the case list, home, incidents, shortcuts."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import sample_families, sample_incident
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from victimcare.gui.app import NoInstallationDialog, create_window
from victimcare.gui.context import AppContext
from victimcare.gui.crash import CrashDialog, crash_report
from victimcare.gui.models.case_table import CaseTableModel
from victimcare.gui.tasks import TaskRunner
from victimcare.services import care, cases, incidents

NAMES = ("Muhammad", "Aslam", "محمد", "Naseem", "Ayesha", "عائشہ")


@pytest.fixture
def ctx(installation, qapp):
    context = AppContext(installation, TaskRunner(synchronous=True))
    yield context
    if context.signed_in:
        context.session.close()


@pytest.fixture
def window_for(ctx, login, qtbot):
    """window_for("cw") → the main window of that user, shown and active."""

    def _open(username: str):
        ctx.set_session(login(username))
        window = create_window(ctx)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return _open


@pytest.fixture
def registered(login):
    return incidents.register_incident(login("cw"), sample_incident(), sample_families())


def _nav_entries(window) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_a_case_worker_sees_the_casework_pages_only(window_for):
    window = window_for("cw")
    assert _nav_entries(window) == ["Home", "Cases", "Incidents", "Referrals", "Directory"]
    assert window.current_key() == "home"
    assert window.windowTitle() == "VictimCare — My work"
    assert window.office_label.text() == "Office: Lahore"
    assert window.user_label.text() == "User cw (case worker)"
    assert window.lock_label.text() == "Unlocked · Ctrl+L locks"


def test_an_administrator_has_no_casework_pages(window_for):
    window = window_for("admin")
    assert _nav_entries(window) == ["Home", "Sync"]
    assert not window.search.isVisible()
    assert window.pages["home"].no_casework.isVisible()


def test_search_finds_a_case_by_its_urdu_name_and_opens_it(window_for, registered, qtbot):
    window = window_for("cw")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search

    typed = QInputMethodEvent()  # how an Urdu keyboard delivers its letters
    typed.setCommitString("عائشہ")
    QApplication.sendEvent(window.search, typed)
    results = window.search.results
    qtbot.waitUntil(results.isVisible, timeout=2000)
    first = results.item(0).text()
    assert registered.case_numbers[1] in first and "Ayesha Khan" in first and "Lahore" in first

    qtbot.keyClick(window.search, Qt.Key.Key_Return)

    assert window.current_key() == "case"
    assert not results.isVisible() and window.search.text() == ""
    assert not any(name in window.windowTitle() for name in NAMES)


def test_an_answer_to_an_older_search_text_is_dropped(window_for, registered, qtbot):
    window = window_for("cw")
    box = window.search
    box.setText("Ayesha")
    stale = box._generation
    box.setText("Aslam")
    found = cases.find(window.ctx.session, "Ayesha")

    box._show(stale, found)  # the slow answer arrives after the user typed on

    assert not box.results.isVisible()


def test_the_title_never_names_the_victim_of_an_opened_case(window_for, registered):
    window = window_for("cw")
    for case_id in registered.case_ids:
        window.ctx.open_case_requested.emit(case_id)
        assert window.current_key() == "case"
        assert not any(name in window.windowTitle() for name in NAMES)


def test_the_case_list_shows_sorts_and_filters(window_for, registered, login, qtbot):
    cases.update_case(login("cw"), registered.case_ids[0], {"status": "on_hold"})
    window = window_for("cw")
    window.show_page("cases")
    page = window.pages["cases"]
    table, model = page.table, page.model
    assert model.rowCount() == 2
    assert page.total.text() == "2 cases"
    names = {model.index(r, CaseTableModel.COL_NAME).data() for r in range(2)}
    assert names == {"Muhammad Aslam", "Ayesha Khan"}

    header = table.horizontalHeader()
    number_header = QPoint(header.sectionViewportPosition(CaseTableModel.COL_NUMBER) + 10, 10)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=number_header)
    numbers = [model.index(r, CaseTableModel.COL_NUMBER).data() for r in range(2)]
    assert model.query.sort == "case_number"
    assert numbers == sorted(numbers, reverse=model.query.descending)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=number_header)
    assert [model.index(r, 0).data() for r in range(2)] == numbers[::-1]

    page.status.setCurrentIndex(page.status.findText("On hold"))

    assert model.rowCount() == 1
    assert model.index(0, CaseTableModel.COL_NUMBER).data() == registered.case_numbers[0]
    assert model.index(0, CaseTableModel.COL_STATUS).data() == "On hold"
    assert page.total.text() == "1 case"

    page.status.setCurrentIndex(page.status.findText("Closed"))
    assert model.rowCount() == 0 and page.empty.isVisible()


def test_the_case_list_search_stays_responsive_and_filters(window_for, registered, qtbot):
    window = window_for("cw")
    window.show_page("cases")
    page = window.pages["cases"]
    qtbot.keyClicks(page.search, "Ayesha")
    assert page.model.rowCount() == 2  # nothing asked yet: the typing goes on undisturbed
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.index(0, CaseTableModel.COL_NAME).data() == "Ayesha Khan"


def test_enter_on_a_case_row_opens_the_case(window_for, registered):
    window = window_for("cw")
    window.show_page("cases")
    page = window.pages["cases"]
    page.table.activated.emit(page.model.index(0, 0))
    assert window.current_key() == "case"


def test_home_lists_an_overdue_follow_up_with_a_word_not_only_a_colour(window_for, registered,
                                                                       login):
    cw = login("cw")
    three_days_ago = (dt.date.today() - dt.timedelta(days=3)).isoformat()
    care.add_follow_up(cw, registered.case_ids[0], three_days_ago, "call")
    care.add_follow_up(cw, registered.case_ids[1], dt.date.today().isoformat(), "visit")
    window = window_for("cw")
    home = window.pages["home"]

    rows = home.section_rows("followUps")
    assert rows[0][0].startswith("Overdue since ") and rows[0][1] == "Phone call"
    assert rows[0][2] == registered.case_numbers[0]
    assert rows[1][0] == "Due today"
    assert home.section_rows("reviewsDue") == [] and home.reviews.empty.isVisible()

    item = home.follow_ups.tree.topLevelItem(0)
    home.follow_ups.tree.itemActivated.emit(item, 0)
    assert window.current_key() == "case"


def test_home_refreshes_after_a_write(window_for, registered, login):
    window = window_for("cw")
    home = window.pages["home"]
    assert home.section_rows("followUps") == []

    care.add_follow_up(login("cw"), registered.case_ids[0], dt.date.today().isoformat(), "call")
    window.ctx.data_changed.emit(registered.case_ids[0])

    assert home.section_rows("followUps")[0][0] == "Due today"


def test_a_supervisor_sees_how_many_ratings_wait_for_review(window_for, registered, login):
    care.assess_risk(login("cw"), registered.case_ids[0], "high", rationale="Threat calls")
    window = window_for("sup")
    home = window.pages["home"]
    assert home.pending.isVisible()
    assert home.pending.text() == "1 risk rating waits for a supervisor's review."
    assert home.section_rows("highRisk")[0][0] == registered.case_numbers[0]


def test_incidents_list_counts_cases_and_people_and_opens_its_cases(window_for, registered):
    window = window_for("cw")
    window.show_page("incidents")
    page = window.pages["incidents"]
    model = page.model
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == ["14 Mar 2026", "Lahore", "Market / bazaar", "2", "3", "Bombing / explosion"]

    page.table.activated.emit(model.index(0, 0))

    assert window.current_key() == "cases"
    assert window.pages["cases"].incident.currentData() == registered.incident_id
    assert window.pages["cases"].model.rowCount() == 2


def test_ctrl_n_opens_incident_registration_for_those_who_may(window_for, qtbot):
    window = window_for("cw")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "register"
    assert window.windowTitle() == "VictimCare — Register incident"
    assert window.nav.currentItem().text() == "Incidents"


def test_a_coordinator_cannot_open_incident_registration(window_for, qtbot):
    window = window_for("coord")
    window.show_page("incidents")
    assert not window.pages["incidents"].register.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() != "register"


def test_leaving_a_page_with_unsaved_changes_asks_first(window_for, monkeypatch):
    window = window_for("cw")
    window.show_page("register")
    page = window.pages["register"]
    monkeypatch.setattr(page, "has_unsaved_changes", lambda: True)
    asked = []
    monkeypatch.setattr(window, "ask_leave", lambda: asked.append(1) or False)

    assert not window.show_page("home")
    assert window.current_key() == "register" and asked == [1]
    assert window.nav.currentItem().text() == "Incidents"

    monkeypatch.setattr(window, "ask_leave", lambda: True)
    assert window.show_page("home")


def test_without_an_installation_the_user_is_told_how_to_make_one(tmp_path, qtbot):
    folder = tmp_path / "nothing-here"
    dialog = NoInstallationDialog(folder)
    qtbot.addWidget(dialog)
    assert dialog.init_command.text().startswith(f'victimcare init --data "{folder}"')
    assert dialog.demo_command.text() == f'victimcare demo --data "{folder}"'
    assert dialog.init_command.isReadOnly()


def test_a_crash_report_holds_no_personal_data(qtbot):
    try:
        raise ValueError("Muhammad Aslam 35202-1234567-1")
    except ValueError as error:
        report = crash_report(error)
    assert "ValueError" in report and "test_main_window.py" in report
    assert "Aslam" not in report and "35202" not in report

    dialog = CrashDialog(report)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == report


def test_the_dashboard_catches_up_in_the_background(window_for, login, qtbot, monkeypatch):
    """Cases changed since the last dashboard get their facts in small background steps
    after sign-in, so the supervisor's Reports page has nothing left to do when opened."""
    from victimcare.gui import main_window
    from victimcare.services import reports
    from victimcare.store import report_facts

    for _ in range(3):
        incidents.register_incident(login("cw"), sample_incident(), sample_families())
    sup = login("sup")
    waiting = sup.db.scalar("SELECT count(*) FROM report_dirty")
    assert waiting >= 6
    monkeypatch.setattr(reports, "CATCH_UP_CASES", 2)
    monkeypatch.setattr(main_window, "CATCH_UP_PAUSE_MS", 10)
    steps: list[bool] = []
    monkeypatch.setattr(reports, "catch_up", _counted(reports.catch_up, steps))
    window = window_for("sup")
    qtbot.waitUntil(lambda: not report_facts.stale(window.ctx.session.db), timeout=5000)
    assert len(steps) >= waiting // 2 and steps[-1] is False


def test_quiet_upkeep_does_not_show_as_busy(qtbot):
    runner = TaskRunner()
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    done: list[int] = []
    runner.run(lambda: 1, on_done=done.append, quiet=True)
    qtbot.waitUntil(lambda: done == [1])
    assert busy == [] and not runner.busy
    runner.run(lambda: 2, on_done=done.append)
    qtbot.waitUntil(lambda: done == [1, 2])
    assert busy == [True, False]
    runner.shutdown()


def _counted(fn, results: list):
    def wrapped(*args, **kwargs):
        results.append(fn(*args, **kwargs))
        return results[-1]
    return wrapped
