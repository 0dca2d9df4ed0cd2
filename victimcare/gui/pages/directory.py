"""The service directory: providers by name, type and district, stale entries marked; the
supervisor of an office (or a hub's coordinator) adds and edits entries and records checks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from victimcare.gui.context import AppContext
from victimcare.gui.dialogs.provider_edit import ProviderEditDialog
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
        self.inactive = QCheckBox(self.tr("Show &inactive"), self)
        self.inactive.setObjectName("directoryShowInactive")
        self.inactive.toggled.connect(lambda _on: self.refresh())
        self.add_button = QPushButton(self.tr("&Add provider…"), self)
        self.add_button.setObjectName("addProviderButton")
        self.add_button.clicked.connect(self.add_provider)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editProviderButton")
        self.edit_button.clicked.connect(self.edit_provider)
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self.edit_provider())
        self.tree.currentItemChanged.connect(lambda *_a: self._enable())
        self.editor: ProviderEditDialog | None = None
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
        bar.addWidget(self.inactive)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Service directory")))
        layout.addWidget(hint(self.tr("Entries not checked for over a year are marked; check "
                                      "them before referring anyone.")))
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)

    def may_manage(self) -> bool:
        """Only the directory's keeper sees the buttons (the service refuses anyone else)."""
        return self.ctx.signed_in and directory.may_manage(self.ctx.session)

    def refresh(self) -> None:
        manage = self.may_manage()
        for w in (self.verify_button, self.add_button, self.edit_button, self.inactive):
            w.setVisible(manage)
        self._enable()
        self.ctx.call(directory.list_providers, text=self.search.text(),
                      district=self.district.code(),
                      include_inactive=manage and self.inactive.isChecked(),
                      on_done=self._fill, on_error=lambda e: self.status.setText(describe(e)))

    def _enable(self) -> None:
        chosen = self.tree.currentItem() is not None
        self.edit_button.setEnabled(chosen)
        self.verify_button.setEnabled(chosen)

    def _fill(self, providers: list[Provider]) -> None:
        self.tree.clear()
        for p in providers:
            dsa = (self.tr("until %1").replace("%1", format_date(p.dsa_expires_on))
                   if p.dsa_expires_on else self.tr("yes")) if p.data_sharing_agreement \
                else self.tr("no")
            name = p.name_en if p.active else self.tr("%1 (inactive)").replace("%1", p.name_en)
            services = ", ".join(reference.label("service_types", s) for s in p.service_types)
            item = QTreeWidgetItem([
                name, reference.label("provider_types", p.provider_type), services,
                p.focal_person, p.phone, ", ".join(p.languages), dsa,
                format_date(p.last_verified_on)])
            item.setToolTip(2, services)
            item.setData(0, ROW_ROLE, p)
            if p.stale:
                item.setIcon(7, mark_icon("overdue"))
                item.setToolTip(7, self.tr("Not checked for over a year."))
            if p.dsa_expired:
                item.setIcon(6, mark_icon("overdue"))
            self.tree.addTopLevelItem(item)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        # A provider of many services would push the focal person and phone out of view;
        # the list is cut short (elided) and whole in the tooltip.
        widest = 30 * self.fontMetrics().averageCharWidth()
        self.tree.setColumnWidth(2, min(self.tree.columnWidth(2), widest))
        self.status.setText(self.tr("%n provider(s)", "", len(providers)))

    def selected(self) -> Provider | None:
        item = self.tree.currentItem()
        return item.data(0, ROW_ROLE) if item is not None else None

    def add_provider(self) -> ProviderEditDialog | None:
        return self._open_editor(None)

    def edit_provider(self) -> ProviderEditDialog | None:
        provider = self.selected()
        return self._open_editor(provider) if provider is not None else None

    def _open_editor(self, provider: Provider | None) -> ProviderEditDialog | None:
        if not self.may_manage():
            return None
        self.editor = ProviderEditDialog(self.ctx, provider, self)
        self.editor.accepted.connect(self._saved)
        self.editor.open()
        return self.editor

    def _saved(self) -> None:
        self.ctx.data_changed.emit("")  # refreshes this page while it is shown
        self.status.setText(self.tr("Saved."))

    def mark_verified(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        provider: Provider = item.data(0, ROW_ROLE)
        self.ctx.call(directory.mark_verified, provider.id,
                      on_done=lambda _r: self.ctx.data_changed.emit(""),
                      on_error=lambda e: self.status.setText(describe(e)))
