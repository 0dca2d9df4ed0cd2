"""A coordinator at the hub opens Reports, picks the first quarter and an area, reads the
tables as they will be exported, and saves the quarterly PDF report."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from factories import PASSWORD
from hub.test_reports import Seeded, seed_hub
from PySide6.QtCore import Qt

from victimcare.gui.context import AppContext
from victimcare.gui.pages.reports import ReportsPage, StatsTableModel
from victimcare.gui.tasks import TaskRunner
from victimcare.services.installation import sign_in
from victimcare.services.session import Session


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Seeded]:
    data_dir = tmp_path_factory.mktemp("gui-reports") / "hub"
    return data_dir, seed_hub(data_dir)


@pytest.fixture
def page_for(qtbot, hub: tuple[Path, Seeded]) -> Iterator:  # type: ignore[no-untyped-def]
    sessions: list[Session] = []

    def _open(username: str) -> ReportsPage:
        session = sign_in(hub[0], username, PASSWORD)
        sessions.append(session)
        ctx = AppContext(hub[0], tasks=TaskRunner(synchronous=True))
        ctx.set_session(session)
        page = ReportsPage(ctx)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        qtbot.waitExposed(page)
        return page

    yield _open
    for s in sessions:
        s.close()


def _bars(page: ReportsPage, box_name: str) -> dict[str, float]:
    """Category → value of the first bar set of a chart, as drawn."""
    box = getattr(page, box_name)
    series = box.chart.series()[0]
    axis = next(a for a in box.chart.axes() if hasattr(a, "categories"))
    values = [series.barSets()[0].at(i) for i in range(series.barSets()[0].count())]
    return dict(zip(axis.categories(), values, strict=True))


def test_coordinator_reads_the_quarter_and_exports_the_pdf(page_for, qtbot,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path) -> None:
    page = page_for("coord")
    # Opened on the current quarter, after the seeded cases: nothing to count, nothing broken.
    assert "0" in page.figures.text()
    assert page.scope.text() == "Every office's cases"

    page.set_quarter(2026, 1)
    assert page.start.date().toString(Qt.DateFormat.ISODate) == "2026-01-01"
    assert page.end.date().toString(Qt.DateFormat.ISODate) == "2026-03-31"
    assert "25" in page.figures.text() and "victims" in page.figures.text()
    assert _bars(page, "victims_chart") == {"Khyber Pakhtunkhwa": 17.0, "Punjab": 7.0,
                                            "Not recorded": 1.0}

    page.province.setCurrentIndex(page.province.findData("KP"))
    assert page.district.isEnabled() and page.district.findData("KP-PEW") > 0
    assert _bars(page, "victims_chart") == {"Peshawar": 17.0}
    page.victims_by.setCurrentIndex(page.victims_by.findData("victims_by_age"))
    ages = _bars(page, "victims_chart")
    assert (ages["30–44"], ages["5–11"], ages["18–29"]) == (12.0, 4.0, 0.0)

    # The tables as the export will show them: the single transgender victim is hidden.
    page.province.setCurrentIndex(0)
    page.tabs.setCurrentIndex(1)
    assert page.table_choice.currentData() == "victims_by_area"
    model = page.model
    headers = [model.headerData(j, Qt.Orientation.Horizontal) for j in
               range(model.columnCount())]
    assert headers[-1] == "Total" and "Transgender (khwaja sira)" in headers
    kp = [model.headerData(i, Qt.Orientation.Vertical)
          for i in range(model.rowCount())].index("Khyber Pakhtunkhwa")
    cell = model.index(kp, headers.index("Transgender (khwaja sira)"))
    assert model.data(cell) == "<5"
    assert "too small to show" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert "<5" in page.table_note.text()

    page.choose_path = lambda fmt, suggested: tmp_path / suggested
    before = page.ctx.session.db.scalar(
        "SELECT count(*) FROM audit_event WHERE action = 'report.export'")
    page.export_actions["pdf"].trigger()
    saved = tmp_path / "victimcare-statistics-2026-Q1-all-areas.pdf"
    qtbot.waitUntil(saved.exists)
    assert "Saved victimcare-statistics-2026-Q1-all-areas.pdf" in page.status.text()
    assert page.export_button.isEnabled()
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(
        io.BytesIO(saved.read_bytes())).pages)
    assert "2026-01-01 to 2026-03-31" in text and "Victims by area and sex" in text
    assert "Zarghuna" not in text
    assert page.ctx.session.db.scalar(
        "SELECT count(*) FROM audit_event WHERE action = 'report.export'") == before + 1


def test_a_case_worker_is_told_reports_are_not_theirs(page_for) -> None:  # type: ignore[no-untyped-def]
    page = page_for("cw")
    assert page.status.text()  # the permission message, not a crash
    assert page.dashboard is None


def test_the_table_model_passes_qt_checks(page_for, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page = page_for("coord")
    page.choose_period("all")
    page.tabs.setCurrentIndex(1)
    for i in range(page.table_choice.count()):
        page.table_choice.setCurrentIndex(i)
        qtmodeltester.check(page.model)
    qtmodeltester.check(StatsTableModel())
