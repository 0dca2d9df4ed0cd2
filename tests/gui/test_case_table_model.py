"""The paged table models over a real installation: Qt's model tester, pages, sort, roles."""

from __future__ import annotations

import pytest
from factories import sample_incident
from PySide6.QtCore import Qt

from victimcare.gui.context import AppContext
from victimcare.gui.models import ID_ROLE
from victimcare.gui.models.case_table import CaseTableModel
from victimcare.gui.models.incident_table import IncidentTableModel
from victimcare.gui.tasks import TaskRunner
from victimcare.services import care, cases, incidents

CASES = 250


def _families(count: int) -> list[dict[str, object]]:
    return [{"members": [{"given_name": f"Person{i:03d}", "family_name": "Test",
                          "name_ur": "فرد", "sex": "female" if i % 2 else "male",
                          "age_estimate": 20 + i % 50, "victim_category": "direct_injured"}]}
            for i in range(count)]


@pytest.fixture
def ctx(installation, login, qapp):
    """A case worker's context over an installation holding 250 cases of two incidents."""
    cw = login("cw")
    first = incidents.register_incident(cw, sample_incident(), _families(CASES - 50))
    incidents.register_incident(cw, sample_incident(occurred_on="2026-04-02",
                                                    district="PB-RWP"), _families(50))
    care.assess_risk(cw, first.case_ids[0], "high", rationale="Threat calls")
    cases.update_case(cw, first.case_ids[1], {"status": "on_hold"})
    context = AppContext(installation, TaskRunner(synchronous=True))
    context.set_session(cw)
    return context


def test_case_model_passes_qt_model_tester(ctx, qtmodeltester):
    model = CaseTableModel(ctx)
    model.reload()
    qtmodeltester.check(model, force_py=True)


def test_incident_model_passes_qt_model_tester(ctx, qtmodeltester):
    model = IncidentTableModel(ctx)
    model.reload()
    qtmodeltester.check(model, force_py=True)


def test_rows_arrive_a_page_at_a_time(ctx):
    model = CaseTableModel(ctx)
    model.reload()
    assert model.rowCount() == 100 and model.total == CASES
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == CASES
    assert not model.canFetchMore()
    ids = {model.index(r, 0).data(ID_ROLE) for r in range(CASES)}
    assert len(ids) == CASES  # no page twice, none skipped


def test_sorting_asks_the_database_again(ctx):
    model = CaseTableModel(ctx)
    model.reload()
    model.sort(CaseTableModel.COL_NUMBER, Qt.SortOrder.AscendingOrder)
    assert model.index(0, CaseTableModel.COL_NUMBER).data().endswith("-00001")
    assert model.rowCount() == 100  # a fresh first page, not everything
    model.sort(CaseTableModel.COL_NUMBER, Qt.SortOrder.DescendingOrder)
    assert model.index(0, CaseTableModel.COL_NUMBER).data().endswith(f"-{CASES:05d}")


def test_an_unsortable_column_leaves_the_order_alone(ctx):
    model = CaseTableModel(ctx)
    model.reload()
    before = model.query
    model.sort(CaseTableModel.COL_NAME_UR, Qt.SortOrder.AscendingOrder)
    assert model.query == before


def test_filters_and_risk_shown_as_a_word_with_a_mark(ctx):
    model = CaseTableModel(ctx)
    model.set_query(cases.CaseQuery(risk_level="high"))
    assert model.rowCount() == 1 and model.total == 1
    risk = model.index(0, CaseTableModel.COL_RISK)
    assert risk.data() == "High"
    assert not risk.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert risk.data(Qt.ItemDataRole.AccessibleTextRole) == "Risk: High"

    model.set_query(cases.CaseQuery(status="on_hold"))
    assert model.rowCount() == 1
    assert model.index(0, CaseTableModel.COL_STATUS).data() == "On hold"

    model.set_query(cases.CaseQuery(district="PB-RWP"))
    assert model.total == 50
    assert model.index(0, CaseTableModel.COL_DISTRICT).data() == "Rawalpindi"


def test_a_late_page_of_an_old_query_is_dropped(ctx):
    model = CaseTableModel(ctx)
    model.reload()
    old_generation = model._generation
    model.set_query(cases.CaseQuery(risk_level="high"))
    late = cases.list_cases(ctx.session, cases.CaseQuery(), 100, 100)

    model._arrived(old_generation, late)

    assert model.rowCount() == 1


def test_a_locked_session_stops_fetching_quietly(ctx):
    model = CaseTableModel(ctx)
    model.reload()
    ctx.session.close()
    assert not model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 100


def test_incident_rows_count_visible_cases_and_people(ctx):
    model = IncidentTableModel(ctx)
    model.reload()
    assert model.rowCount() == 2 and model.total == 2
    newest = [model.index(0, c).data() for c in range(model.columnCount())]
    assert newest[:5] == ["2 Apr 2026", "Rawalpindi", "Market / bazaar", "50", "50"]
