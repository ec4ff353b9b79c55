"""The tracker's figures: Biểu 06 dossier counts for a period, checked before they are kept, and the
period's indicator results computed from them and from the figures entered."""

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

from tthc_desktop.domain import vnformat
from tthc_desktop.domain.numbers import edit_text
from tthc_desktop.domain.tracking import Attainment
from tthc_desktop.errors import TthcError
from tthc_desktop.services.tracking import TrackingService
from tthc_desktop.services.tracking_dto import IndicatorResult
from tthc_desktop.ui.messages import report_error
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
        values = [r.label or "", r.name, "" if r.target is None else vnformat.number(r.target), period,
                  QCoreApplication.translate("IndicatorResultsModel", ATTAINMENT[r.attainment]),
                  shown(r.year_to_date_value),
                  QCoreApplication.translate("IndicatorResultsModel", ATTAINMENT[r.year_to_date_attainment])]
        return values[index.column()]


class FiguresView(QWidget):
    def __init__(self, tracking: TrackingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tracking = tracking
        self.plan_id: int | None = None
        self.period = QComboBox(self)
        self.period.currentIndexChanged.connect(self.load)
        self.dossiers = DossierModel(self)
        self.dossiers.dataChanged.connect(self._show_rates)
        self.table = QTableView(self)
        self.table.setModel(self.dossiers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_button, self.remove_button = QPushButton(self), QPushButton(self)
        self.save_button = QPushButton(self)
        self.add_button.clicked.connect(lambda: self.dossiers.add_row())
        self.remove_button.clicked.connect(lambda: self.dossiers.remove_row(self.table.currentIndex().row()))
        self.save_button.clicked.connect(self.save)
        self.rates = QLabel(self)
        self.dossier_problem = QLabel(self)  # a cell refused in place: why, until the next edit
        self.dossier_problem.setObjectName("dossierProblem")
        self.dossier_problem.setStyleSheet("color: #a4262c")
        self.dossier_problem.setWordWrap(True)
        self.dossier_problem.hide()
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
        for button in (self.add_button, self.remove_button, self.save_button):
            buttons.addWidget(button)
        buttons.addWidget(self.rates, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.dossier_label)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.dossier_problem)
        layout.addLayout(buttons)
        self.numerator, self.denominator, self.value = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.numerator_label, self.denominator_label, self.value_label = QLabel(self), QLabel(self), QLabel(self)
        self.save_indicator = QPushButton(self)
        self.save_indicator.clicked.connect(lambda: self.save_figures())
        self.derived_note = QLabel(self)
        self.derived_note.setWordWrap(True)
        self.derived_note.hide()
        entry = QHBoxLayout()
        for label, field in ((self.numerator_label, self.numerator), (self.denominator_label, self.denominator),
                             (self.value_label, self.value)):
            label.setBuddy(field)
            entry.addWidget(label)
            entry.addWidget(field)
        entry.addWidget(self.save_indicator)
        indicator_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_figures())
        layout.addWidget(self.indicator_label)
        layout.addWidget(indicator_view, 2)
        layout.addLayout(entry)
        layout.addWidget(self.derived_note)
        self.retranslate()

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("&Period:"))
        self.period_label.setBuddy(self.period)
        for index in range(self.period.count()):
            self.period.setItemText(index, period_text(self.period.itemData(index)))
        self.dossier_label.setText(self.tr("Dossiers by field (Biểu 06): type the form as written; an empty "
                                           "total (3), (7) or (11) is the sum of its parts."))
        self.indicator_label.setText(self.tr("Indicators in this period"))
        self.add_button.setText(self.tr("&Add field"))
        self.remove_button.setText(self.tr("&Remove field"))
        self.save_button.setText(self.tr("&Save figures"))
        self.numerator_label.setText(self.tr("Nu&merator:"))
        self.denominator_label.setText(self.tr("&Denominator:"))
        self.value_label.setText(self.tr("or &value:"))
        self.save_indicator.setText(self.tr("Save the &indicator's figures"))
        self.derived_note.setText(self.tr("This figure is computed from the dossier figures (Biểu 06) above: change "
                                          "them to change it."))
        self._show_rates()

    def set_plan(self, plan_id: int | None, year: int, selected: str | None = None) -> None:
        self.plan_id = plan_id
        self.period.blockSignals(True)
        self.period.clear()
        for key in [f"{year}-Q{n}" for n in range(1, 5)] + [f"{year}-H1", f"{year}-9M", f"{year}-Y"]:
            self.period.addItem(period_text(key), key)
        self.period.setCurrentIndex(max(self.period.findData(selected), 0))
        self.period.blockSignals(False)
        self.load()

    def key(self) -> str:
        return str(self.period.currentData())

    def load(self) -> None:
        if self.plan_id is None or not self.period.count():
            self.dossiers.set_rows([])
            self.indicators.set_results([])
            return
        self.dossiers.set_rows(list(self.tracking.dossier_table(self.key()).rows))
        self.indicators.set_results(self.tracking.indicator_results(self.plan_id, self.key()))
        self._show_rates()

    def _show_rates(self, *_args: object) -> None:
        received = self.dossiers.total("received") if self.dossiers.rows else 0
        if not received:
            self.rates.setText("")
            return
        on_time = sum(self.dossiers.total(name) for name in ("settled_early", "settled_on_time", "pending_within"))
        self.rates.setText(self.tr("On time: {on_time} · online: {online}").format(
            on_time=vnformat.percent(100 * on_time / received),
            online=vnformat.percent(100 * self.dossiers.total("received_online") / received)))

    def _refused(self, message: str) -> None:
        """A Biểu 06 cell refused what was typed: the cell keeps its value, the reason shows under the table."""
        self.dossier_problem.setText(message)
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

    def current_result(self) -> IndicatorResult | None:
        index = self.indicator_view.currentIndex()
        return self.indicators.results[index.row()] if index.isValid() else None

    def _show_figures(self) -> None:
        """The selected indicator's figures, exactly as stored (committed unchanged, they are the same values).
        A figure Biểu 06 computes is shown, not offered for typing: what was typed would be ignored."""
        result = self.current_result()
        derived = result is not None and result.source == "dossiers"
        for field, figure in ((self.numerator, result.numerator if result else None),
                              (self.denominator, result.denominator if result else None),
                              (self.value, result.value if result and result.numerator is None else None)):
            field.setText(edit_text(figure))
            field.setReadOnly(derived)
        self.save_indicator.setEnabled(result is not None and not derived)
        self.derived_note.setVisible(derived)

    def save_figures(self) -> bool:
        """The selected indicator's figures for the period, as typed: two counts of a ratio, or one value. The
        service reads and bounds them; a refusal names the field and leaves the typed text in place."""
        result = self.current_result()
        if result is None:
            return False
        figures = [f.text() for f in (self.numerator, self.denominator, self.value)]
        try:
            self.tracking.set_measurement(result.indicator_id, self.key(), *figures)
        except TthcError as error:
            report_error(self, error)
            return False
        row = self.indicator_view.currentIndex().row()
        self.indicators.set_results(self.tracking.indicator_results(self.plan_id, self.key()))
        self.indicator_view.selectRow(row)
        return True

    def save(self) -> bool:
        """Keep the rows only if every row passes the form's checks; otherwise say which and keep them here."""
        try:
            self.tracking.set_dossier_rows(self.key(), list(self.dossiers.rows))
        except TthcError as error:
            report_error(self, error)
            return False
        self.load()
        return True
