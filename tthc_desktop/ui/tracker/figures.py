"""The tracker's figures: Biểu 06 dossier counts for a period and the indicators' figures, kept as they are
typed (no Save button: each edit an undoable command on the tracker's stack, a typing burst one command), and the
period's indicator results computed from them.

What cannot be kept is refused in place, in words under the table or the fields, never turned into 0 or ignored:
a cell that is no count, a ratio with one figure, a numerator above its denominator. The form's balance
(3) = (7) + (11), which a row breaks while it is being typed, is shown under the table until it holds."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tthc_desktop.domain import tracking as rules
from tthc_desktop.domain import vnformat
from tthc_desktop.domain.numbers import edit_text
from tthc_desktop.domain.tracking import Attainment, DossierRow
from tthc_desktop.services.tracking import TrackingService
from tthc_desktop.services.tracking_dto import IndicatorResult
from tthc_desktop.ui.changes_hub import ChangesHub
from tthc_desktop.ui.commands import ValueCommand
from tthc_desktop.ui.period_text import period_text
from tthc_desktop.ui.tracker.dossier_model import DossierModel

Index = QModelIndex | QPersistentModelIndex
ATTAINMENT = {Attainment.MET: QT_TRANSLATE_NOOP("IndicatorResultsModel", "✔ Met"),
              Attainment.NOT_MET: QT_TRANSLATE_NOOP("IndicatorResultsModel", "✘ Not met"),
              Attainment.NO_FIGURE: "–", Attainment.NO_TARGET: ""}


def _percent(value: float | None) -> str:
    return "" if value is None else vnformat.percent(value)


class IndicatorResultsModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("IndicatorResultsModel", "No."),
               QT_TRANSLATE_NOOP("IndicatorResultsModel", "Indicator"),
               QT_TRANSLATE_NOOP("IndicatorResultsModel", "Target"),
               QT_TRANSLATE_NOOP("IndicatorResultsModel", "This period"),
               QT_TRANSLATE_NOOP("IndicatorResultsModel", "Met?"),
               QT_TRANSLATE_NOOP("IndicatorResultsModel", "Year to date"),
               QT_TRANSLATE_NOOP("IndicatorResultsModel", "Met so far?"))
    PERIOD_COLUMN = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.results: list[IndicatorResult] = []

    def set_results(self, results: list[IndicatorResult]) -> None:
        """The period's results; the same indicators read again change in place (the selected row stays)."""
        if [r.indicator_id for r in results] == [r.indicator_id for r in self.results]:
            self.results = list(results)
            if self.results:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.results) - 1, len(self.HEADERS) - 1))
            return
        self.beginResetModel()
        self.results = list(results)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("IndicatorResultsModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.results[index.row()]
        derived = r.source == "dossiers" and index.column() == self.PERIOD_COLUMN
        if role == Qt.ItemDataRole.ToolTipRole and derived:
            return QCoreApplication.translate("IndicatorResultsModel", "Computed from this period's dossier figures "
                                              "(Biểu 06); change them there to change it.")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        unit = (r.unit or "").strip()
        shown = _percent if unit == "%" else (lambda v: "" if v is None else vnformat.number(v))
        period = shown(r.value)
        if derived:
            period = QCoreApplication.translate("IndicatorResultsModel", "{figure} (Biểu 06)").format(figure=period)
        values = [r.label or "", r.name, shown(r.target), period,  # the target as its figures: "71,3%"
                  QCoreApplication.translate("IndicatorResultsModel", ATTAINMENT[r.attainment]),
                  shown(r.year_to_date_value),
                  QCoreApplication.translate("IndicatorResultsModel", ATTAINMENT[r.year_to_date_attainment])]
        return values[index.column()]


class FiguresView(QWidget):
    def __init__(self, tracking: TrackingService, parent: QWidget | None = None, stack: QUndoStack | None = None,
                 hub: ChangesHub | None = None) -> None:
        super().__init__(parent)
        self.tracking, self.hub = tracking, hub
        self.stack = stack if stack is not None else QUndoStack(self)
        self.plan_id: int | None = None
        self.burst = 0  # a typing burst in a figure field: one undo step until the field is left
        self.period = QComboBox(self)
        self.period.currentIndexChanged.connect(self.load)
        self.dossiers = DossierModel(self)
        self.dossiers.edit_requested = self.keep_rows
        self.dossiers.dataChanged.connect(self._show_rates)
        self.dossiers.modelReset.connect(self._show_rates)
        self.table = QTableView(self)
        self.table.setModel(self.dossiers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_button, self.remove_button = QPushButton(self), QPushButton(self)
        self.add_button.clicked.connect(lambda: self.add_field())
        self.remove_button.clicked.connect(lambda: self.dossiers.remove_row(self.table.currentIndex().row()))
        self.rates = QLabel(self)
        self.dossier_problem = QLabel(self)  # a cell refused in place: why, until the next edit
        self.dossier_problem.setObjectName("dossierProblem")
        self.dossier_problem.setStyleSheet("color: #a4262c")
        self.dossier_problem.setWordWrap(True)
        self.dossier_problem.hide()
        self.dossier_checks = QLabel(self)  # rows that do not balance yet: kept, and said until they do
        self.dossier_checks.setObjectName("dossierChecks")
        self.dossier_checks.setStyleSheet("color: #8a5300")
        self.dossier_checks.setWordWrap(True)
        self.dossier_checks.hide()
        self.dossiers.refused.connect(self._refused)
        self.dossiers.dataChanged.connect(lambda *_: self.dossier_problem.hide())
        self.indicators = IndicatorResultsModel(self)
        indicator_view = QTableView(self)
        self.indicator_view = indicator_view
        indicator_view.setModel(self.indicators)
        indicator_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        indicator_view.setWordWrap(True)
        indicator_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        indicator_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.period_label, self.dossier_label, self.indicator_label = QLabel(self), QLabel(self), QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addWidget(self.rates, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.dossier_label)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.dossier_problem)
        layout.addWidget(self.dossier_checks)
        layout.addLayout(buttons)
        self.numerator, self.denominator, self.value = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.numerator_label, self.denominator_label, self.value_label = QLabel(self), QLabel(self), QLabel(self)
        for field in (self.numerator, self.denominator, self.value):
            field.textEdited.connect(lambda _text: self.keep_figures())
            field.editingFinished.connect(self._burst_ended)
        self.figure_problem = QLabel(self)  # figures refused in place: why, until they can be kept
        self.figure_problem.setObjectName("figureProblem")
        self.figure_problem.setStyleSheet("color: #a4262c")
        self.figure_problem.setWordWrap(True)
        self.figure_problem.hide()
        self.derived_note = QLabel(self)
        self.derived_note.setWordWrap(True)
        self.derived_note.hide()
        entry = QHBoxLayout()
        for label, field in ((self.numerator_label, self.numerator), (self.denominator_label, self.denominator),
                             (self.value_label, self.value)):
            label.setBuddy(field)
            entry.addWidget(label)
            entry.addWidget(field)
        indicator_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_figures())
        layout.addWidget(self.indicator_label)
        layout.addWidget(indicator_view, 2)
        layout.addLayout(entry)
        layout.addWidget(self.figure_problem)
        layout.addWidget(self.derived_note)
        self.retranslate()

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("&Period:"))
        self.period_label.setBuddy(self.period)
        for index in range(self.period.count()):
            self.period.setItemText(index, period_text(self.period.itemData(index)))
        self.dossier_label.setText(self.tr("Dossiers by field (Biểu 06): type the form as written; each figure is "
                                           "kept as you type it. The totals (3), (7) and (11) are the sums of "
                                           "their parts."))
        self.indicator_label.setText(self.tr("Indicators in this period: type the figures of the selected one; "
                                             "they are kept as you type."))
        self.add_button.setText(self.tr("&Add field"))
        self.remove_button.setText(self.tr("&Remove field"))
        self.numerator_label.setText(self.tr("Nu&merator:"))
        self.denominator_label.setText(self.tr("&Denominator:"))
        self.value_label.setText(self.tr("or &value:"))
        self.derived_note.setText(self.tr("This figure is computed from the dossier figures (Biểu 06) above: change "
                                          "them to change it."))
        self._show_rates()

    def set_plan(self, plan_id: int | None, year: int, selected: str | None = None) -> None:
        self.plan_id = plan_id
        self.period.blockSignals(True)
        self.period.clear()
        keys = [f"{year}-Q{n}" for n in range(1, 5)] + [f"{year}-H1", f"{year}-9M", f"{year}-Y"]
        for key in keys if plan_id is not None else []:  # no plan, no periods
            self.period.addItem(period_text(key), key)
        self.period.setCurrentIndex(max(self.period.findData(selected), 0))
        self.period.blockSignals(False)
        self.load()

    def key(self) -> str:
        return str(self.period.currentData())

    def load(self) -> None:
        """The period's Biểu 06 and indicator results as stored; the selected indicator's figures shown again,
        unless they are the ones being typed (the change came from typing them here)."""
        if self.plan_id is None or not self.period.count():
            self.dossiers.set_rows([])
            self.indicators.set_results([])
            self._show_figures()
            return
        self.dossiers.set_rows(list(self.tracking.dossier_table(self.key()).rows))
        self.indicators.set_results(self.tracking.indicator_results(self.plan_id, self.key()))
        self._show_checks()
        if self.hub is None or self.hub.initiator is not self:
            self._show_figures()
        self._show_rates()

    def _show_rates(self, *_args: object) -> None:
        received = self.dossiers.total("received") if self.dossiers.rows else 0
        balanced = all(not rules.broken_rules(row) for row in self.dossiers.kept_rows())
        if not received or not balanced:  # a rate over rows that do not balance would mislead (111%)
            self.rates.setText("")
            return
        on_time = sum(self.dossiers.total(name) for name in ("settled_early", "settled_on_time", "pending_within"))
        self.rates.setText(self.tr("On time: {on_time} · online: {online}").format(
            on_time=vnformat.percent(100 * on_time / received),
            online=vnformat.percent(100 * self.dossiers.total("received_online") / received)))

    def _show_checks(self) -> None:
        """Rows kept that break the form's balance, (3) = (7) + (11): said, in the form's words, until they hold."""
        lines = []
        for row in self.dossiers.kept_rows():
            for rule in rules.broken_rules(row):
                left, right = rules.rule_sides(row, rule)
                lines.append(self.tr("Row “{field}” does not balance yet: {rule}, but {left} ≠ {right}.").format(
                    field=row.field, rule=rule.value, left=edit_text(left), right=edit_text(right)))
        self.dossier_checks.setText("\n".join(lines))
        self.dossier_checks.setVisible(bool(lines))

    def _refused(self, message: object) -> None:
        """A Biểu 06 cell refused what was typed: the cell keeps its value, the reason shows under the table."""
        self.dossier_problem.setText(str(message))
        self.dossier_problem.show()

    def show_figure(self, indicator_id: int, period: str, field: str) -> QLineEdit | None:
        """The field of an indicator's figure for a period, selected and focused (a check points here)."""
        if self.period.findData(period) >= 0:
            self.period.setCurrentIndex(self.period.findData(period))
        row = next((i for i, r in enumerate(self.indicators.results) if r.indicator_id == indicator_id), None)
        if row is None:
            return None
        self.indicator_view.selectRow(row)
        self.indicator_view.scrollTo(self.indicators.index(row, 0))
        line = {"numerator": self.numerator, "denominator": self.denominator}.get(field, self.value)
        line.setFocus()
        line.selectAll()
        return line

    # ---------------------------------------------------------------- Biểu 06, kept as typed

    def add_field(self) -> None:
        """A new row, its field typed first (it is kept once it has one)."""
        self.dossiers.add_row()
        index = self.dossiers.index(len(self.dossiers.rows) - 1, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def keep_rows(self, rows: list[DossierRow]) -> bool:
        """The period's rows as they now are (one cell typed, a row added or removed): an undoable command."""
        key, old = self.key(), self.dossiers.kept_rows()
        tracking = self.tracking
        command = ValueCommand(self.tr("Edit Biểu 06 of {period}").format(period=period_text(key)), self.hub, self,
                               self._refused, lambda kept: tracking.keep_dossier_rows(key, kept), old, list(rows))
        self.stack.push(command)
        if command.done:
            self.dossier_problem.hide()
            if self.hub is None:
                self.load()
        return command.done

    # ---------------------------------------------------------------- an indicator's figures, kept as typed

    def current_result(self) -> IndicatorResult | None:
        index = self.indicator_view.currentIndex()
        return self.indicators.results[index.row()] if index.isValid() else None

    @staticmethod
    def _stored(result: IndicatorResult) -> tuple[str, str, str]:
        """The figures as the fields show them: two counts of a ratio, or one value (exact, `edit_text`)."""
        return (edit_text(result.numerator), edit_text(result.denominator),
                edit_text(result.value if result.numerator is None else None))

    def _show_figures(self) -> None:
        """The selected indicator's figures, exactly as stored (committed unchanged, they are the same values).
        A figure Biểu 06 computes is shown, not offered for typing: what was typed would be ignored."""
        result = self.current_result()
        derived = result is not None and result.source == "dossiers"
        shown = self._stored(result) if result is not None else ("", "", "")
        for field, text in zip((self.numerator, self.denominator, self.value), shown, strict=True):
            field.setText(text)
            field.setReadOnly(derived or result is None)
        self.derived_note.setVisible(derived)
        self.figure_problem.hide()
        self.burst += 1

    def _burst_ended(self) -> None:
        """The field is left: the next typing is another undo step. Text that was refused does not stay on show
        as if it were kept: the figures kept come back, and the reason stays, saying so."""
        self.burst += 1
        if not self.figure_problem.isHidden() and self.current_result() is not None:
            reason = self.figure_problem.text()
            self._show_figures()
            self.figure_problem.setText(self.tr("{reason} What was typed is not kept; the figures shown are the "
                                                "ones kept.").format(reason=reason))
            self.figure_problem.show()

    def keep_figures(self) -> bool:
        """The selected indicator's figures for the period, as now typed: kept at once as an undoable command
        (a burst of typing in one field is one), or refused in place with the reason."""
        result = self.current_result()
        if result is None or result.source == "dossiers" or self.plan_id is None:
            return False
        typed = (self.numerator.text(), self.denominator.text(), self.value.text())
        old = self._stored(result)
        if typed == old:
            self.figure_problem.hide()
            return True
        tracking, indicator, key = self.tracking, result.indicator_id, self.key()
        command = ValueCommand(
            self.tr("Figures of indicator {indicator}").format(indicator=result.label or result.name), self.hub,
            self, self._figures_refused, lambda figures: tracking.set_measurement(indicator, key, *figures), old,
            typed, merge_key=("figures", indicator, key, self.burst))
        self.stack.push(command)
        if command.done:
            self.figure_problem.hide()
            if self.hub is None:
                self.load()
        return command.done

    def _figures_refused(self, error: Exception) -> None:
        self.figure_problem.setText(str(error))
        self.figure_problem.show()
