"""Settings: the commune profile, its units and officials (with history), reporting days, mail and language.

Edits are staged in the dialog and saved when OK or Apply is pressed, each change through the services in a
transaction of its own. A staged row remembers what was last saved (`saved`), so after a refused change the ones
already saved are not saved twice and pressing Apply again retries only what is left.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tthc_desktop.documents.rules import DEFAULT_RULES, RANGES
from tthc_desktop.domain.enums import NumberingPolicy, OrganizationLevel
from tthc_desktop.services.dto import OrganizationInfo
from tthc_desktop.services.organization import CUTOFF_DAYS, DUE_DAYS
from tthc_desktop.services.registry import Services
from tthc_desktop.ui import window_size
from tthc_desktop.ui.messages import report_error
from tthc_desktop.ui.register_box import RegisterBox
from tthc_desktop.ui.report_builder.mail_dialogs import MailSettingsDialog
from tthc_desktop.ui.settings_parts import (
    OfficialEditDialog,
    OfficialModel,
    OfficialRow,
    RetireDialog,
    RowsModel,
    UnitEditDialog,
    UnitModel,
    UnitRow,
)

_KEEP: Any = object()  # stage_rename_unit: the unit's e-mail address stays as it is

# ---------------------------------------------------------------- the dialog


class SettingsDialog(QDialog):
    """All of the commune's settings in one place; `set_language` is the main window's, called on OK/Apply."""

    def __init__(self, services: Services, set_language: Callable[[str], None] | None = None,
                 language: str = "vi", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.services = services
        self.set_language = set_language
        self.language = language
        self.setWindowTitle(self.tr("Settings"))
        self.profile: OrganizationInfo | None = services.organization.get()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._profile_page(), self.tr("&Profile"))
        self.tabs.addTab(self._units_page(), self.tr("&Units"))
        self.tabs.addTab(self._officials_page(), self.tr("&Officials"))
        self.tabs.addTab(self._reporting_page(), self.tr("&Reporting"))
        self.tabs.addTab(self._register_page(), self.tr("Regi&ster"))
        self.tabs.addTab(self._format_page(), self.tr("&Document format"))
        self.tabs.addTab(self._mail_page(), self.tr("&Mail"))
        self.tabs.addTab(self._language_page(), self.tr("La&nguage"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        for button, text in ((QDialogButtonBox.StandardButton.Ok, self.tr("OK")),
                             (QDialogButtonBox.StandardButton.Apply, self.tr("Apply")),
                             (QDialogButtonBox.StandardButton.Cancel, self.tr("Cancel"))):
            self.buttons.button(button).setText(text)
        self.buttons.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self._load()
        window_size.fit(self, 760, 520, "settings")

    # ------------------------------------------------------------ pages

    def _profile_page(self) -> QWidget:
        page = QWidget(self)
        self.name = QLineEdit(page)
        self.level = QComboBox(page)
        for level, text in ((OrganizationLevel.COMMUNE, self.tr("Commune (xã)")),
                            (OrganizationLevel.WARD, self.tr("Ward (phường)")),
                            (OrganizationLevel.TOWNSHIP, self.tr("Township (thị trấn)"))):
            self.level.addItem(text, level.value)
        self.province = QLineEdit(page)
        self.parent_name = QLineEdit(page)
        self.parent_name.setPlaceholderText(self.tr("(none)"))
        self.issuer_abbreviation = QLineEdit(page)
        self.place_name = QLineEdit(page)
        self.upstream_name = QLineEdit(page)
        self.numbering = QComboBox(page)
        self.numbering.addItem(self.tr("Each document type has its own numbers"), NumberingPolicy.PER_TYPE.value)
        self.numbering.addItem(self.tr("All document types share one series"), NumberingPolicy.SHARED.value)
        form = QFormLayout(page)
        form.addRow(self.tr("N&ame:"), self.name)
        form.addRow(self.tr("&Level:"), self.level)
        form.addRow(self.tr("Pro&vince:"), self.province)
        form.addRow(self.tr("Parent &body line:"), self.parent_name)
        form.addRow(self.tr("&Issuer abbreviation (48/QĐ-UBND):"), self.issuer_abbreviation)
        form.addRow(self.tr("Place name in the da&te line:"), self.place_name)
        form.addRow(self.tr("Upp&er level (targets, reports):"), self.upstream_name)
        form.addRow(self.tr("Numberin&g:"), self.numbering)
        note = QLabel(self.tr("Numbers restart every 1 January. Changing the numbering does not renumber documents "
                              "already issued."), page)
        note.setWordWrap(True)
        form.addRow(note)
        return page

    def _register_page(self) -> QWidget:
        page = QWidget(self)
        self.register_box = RegisterBox(self.services, date.today(), page)
        layout = QVBoxLayout(page)
        layout.addWidget(self.register_box)
        layout.addStretch(1)
        return page

    def _units_page(self) -> QWidget:
        page = QWidget(self)
        self.units = UnitModel(self)
        self.unit_view = self._table(self.units, page)
        self.add_unit_button, self.rename_unit_button, self.retire_unit_button = self._buttons(page, (
            (self.tr("&Add…"), self._ask_add_unit), (self.tr("Renam&e…"), self._ask_rename_unit),
            (self.tr("Re&tire…"), self._ask_retire_unit)))
        return self._table_page(page, self.unit_view, self.tr(
            "Retired units are shown greyed with their dates: old plans keep their names."),
            (self.add_unit_button, self.rename_unit_button, self.retire_unit_button))

    def _officials_page(self) -> QWidget:
        page = QWidget(self)
        self.officials = OfficialModel(self)
        self.official_view = self._table(self.officials, page)
        self.add_official_button, self.edit_official_button, self.retire_official_button = self._buttons(page, (
            (self.tr("&Add…"), self._ask_add_official), (self.tr("&Edit…"), self._ask_edit_official),
            (self.tr("Re&tire…"), self._ask_retire_official)))
        return self._table_page(page, self.official_view, self.tr(
            "Only officials who may sign and are not retired are offered as signers (the chair and vice-chairs)."),
            (self.add_official_button, self.edit_official_button, self.retire_official_button))

    @staticmethod
    def _buttons(page: QWidget, specs: tuple[tuple[str, Callable[[], None]], ...]) -> list[QPushButton]:
        buttons = []
        for text, slot in specs:
            button = QPushButton(text, page)
            button.clicked.connect(slot)
            buttons.append(button)
        return buttons

    def _reporting_page(self) -> QWidget:
        page = QWidget(self)
        self.cutoff = QSpinBox(page)
        self.cutoff.setRange(*CUTOFF_DAYS)
        self.due_day = QSpinBox(page)
        self.due_day.setRange(DUE_DAYS[0] - 1, DUE_DAYS[1])
        self.due_day.setSpecialValueText(self.tr("(not set)"))
        form = QFormLayout(page)
        form.addRow(self.tr("Data &cut-off day of the month:"), self.cutoff)
        form.addRow(self.tr("Report due da&y of the month:"), self.due_day)
        note = QLabel(self.tr("Figures are counted up to the cut-off day (1 to 28, so that every month has it); "
                              "the report is due by the due day."), page)
        note.setWordWrap(True)
        form.addRow(note)
        return page

    def _format_page(self) -> QWidget:
        """The commune's adjustments of the legal format, each spin box bounded by what the decree allows."""
        page = QWidget(self)
        form = QFormLayout(page)
        note = QLabel(self.tr("Documents follow Nghị định 30/2020/NĐ-CP (Phụ lục I). Each value can be set only "
                              "within the range the decree allows; the default is the one it recommends."), page)
        note.setWordWrap(True)
        form.addRow(note)
        rows = ((self.tr("&Top margin"), "margin_top", self.tr(" mm")),
                (self.tr("&Bottom margin"), "margin_bottom", self.tr(" mm")),
                (self.tr("&Left margin"), "margin_left", self.tr(" mm")),
                (self.tr("&Right margin"), "margin_right", self.tr(" mm")),
                (self.tr("Body te&xt"), "body_size", self.tr(" pt")),
                (self.tr("&Issuing body"), "issuer_size", self.tr(" pt")),
                (self.tr("Document t&ype"), "type_size", self.tr(" pt")),
                (self.tr("T&ables"), "table_size", self.tr(" pt")),
                (self.tr("Line &spacing"), "line_spacing", self.tr(" lines")),
                (self.tr("First-line &indent"), "first_line_indent_cm", self.tr(" cm")),
                (self.tr("Space after a &paragraph"), "space_after_pt", self.tr(" pt")))
        self.format_boxes: dict[str, QDoubleSpinBox] = {}
        for text, key, unit in rows:
            low, high = RANGES[key]
            box = QDoubleSpinBox(page)
            box.setObjectName(f"format_{key}")
            decimals = 2 if key in ("line_spacing", "first_line_indent_cm") else 0
            box.setDecimals(decimals)
            box.setSingleStep(0.05 if decimals else 1)
            box.setRange(low, high)
            box.setSuffix(unit)
            box.setToolTip(self.tr("Allowed {low} to {high}; recommended {default}.").format(
                low=f"{low:g}", high=f"{high:g}", default=f"{getattr(DEFAULT_RULES, key):g}"))
            self.format_boxes[key] = box
            form.addRow(text + ":", box)
        self.format_defaults_button = QPushButton(self.tr("Recommen&ded values"), page)
        self.format_defaults_button.clicked.connect(self.show_default_format)
        form.addRow(self.format_defaults_button)
        return page

    def show_default_format(self) -> None:
        """Put the decree's recommended values in the boxes (saved with OK or Apply, like every change here)."""
        for key, box in self.format_boxes.items():
            box.setValue(getattr(DEFAULT_RULES, key))

    def _mail_page(self) -> QWidget:
        page = QWidget(self)
        self.mail_summary = QLabel(page)
        self.mail_summary.setWordWrap(True)
        self.mail_button = QPushButton(self.tr("Mail &server and sender…"), page)
        self.mail_button.clicked.connect(self.open_mail_settings)
        layout = QVBoxLayout(page)
        layout.addWidget(self.mail_summary)
        layout.addWidget(self.mail_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _language_page(self) -> QWidget:
        page = QWidget(self)
        self.vietnamese = QRadioButton(self.tr("Vietnamese (Tiếng Việt)"), page)
        self.english = QRadioButton(self.tr("English"), page)
        (self.english if self.language == "en" else self.vietnamese).setChecked(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.vietnamese)
        layout.addWidget(self.english)
        layout.addStretch(1)
        return page

    @staticmethod
    def _table(model: QAbstractTableModel, parent: QWidget) -> QTableView:
        view = QTableView(parent)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().hide()
        return view

    @staticmethod
    def _table_page(page: QWidget, view: QTableView, note: str, buttons: tuple[QPushButton, ...]) -> QWidget:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        label = QLabel(note, page)
        label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(view, 1)
        layout.addLayout(row)
        layout.addWidget(label)
        return page

    # ------------------------------------------------------------ loading

    def _load(self) -> None:
        profile = self.profile
        if profile is not None:
            self.name.setText(profile.name)
            self.level.setCurrentIndex(max(0, self.level.findData(profile.level.value)))
            self.province.setText(profile.province or "")
            self.parent_name.setText(profile.parent_name or "")
            self.issuer_abbreviation.setText(profile.issuer_abbreviation)
            self.place_name.setText(profile.place_name)
            self.upstream_name.setText(profile.upstream_name or "")
            self.numbering.setCurrentIndex(max(0, self.numbering.findData(profile.numbering_policy.value)))
            self.cutoff.setValue(profile.report_cutoff_day)
            self.due_day.setValue(profile.report_due_day or 0)
            self.saved_format = self.services.organization.format_rules()
            for key, box in self.format_boxes.items():
                box.setValue(getattr(self.saved_format, key))
            self.register_box.load()
            self.units.load(self.services.organization.units())
            self.officials.load(self.services.organization.officials())
        for index in range(self.tabs.count()):
            self.tabs.widget(index).setEnabled(profile is not None or index >= self.tabs.count() - 1)
        self._show_mail()

    def _show_mail(self) -> None:
        mail = self.services.mail.settings()
        if mail.smtp_host:
            self.mail_summary.setText(self.tr("Server {host}:{port}, sender {sender}.").format(
                host=mail.smtp_host, port=mail.smtp_port, sender=mail.sender_address or self.tr("(not set)")))
        else:
            self.mail_summary.setText(self.tr("No mail server yet: reports can still be exported and attached "
                                              "by hand."))

    # ------------------------------------------------------------ staging (what the buttons do)

    def stage_add_unit(self, name: str, abbreviation: str | None = None, email: str | None = None) -> UnitRow:
        row = UnitRow(name.strip(), (abbreviation or "").strip() or None, email=(email or "").strip() or None)
        self.units.append(row)
        return row

    def stage_rename_unit(self, row: UnitRow, name: str, abbreviation: str | None, email: Any = _KEEP) -> None:
        row.name, row.abbreviation = name.strip(), (abbreviation or "").strip() or None
        if email is not _KEEP:
            row.email = (email or "").strip() or None
        self.units.row_changed(row)

    def stage_retire_unit(self, row: UnitRow, on: date, replaced_by: UnitRow | None = None) -> None:
        row.active_to, row.replaced_by = on, replaced_by
        self.units.row_changed(row)

    def stage_add_official(self, name: str, position: str, may_sign: bool) -> OfficialRow:
        row = OfficialRow(name.strip(), position.strip(), may_sign)
        self.officials.append(row)
        return row

    def stage_edit_official(self, row: OfficialRow, name: str, position: str, may_sign: bool) -> None:
        row.name, row.position, row.may_sign = name.strip(), position.strip(), may_sign
        self.officials.row_changed(row)

    def stage_retire_official(self, row: OfficialRow, on: date) -> None:
        row.active_to = on
        self.officials.row_changed(row)

    def _selected(self, view: QTableView, model: RowsModel) -> Any:
        index = view.currentIndex()
        return model.rows[index.row()] if index.isValid() else None

    def _ask_add_unit(self) -> None:
        dialog = UnitEditDialog(None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.name.text().strip():
            self.stage_add_unit(dialog.name.text(), dialog.abbreviation.text(), dialog.chosen_email())

    def _ask_rename_unit(self) -> None:
        row = self._selected(self.unit_view, self.units)
        if row is None:
            return
        dialog = UnitEditDialog(row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.stage_rename_unit(row, dialog.name.text(), dialog.abbreviation.text(), dialog.chosen_email())

    def _ask_retire_unit(self) -> None:
        row = self._selected(self.unit_view, self.units)
        if row is None or row.retired:
            return
        successors = [other for other in self.units.rows if other is not row and not other.retired]
        dialog = RetireDialog(row.name, successors, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.stage_retire_unit(row, dialog.day(), dialog.successor.currentData())

    def _ask_add_official(self) -> None:
        dialog = OfficialEditDialog(None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.name.text().strip():
            self.stage_add_official(dialog.name.text(), dialog.position.currentText(), dialog.may_sign.isChecked())

    def _ask_edit_official(self) -> None:
        row = self._selected(self.official_view, self.officials)
        if row is None:
            return
        dialog = OfficialEditDialog(row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.stage_edit_official(row, dialog.name.text(), dialog.position.currentText(),
                                     dialog.may_sign.isChecked())

    def _ask_retire_official(self) -> None:
        row = self._selected(self.official_view, self.officials)
        if row is None or row.retired:
            return
        dialog = RetireDialog(row.name, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.stage_retire_official(row, dialog.day())

    def open_mail_settings(self) -> MailSettingsDialog:
        dialog = MailSettingsDialog(self.services, self)
        dialog.finished.connect(lambda _result: self._show_mail())
        dialog.open()
        return dialog

    # ------------------------------------------------------------ saving

    def _clicked(self, button: QAbstractButton) -> None:
        role = self.buttons.buttonRole(button)
        if role == QDialogButtonBox.ButtonRole.RejectRole:
            self.reject()
        elif self.apply() and role == QDialogButtonBox.ButtonRole.AcceptRole:
            self.accept()

    def apply(self) -> bool:
        """Save every staged change, each in its own transaction; stop at the first refusal and say why. The
        window's views hear of them once, together (ui/changes_hub.py)."""
        from tthc_desktop.ui.changes_hub import ChangesHub

        try:
            with ChangesHub.of(self.services).batch():
                self._save_profile()
                if self.profile is not None:
                    self.register_box.save()
                self._save_format()
                self._save_units()
                self._save_officials()
        except Exception as error:  # noqa: BLE001 — shown in words; what was saved stays saved
            report_error(self, error)
            return False
        self._save_language()
        return True

    def profile_changes(self) -> dict[str, Any]:
        """The profile fields whose shown value differs from the saved one."""
        if self.profile is None:
            return {}
        shown: dict[str, Any] = {
            "name": self.name.text(), "level": OrganizationLevel(self.level.currentData()),
            "province": self.province.text().strip() or None, "parent_name": self.parent_name.text().strip() or None,
            "issuer_abbreviation": self.issuer_abbreviation.text(), "place_name": self.place_name.text(),
            "upstream_name": self.upstream_name.text().strip() or None,
            "numbering_policy": NumberingPolicy(self.numbering.currentData()),
            "report_cutoff_day": self.cutoff.value(), "report_due_day": self.due_day.value() or None,
        }
        saved = {f.name: getattr(self.profile, f.name) for f in fields(self.profile)}
        return {key: value for key, value in shown.items() if value != saved[key]}

    def _save_profile(self) -> None:
        changes = self.profile_changes()
        if changes:
            self.profile = self.services.organization.update_profile(**changes)

    def format_changes(self) -> dict[str, float]:
        """The format values whose shown value differs from the saved one."""
        if self.profile is None:
            return {}
        return {key: box.value() for key, box in self.format_boxes.items()
                if round(box.value(), box.decimals()) != round(getattr(self.saved_format, key), box.decimals())}

    def _save_format(self) -> None:
        changes = self.format_changes()
        if changes:
            self.saved_format = self.services.organization.update_format(**changes)

    def _save_units(self) -> None:
        service = self.services.organization
        for row in self.units.rows:  # new and renamed first, so a retirement may name a new successor
            if row.saved is None:
                row.saved = service.add_unit(row.name, row.abbreviation, email=row.email)
                row.id = row.saved.id
            elif (row.name, row.abbreviation) != (row.saved.name, row.saved.abbreviation):
                row.saved = service.update_unit(row.saved.id, row.name, row.abbreviation)
            if row.email != row.saved.email:
                row.saved = service.set_unit_email(row.saved.id, row.email)
            self.units.row_changed(row)
        for row in self.units.rows:
            if row.saved is not None and row.active_to is not None and row.saved.active_to is None:
                successor = row.replaced_by.id if row.replaced_by else None
                row.saved = service.retire_unit(row.saved.id, row.active_to, successor)
                self.units.row_changed(row)

    def _save_officials(self) -> None:
        service = self.services.organization
        for row in self.officials.rows:
            if row.saved is None:
                row.saved = service.add_official(row.name, row.position, row.may_sign)
                row.id = row.saved.id
            elif (row.name, row.position, row.may_sign) != (row.saved.name, row.saved.position, row.saved.may_sign):
                row.saved = service.update_official(row.saved.id, row.name, row.position, row.may_sign)
            if row.active_to is not None and row.saved.active_to is None:
                row.saved = service.retire_official(row.saved.id, row.active_to)
            self.officials.row_changed(row)

    def chosen_language(self) -> str:
        return "en" if self.english.isChecked() else "vi"

    def _save_language(self) -> None:
        code = self.chosen_language()
        if code != self.language and self.set_language is not None:
            self.set_language(code)
        self.language = code
