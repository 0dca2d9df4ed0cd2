"""From the case file to a referral: refer a need, see it on the Referrals tab, print forms."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from factories import sample_families, sample_incident
from PySide6.QtWidgets import QApplication, QPushButton, QTableWidget, QTreeWidget

from victimcare.gui.case_view import CaseViewPage
from victimcare.gui.context import AppContext
from victimcare.gui.tasks import TaskRunner
from victimcare.services import care, directory, incidents, referrals
from victimcare.services.session import Session

HOSPITAL = {"name_en": "Mayo Hospital Lahore", "provider_type": "health",
            "districts": ["PB-LHR"], "focal_person": "Dr Sana Javed", "languages": ["en"]}


@pytest.fixture
def case_with_need(login: Callable[[str], Session]) -> str:
    cw = login("cw")
    case_id = incidents.register_incident(cw, sample_incident(), sample_families()).case_ids[0]
    care.record_needs(cw, case_id, [{"domain": "ongoing_medical", "severity": "high"}])
    directory.add_provider(login("sup"), HOSPITAL, [{"service_type": "medical_ongoing"}])
    return case_id


def _page(qtbot, installation: Path, session: Session, case_id: str) -> CaseViewPage:
    ctx = AppContext(installation, TaskRunner(synchronous=True))
    ctx.set_session(session)
    page = CaseViewPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.load(case_id)
    return page


def _top_dialog(name: str):
    for w in QApplication.topLevelWidgets():
        if w.objectName() == name and w.isVisible():
            return w
    raise AssertionError(f"no open {name}")


def test_a_case_worker_refers_a_need_and_sees_it_on_the_referrals_tab(
        qtbot, installation, login, case_with_need):
    cw = login("cw")
    page = _page(qtbot, installation, cw, case_with_need)
    page.tabs.setCurrentWidget(page.needs)
    tree = page.needs.findChild(QTreeWidget, "needsTree")
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    refer = page.needs.findChild(QPushButton, "referNeedButton")
    assert refer.isVisible() and refer.isEnabled()

    refer.click()
    dialog = _top_dialog("referralDraftDialog")
    assert dialog.provider.currentText().startswith("Mayo Hospital Lahore")
    dialog.reason.setPlainText("Needs physiotherapy for a leg wound.")
    dialog.findChild(QPushButton, "okButton").click()
    qtbot.waitUntil(lambda: not dialog.isVisible())

    [row] = referrals.list_referrals(cw, case_id=case_with_need)
    assert (row.provider_name, row.status) == ("Mayo Hospital Lahore", "submitted")
    table = page.referrals.findChild(QTableWidget, "caseReferralsTable")
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    assert table.item(0, 0).text() == "Mayo Hospital Lahore"
    assert table.item(0, 3).text() == "Submitted"


def test_only_those_who_may_read_restricted_content_see_the_case_summary(
        qtbot, installation, login, case_with_need):
    worker = _page(qtbot, installation, login("cw"), case_with_need)
    assert not worker.summary_button.isVisible()
    supervisor = _page(qtbot, installation, login("sup"), case_with_need)
    assert supervisor.summary_button.isVisible()

    supervisor.summary_button.click()
    preview = _top_dialog("caseSummaryPreview")
    qtbot.waitUntil(lambda: preview.document_bytes is not None
                    if hasattr(preview, "document_bytes") else True)
    preview.close()


def test_a_blank_consent_form_is_offered_for_the_principal(
        qtbot, installation, login, case_with_need):
    page = _page(qtbot, installation, login("cw"), case_with_need)
    page.tabs.setCurrentWidget(page.consent)
    button = page.consent.findChild(QPushButton, "printConsentFormButton")
    assert button.isVisible()
    button.click()
    preview = _top_dialog("consentFormPreview")
    assert preview.isVisible()
    preview.close()
