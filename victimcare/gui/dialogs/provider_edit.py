"""Adding or changing a service directory entry and its services (supervisors of an office,
coordinators of a hub)."""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from victimcare.domain import reference
from victimcare.domain.errors import FieldError
from victimcare.domain.model import entity
from victimcare.domain.validation import validate_fields
from victimcare.gui.context import AppContext
from victimcare.gui.dialogs.base import FormDialog, text_box
from victimcare.gui.fonts import URDU_UI
from victimcare.gui.style import mark_icon
from victimcare.gui.translate import QT_TRANSLATE_NOOP
from victimcare.gui.widgets.choices import CheckableCombo, ChoiceCombo, items_for
from victimcare.gui.widgets.date_field import DateField
from victimcare.gui.widgets.lang import ui_lang
from victimcare.services import directory
from victimcare.services.directory import Provider

Index = QModelIndex | QPersistentModelIndex
W = TypeVar("W", bound=QWidget)

LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("ProviderEditDialog", "English"),
    "ur": QT_TRANSLATE_NOOP("ProviderEditDialog", "Urdu"),
    "ps": QT_TRANSLATE_NOOP("ProviderEditDialog", "Pashto"),
    "sd": QT_TRANSLATE_NOOP("ProviderEditDialog", "Sindhi"),
    "pa": QT_TRANSLATE_NOOP("ProviderEditDialog", "Punjabi"),
    "bal": QT_TRANSLATE_NOOP("ProviderEditDialog", "Balochi"),
    "skr": QT_TRANSLATE_NOOP("ProviderEditDialog", "Saraiki"),
}


def language_items() -> list[tuple[str, str]]:
    return [(code, QCoreApplication.translate("ProviderEditDialog", str(LANGUAGE_NAMES[code])))
            for code in directory.LANGUAGES]


# -- areas served --------------------------------------------------------------------------
class AreaPicker(QWidget):
    """Provinces and districts a provider serves: type part of a name to narrow the list,
    tick as many as needed. None ticked means the whole country."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lang = ui_lang()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type to find a district or province"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        provinces = [(i.code, self.tr("%1 (whole province or territory)")
                      .replace("%1", i.label(lang)))
                     for i in reference.items("admin_units") if i.extra.get("level") == "province"]
        for code, text in provinces + items_for("districts", lang):
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.list.setMinimumHeight(self.list.sizeHintForRow(0) * 7 + 8)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("areaSummary")
        self.search.textChanged.connect(self._filter)
        self.list.itemChanged.connect(self._changed)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.search)
        box.addWidget(self.list, 1)
        box.addWidget(self.summary)
        self.setFocusProxy(self.search)
        self._changed()

    def setObjectName(self, name: str) -> None:
        super().setObjectName(name)
        self.search.setObjectName(name + "Search")
        self.list.setObjectName(name + "List")

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.list.setAccessibleName(name)
        self.search.setAccessibleName(self.tr("Find in %1").replace("%1", name))

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(r) for r in range(self.list.count())]

    def _filter(self, text: str) -> None:
        wanted = text.strip().lower()
        for item in self._items():
            code = str(item.data(Qt.ItemDataRole.UserRole)).lower()
            item.setHidden(bool(wanted) and wanted not in item.text().lower() and
                           wanted != code)

    def _changed(self, _item: QListWidgetItem | None = None) -> None:
        chosen = [i.text() for i in self._items() if i.checkState() == Qt.CheckState.Checked]
        self.summary.setText(self.tr("Serves: %1").replace("%1", "; ".join(chosen)) if chosen
                             else self.tr("None ticked: serves the whole country."))
        self.changed.emit()

    def codes(self) -> list[str]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self._items()
                if i.checkState() == Qt.CheckState.Checked]

    def set_codes(self, codes: list[str] | tuple[str, ...]) -> None:
        wanted = set(codes)
        self.list.blockSignals(True)
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in wanted else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._changed()


# -- services ------------------------------------------------------------------------------
class ServiceRowsModel(QAbstractTableModel):
    """The provider's services being edited: a service type and a description per row.
    Rows of services already saved keep their id, so saving changes them in place."""

    COL_TYPE, COL_DESCRIPTION = range(2)
    changed = Signal()  # the rows, not just their marks, changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self.bad_rows: set[int] = set()  # rows (0-based) the dialog found wrong
        self._labels = dict(items_for("service_types"))

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [{"id": r.get("id"), "service_type": r.get("service_type"),
                       "description": r.get("description") or ""} for r in rows]
        self.endResetModel()
        self.changed.emit()

    def rows(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._rows]

    def add_row(self, service_type: str | None = None, description: str = "") -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append({"id": None, "service_type": service_type,
                           "description": description})
        self.endInsertRows()
        self.changed.emit()
        return row

    def removeRows(self, row: int, count: int,
                   parent: Index = QModelIndex()) -> bool:  # noqa: B008 (Qt default)
        if parent.isValid() or row < 0 or count < 1 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row:row + count]
        self.endRemoveRows()
        self.changed.emit()
        return True

    def set_bad_rows(self, rows: set[int]) -> None:
        if rows != self.bad_rows:
            self.bad_rows = rows
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0),
                                      [Qt.ItemDataRole.DecorationRole])

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (self.tr("Service"), self.tr("Description"))[section] \
                if 0 <= section < 2 else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if index.column() == self.COL_TYPE:
            code = row["service_type"]
            if role == Qt.ItemDataRole.DisplayRole:
                return self._labels.get(code, "") if code else self.tr("(choose a service)")
            if role == Qt.ItemDataRole.EditRole:
                return code
            if role == Qt.ItemDataRole.DecorationRole and index.row() in self.bad_rows:
                return mark_icon("overdue")
            if role == Qt.ItemDataRole.ToolTipRole and index.row() in self.bad_rows:
                return self.tr("Choose the kind of service.")
        elif role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row["description"]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        if index.column() == self.COL_TYPE:
            if value is not None and value not in self._labels:
                return False
            row["service_type"] = value
        else:
            row["description"] = str(value or "")
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole])
        self.changed.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemNeverHasChildren


class ServiceTypeDelegate(QStyledItemDelegate):
    """The service type column is edited with the list of service types."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = ChoiceCombo.of("service_types", parent, blank="")
        editor.setObjectName("serviceTypeEditor")
        editor.activated.connect(self._commit)
        return editor

    def _commit(self, _index: int) -> None:
        editor = self.sender()
        if isinstance(editor, QWidget):
            self.commitData.emit(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, ChoiceCombo)
        editor.set_code(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, ChoiceCombo)
        model.setData(index, editor.code(), Qt.ItemDataRole.EditRole)


class ServiceRows(QWidget):
    """The services table with Add and Remove buttons."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ServiceRowsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ServiceRowsModel.COL_TYPE, ServiceTypeDelegate(self))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ServiceRowsModel.COL_TYPE,
                                    QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 5)
        self.add_button = QPushButton(self.tr("&Add service"), self)
        self.remove_button = QPushButton(self.tr("&Remove service"), self)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_current)
        self.model.changed.connect(self.changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        self.setFocusProxy(self.table)

    def setObjectName(self, name: str) -> None:
        super().setObjectName(name)
        self.table.setObjectName(name + "Table")
        self.add_button.setObjectName(name + "Add")
        self.remove_button.setObjectName(name + "Remove")

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.table.setAccessibleName(name)

    def add(self) -> None:
        """A new row, its service type open for choosing."""
        row = self.model.add_row()
        index = self.model.index(row, ServiceRowsModel.COL_TYPE)
        self.table.setCurrentIndex(index)  # opens the editor (AllEditTriggers)
        if self.table.state() != QAbstractItemView.State.EditingState:
            self.table.edit(index)

    def remove_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.model.removeRows(index.row(), 1)


# -- the dialog ----------------------------------------------------------------------------
class ProviderEditDialog(FormDialog):
    """A new provider, or (with `provider`) changes to one; `result_value` is its id."""

    def __init__(self, ctx: AppContext, provider: Provider | None = None,
                 parent: QWidget | None = None) -> None:
        title = self.tr("Add provider") if provider is None else self.tr("Edit provider")
        super().__init__(ctx, title, parent)
        self.setObjectName("providerEditDialog")
        self.provider = provider
        left = self.form
        self.name_en = self._field(self.tr("&Name"), QLineEdit(self), "name_en",
                                      "providerNameEn")
        self.name_ur = self._field(self.tr("Name in &Urdu"), QLineEdit(self), "name_ur",
                                      "providerNameUr")
        self.name_ur.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        font = self.name_ur.font()
        font.setFamilies([URDU_UI, *font.families()])
        self.name_ur.setFont(font)
        self.provider_type = self._field(self.tr("&Type"),
                                            ChoiceCombo.of("provider_types", self, blank=""),
                                            "provider_type", "providerType")
        self.focal_person = self._field(self.tr("&Focal person"), QLineEdit(self),
                                           "focal_person", "providerFocalPerson")
        self.phone = self._field(self.tr("&Phone"), QLineEdit(self), "phone",
                                    "providerPhone")
        self.email = self._field(self.tr("E-&mail"), QLineEdit(self), "email",
                                    "providerEmail")
        self.address = self._field(self.tr("Add&ress"), text_box(self, 2), "address",
                                      "providerAddress")
        self.languages = self._field(
            self.tr("&Languages"), CheckableCombo(language_items(), self,
                                                  placeholder=self.tr("(none chosen)")),
            "languages", "providerLanguages",
            hint=self.tr("Letters go out in English, Urdu or both, as the provider reads."))
        self.dsa = self._field(self.tr("Data sharing"),
                                  QCheckBox(self.tr("A data-sharing &agreement is signed"),
                                            self),
                                  "data_sharing_agreement", "providerDsa")
        self.dsa_expires_on = self._field(
            self.tr("Agreement &expires on"), DateField(self, allow_unknown=True,
                                                       allow_future=True),
            "dsa_expires_on", "providerDsaExpires")
        self.last_verified_on = self._field(
            self.tr("Last &checked on"), DateField(self), "last_verified_on",
            "providerLastVerified",
            hint=self.tr("The day someone phoned the focal person and found the entry right."))
        self.active = self._field(self.tr("In use"),
                                     QCheckBox(self.tr("Acti&ve: offered for referrals"), self),
                                     "active", "providerActive")
        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form = right
        self.areas = self._field(self.tr("&Districts served"), AreaPicker(self),
                                    "districts", "providerDistricts")
        self.services = self._field(self.tr("Ser&vices"), ServiceRows(self), "services",
                                       "providerServices")
        self.form = left
        # Two columns of fields instead of FormDialog's one, so the dialog fits a laptop screen.
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.removeItem(left)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        outer.insertLayout(0, columns)
        self.dsa.toggled.connect(self.dsa_expires_on.setEnabled)
        self._fill(provider)
        self.resize(980, 560)

    def _field(self, label: str, widget: W, field: str | None, object_name: str,
               hint: str = "") -> W:
        """`add_field`, keeping the input's own type for the attribute it is stored in."""
        self.add_field(label, widget, field, object_name, hint)
        return widget

    def _fill(self, p: Provider | None) -> None:
        if p is None:
            self.active.setChecked(True)
            self.dsa_expires_on.set_value(None)
            self.dsa_expires_on.setEnabled(False)
            return
        self.name_en.setText(p.name_en)
        self.name_ur.setText(p.name_ur)
        self.provider_type.set_code(p.provider_type)
        self.focal_person.setText(p.focal_person)
        self.phone.setText(p.phone)
        self.email.setText(p.email)
        self.address.setPlainText(p.address)
        self.languages.set_codes(p.languages)
        self.dsa.setChecked(p.data_sharing_agreement)
        self.dsa_expires_on.set_value(p.dsa_expires_on or None)
        self.dsa_expires_on.setEnabled(p.data_sharing_agreement)
        self.last_verified_on.set_value(p.last_verified_on or dt.date.today().isoformat())
        self.active.setChecked(p.active)
        self.areas.set_codes(p.districts)
        self.services.model.set_rows(list(p.services))

    # -- FormDialog ----------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        dsa = self.dsa.isChecked()
        return {
            "name_en": self.name_en.text().strip(), "name_ur": self.name_ur.text().strip(),
            "provider_type": self.provider_type.code(), "districts": self.areas.codes(),
            "focal_person": self.focal_person.text().strip(),
            "phone": self.phone.text().strip(), "email": self.email.text().strip(),
            "address": self.address.toPlainText().strip(),
            "languages": self.languages.codes(), "data_sharing_agreement": dsa,
            "dsa_expires_on": self.dsa_expires_on.value() if dsa else None,
            "last_verified_on": self.last_verified_on.value(),
            "active": self.active.isChecked(),
        }

    def service_rows(self) -> list[dict[str, Any]]:
        return [{k: v for k, v in r.items() if k != "id" or v}
                for r in self.services.model.rows()]

    def check(self, values: dict[str, Any]) -> list[FieldError]:
        cleaned = {k: (None if v in ("", []) else v) for k, v in values.items()}
        errors = validate_fields(entity("service_provider"), cleaned,
                                 reference=reference.all_codes())
        if cleaned["email"] and not directory.EMAIL.fullmatch(cleaned["email"]):
            errors.append(FieldError("email", "email_format"))
        code = self.last_verified_on.error_code()
        if code:
            errors.append(FieldError("last_verified_on", code))
        bad = {i for i, r in enumerate(self.services.model.rows()) if not r["service_type"]}
        self.services.model.set_bad_rows(bad if self._tried else set())
        errors += [FieldError("services", "required", i + 1) for i in sorted(bad)]
        return errors

    def map_errors(self, errors: list[FieldError]) -> list[FieldError]:
        """The service names a service row's errors by its field: show them by the table."""
        return [FieldError("services", e.code, e.row, e.params)
                if e.field in ("service_type", "description", "eligibility", "service")
                else e for e in errors]

    def submit(self, values: dict[str, Any]) -> None:
        self.run(directory.save_provider, self.provider.id if self.provider else None, values,
                 self.service_rows())
