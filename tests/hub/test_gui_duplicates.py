"""A coordinator at the hub compares two people on the Duplicates page, merges them, sees the
merge listed, undoes it, and tells the page that another pair are two people."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sync.synclib import HUB, Net, build_network, sample_incident

from victimcare.gui.context import AppContext
from victimcare.gui.pages.duplicates import DuplicatesPage
from victimcare.gui.tasks import TaskRunner
from victimcare.services import incidents

LHR, PEW = "PB-LHR", "KP-PEW"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("dupgui") / "net"
    build_network(root)
    return root


@pytest.fixture
def net(template: Path, tmp_path: Path) -> Iterator[Net]:
    shutil.copytree(template, tmp_path / "net")
    n = Net(tmp_path / "net")
    yield n
    n.close()


def _register(net: Net) -> tuple[str, str]:
    """One man registered at Lahore and, with other spellings, at Peshawar; and two different
    women called Naseem Bibi with one father's name, at the two offices."""
    lhr = incidents.register_incident(net.cw(LHR), sample_incident(LHR), [
        {"members": [{"given_name": "Muhammad", "family_name": "Aslam", "name_ur": "محمد اسلم",
                      "guardian_name": "Ghulam Rasool", "guardian_relation": "s_o",
                      "sex": "male", "age_estimate": 42, "cnic": "35202-1234567-1",
                      "mobile": "0300-1234567", "victim_category": "direct_injured"}]},
        {"members": [{"given_name": "Naseem", "family_name": "Bibi", "guardian_name": "Nazir",
                      "guardian_relation": "d_o", "sex": "female", "age_estimate": 30,
                      "victim_category": "direct_injured"}]}])
    pew = incidents.register_incident(net.cw(PEW), sample_incident(PEW), [
        {"members": [{"given_name": "Mohd", "family_name": "Aslam", "name_ur": "محمد اسلم",
                      "guardian_name": "Gulam Rasul", "guardian_relation": "s_o",
                      "sex": "male", "age_estimate": 43, "cnic": "35202-1234567-1",
                      "victim_category": "direct_injured"}]},
        {"members": [{"given_name": "Naseem", "guardian_name": "Nazeer",
                      "guardian_relation": "d_o", "sex": "female", "age_estimate": 31,
                      "victim_category": "direct_injured"}]}])
    for office in (LHR, PEW):
        net.imp(HUB, net.export(office))
    return lhr.person_ids[0], pew.person_ids[0]


def _page(qtbot, net: Net) -> DuplicatesPage:
    ctx = AppContext(Path(net.s(HUB).paths.data_dir), tasks=TaskRunner(synchronous=True))
    ctx.set_session(net.s(HUB))
    page = DuplicatesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.refresh_now()
    return page


def _row_of(page: DuplicatesPage, text: str) -> int:
    for i in range(page.tree.topLevelItemCount()):
        item = page.tree.topLevelItem(i)
        if text in item.text(1) + item.text(2):
            return i
    raise AssertionError(text)


def test_a_coordinator_merges_a_duplicate_pair_and_undoes_it(qtbot, net: Net) -> None:
    aslam_lhr, aslam_pew = _register(net)
    page = _page(qtbot, net)
    assert page.tree.topLevelItemCount() == 2
    assert page.count.text() == "Pairs to decide: 2"

    page.tree.setCurrentItem(page.tree.topLevelItem(_row_of(page, "Mohd Aslam")))
    pair = page.selected()
    assert pair is not None and {pair.a.id, pair.b.id} == {aslam_lhr, aslam_pew}
    # Side by side: both names in both scripts, the offices, and the reasons in words.
    cells = [[page.comparison.item(r, c).text() for c in range(2)]
             for r in range(page.comparison.rowCount())]
    assert {cells[0][0], cells[0][1]} == {"Muhammad Aslam", "Mohd Aslam"}
    assert cells[1] == ["محمد اسلم", "محمد اسلم"] and page.comparison.item(1, 0).font().bold()
    assert set(cells[10]) == {LHR, PEW}                    # registered by
    assert cells[6] == ["35202-1234567-1"] * 2              # CNIC
    assert "Same CNIC" in page.reasons.text() and "Names alike" in page.reasons.text()

    asked: list[str] = []
    page.confirm = lambda text: asked.append(text) or True
    first_is_lahore = pair.a.id == aslam_lhr
    button = page.keep_first_button if first_is_lahore else page.keep_second_button
    qtbot.mouseClick(button, LEFT)
    assert asked and "Muhammad Aslam" in asked[0]
    assert "Merged." in page.status.text()
    assert page.tree.topLevelItemCount() == 1
    assert net.s(HUB).db.scalar("SELECT merged_into FROM person WHERE id = ?",
                                (aslam_pew,)) == aslam_lhr
    assert page.tabs.tabText(1) == "Merged (1)"
    merged = page.merged_tree.topLevelItem(0)
    assert "Muhammad Aslam" in merged.text(0) and "Mohd Aslam" in merged.text(1)
    assert merged.text(2) == "Hub Coordinator"

    page.tabs.setCurrentIndex(1)
    page.merged_tree.setCurrentItem(merged)
    qtbot.mouseClick(page.undo_button, LEFT)
    assert "Merge undone" in page.status.text()
    assert page.merged_tree.topLevelItemCount() == 0
    assert page.tree.topLevelItemCount() == 2
    assert net.s(HUB).db.scalar("SELECT merged_into FROM person WHERE id = ?",
                                (aslam_pew,)) is None


def test_two_people_are_marked_distinct_and_a_rescan_leaves_them(qtbot, net: Net) -> None:
    _register(net)
    page = _page(qtbot, net)
    page.tree.setCurrentItem(page.tree.topLevelItem(_row_of(page, "Naseem")))
    cancelled: list[str] = []
    page.confirm = lambda text: cancelled.append(text) and False
    qtbot.mouseClick(page.keep_first_button, LEFT)      # asked, and the answer was no
    assert page.tree.topLevelItemCount() == 2
    qtbot.mouseClick(page.distinct_button, LEFT)
    assert "will not be suggested again" in page.status.text()
    assert page.tree.topLevelItemCount() == 1
    qtbot.mouseClick(page.scan_button, LEFT)
    assert "Looked at" in page.status.text()
    assert page.tree.topLevelItemCount() == 1
    assert all("Naseem" not in page.tree.topLevelItem(i).text(1)
               for i in range(page.tree.topLevelItemCount()))


def test_a_case_worker_is_told_who_reviews_duplicates(qtbot, net: Net) -> None:
    ctx = AppContext(Path(net.cw(LHR).paths.data_dir), tasks=TaskRunner(synchronous=True))
    ctx.set_session(net.cw(LHR))
    page = DuplicatesPage(ctx)
    qtbot.addWidget(page)
    page.refresh_now()
    assert "coordinator" in page.count.text()
    assert not page.scan_button.isEnabled() and not page.keep_first_button.isEnabled()
