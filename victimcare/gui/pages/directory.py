"""The service directory: providers by name, type and district, stale entries marked, and a
supervisor's (or hub coordinator's) "checked today"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from victimcare.domain import reference
from victimcare.domain.permissions import Action
from victimcare.gui.context import AppContext
from victimcare.gui.messages import describe
from victimcare.gui.pages import Page, heading, hint
from victimcare.gui.style import format_date, mark_icon
from victimcare.gui.widgets.choices import ChoiceCombo
from victimcare.services import directory
from victimcare.services.directory import Provider

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class DirectoryPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("directoryPage")
        self.search = QLineEdit(self)
        self.search.setObjectName("directorySearch")
        self.search.setPlaceholderText(self.tr("Name or focal person"))
        self.search.returnPressed.connect(self.refresh)
        self.district = ChoiceCombo.of("districts", self, blank=self.tr("Any district"),
                                       searchable=True)
        self.district.setObjectName("directoryDistrict")
        self.district.currentIndexChanged.connect(lambda _i: self.refresh())
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("directoryList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setHeaderLabels([self.tr("Provider"), self.tr("Type"), self.tr("Services"),
                                   self.tr("Focal person"), self.tr("Phone"),
                                   self.tr("Languages"), self.tr("Data sharing agreement"),
                                   self.tr("Last checked")])
        self.verify_button = QPushButton(self.tr("&Checked today"), self)
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.setToolTip(self.tr("You phoned the focal person and the entry is "
                                              "still right."))
        self.verify_button.clicked.connect(self.mark_verified)
        self.status = QLabel(self)
        self.status.setObjectName("directoryStatus")
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.district, 1)
        bar.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Service directory")))
        layout.addWidget(hint(self.tr("Entries not checked for over a year are marked; check "
                                      "them before referring anyone.")))
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)

    def refresh(self) -> None:
        self.verify_button.setVisible(self.ctx.can(Action.DIRECTORY_MANAGE))
        self.ctx.call(directory.list_providers, text=self.search.text(),
                      district=self.district.code(), on_done=self._fill,
                      on_error=lambda e: self.status.setText(describe(e)))

    def _fill(self, providers: list[Provider]) -> None:
        self.tree.clear()
        for p in providers:
            dsa = (self.tr("until %1").replace("%1", format_date(p.dsa_expires_on))
                   if p.dsa_expires_on else self.tr("yes")) if p.data_sharing_agreement \
                else self.tr("no")
            item = QTreeWidgetItem([
                p.name_en, reference.label("provider_types", p.provider_type),
                ", ".join(reference.label("service_types", s) for s in p.service_types),
                p.focal_person, p.phone, ", ".join(p.languages), dsa,
                format_date(p.last_verified_on)])
            item.setData(0, ROW_ROLE, p)
            if p.stale:
                item.setIcon(7, mark_icon("overdue"))
                item.setToolTip(7, self.tr("Not checked for over a year."))
            if p.dsa_expired:
                item.setIcon(6, mark_icon("overdue"))
            self.tree.addTopLevelItem(item)
        self.status.setText(self.tr("%n provider(s)", "", len(providers)))

    def mark_verified(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        provider: Provider = item.data(0, ROW_ROLE)
        self.ctx.call(directory.mark_verified, provider.id,
                      on_done=lambda _r: self.ctx.data_changed.emit(""),
                      on_error=lambda e: self.status.setText(describe(e)))
