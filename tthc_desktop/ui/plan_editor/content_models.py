"""Item models of the plan's parts beside the outline: text lists (legal bases, recipients, articles), free-text
sections, the indicator table and the checks. Each model shows what the service returned; an edit goes to the
editor (`edit_requested`), which runs it through the service and pushes its undo command."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from tthc_desktop.domain import vnformat
from tthc_desktop.domain.enums import SectionKind
from tthc_desktop.domain.numbers import edit_text
from tthc_desktop.domain.periods import TargetRule
from tthc_desktop.services.plan_checks import Problem, Severity
from tthc_desktop.services.plan_content import IndicatorRow, SectionRow

Index = QModelIndex | QPersistentModelIndex
EDITABLE = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable
READ_ONLY = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


def _replace_rows(model: QAbstractListModel | QAbstractTableModel, old: Sequence[Any], new: Sequence[Any],
                  store: Callable[[list[Any]], None], columns: int = 1) -> None:
    """Tell the views what changed between two versions of a short list: one row in or out, or values."""
    if len(new) == len(old):
        store(list(new))
        changed = [row for row, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
        if changed:
            model.dataChanged.emit(model.index(min(changed), 0), model.index(max(changed), columns - 1))
        return
    if abs(len(new) - len(old)) == 1:
        short, long_ = (old, new) if len(new) > len(old) else (new, old)
        at = next((i for i, (a, b) in enumerate(zip(short, long_, strict=False)) if a != b), len(short))
        if list(short) == list(long_[:at]) + list(long_[at + 1:]):
            if len(new) > len(old):
                model.beginInsertRows(QModelIndex(), at, at)
                store(list(new))
                model.endInsertRows()
            else:
                model.beginRemoveRows(QModelIndex(), at, at)
                store(list(new))
                model.endRemoveRows()
            return
    model.beginResetModel()
    store(list(new))
    model.endResetModel()


class TextListModel(QAbstractListModel):
    """One document's legal bases, recipients or articles: a line each, numbered as they print."""

    def __init__(self, kind: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.texts: list[str] = []
        self.editable = False
        self.edit_requested: Callable[[str, list[str]], bool] | None = None

    def set_texts(self, texts: Sequence[str], editable: bool) -> None:
        self.editable = editable
        _replace_rows(self, self.texts, list(texts), self._store)

    def _store(self, texts: list[str]) -> None:
        self.texts = texts

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.texts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.texts):
            return None
        text = self.texts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"Điều {index.row() + 1}. {text}" if self.kind == "articles" else text
        if role in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return text
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return EDITABLE if self.editable else READ_ONLY

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit_requested is None:
            return False
        text = str(value).strip()
        if text == self.texts[index.row()]:
            return False
        texts = list(self.texts)
        texts[index.row()] = text
        return self.edit_requested(self.kind, texts)


SECTION_COLUMNS = (QT_TRANSLATE_NOOP("SectionModel", "Kind"), QT_TRANSLATE_NOOP("SectionModel", "Label"),
                   QT_TRANSLATE_NOOP("SectionModel", "Text"))
SECTION_KINDS = {SectionKind.HEADING: QT_TRANSLATE_NOOP("SectionModel", "Heading"),
                 SectionKind.PARAGRAPH: QT_TRANSLATE_NOOP("SectionModel", "Paragraph"),
                 SectionKind.BULLET: QT_TRANSLATE_NOOP("SectionModel", "Bullet")}


class SectionModel(QAbstractTableModel):
    """A document's free-text sections (purposes, requirements, implementation) as flat rows with a depth."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[SectionRow] = []
        self.editable = False
        self.edit_requested: Callable[[list[SectionRow]], bool] | None = None

    def set_rows(self, rows: Sequence[SectionRow], editable: bool) -> None:
        self.editable = editable
        _replace_rows(self, self.rows, list(rows), self._store, len(SECTION_COLUMNS))

    def _store(self, rows: list[SectionRow]) -> None:
        self.rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(SECTION_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("SectionModel", SECTION_COLUMNS[section])
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return "    " * row.depth + QCoreApplication.translate("SectionModel", SECTION_KINDS[row.kind])
            if column == 1:
                return row.label or ""
            return ("\u2013 " if row.kind is SectionKind.BULLET else "") + row.text
        if role == Qt.ItemDataRole.EditRole:
            return (row.kind.value, row.label or "", row.text)[column]
        if role == Qt.ItemDataRole.FontRole and row.kind is SectionKind.HEADING:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return EDITABLE if self.editable else READ_ONLY

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit_requested is None:
            return False
        row = self.rows[index.row()]
        if index.column() == 0:
            changed = SectionRow(row.depth, SectionKind(value), row.label, row.text)
        elif index.column() == 1:
            changed = SectionRow(row.depth, row.kind, str(value).strip() or None, row.text)
        else:
            changed = SectionRow(row.depth, row.kind, row.label, str(value).strip())
        if changed == row:
            return False
        rows = list(self.rows)
        rows[index.row()] = changed
        return self.edit_requested(rows)


# (field, header) in display order; "proposal" is the target rule's figure and is read-only.
INDICATOR_COLUMNS = (
    ("label", QT_TRANSLATE_NOOP("IndicatorModel", "No.")),
    ("name", QT_TRANSLATE_NOOP("IndicatorModel", "Indicator")),
    ("unit", QT_TRANSLATE_NOOP("IndicatorModel", "Unit")),
    ("comparator", QT_TRANSLATE_NOOP("IndicatorModel", "Compare")),
    ("target", QT_TRANSLATE_NOOP("IndicatorModel", "Target")),
    ("upstream_target", QT_TRANSLATE_NOOP("IndicatorModel", "Upper target")),
    ("last_year", QT_TRANSLATE_NOOP("IndicatorModel", "Last year")),
    ("proposal", QT_TRANSLATE_NOOP("IndicatorModel", "Proposed by the rule")),
    ("basis", QT_TRANSLATE_NOOP("IndicatorModel", "Basis")),
    ("formula", QT_TRANSLATE_NOOP("IndicatorModel", "Formula")),
    ("lead_units", QT_TRANSLATE_NOOP("IndicatorModel", "Lead units")),
)
INDICATOR_FIELDS = tuple(name for name, _title in INDICATOR_COLUMNS)
_NUMBER_FIELDS = {"target", "upstream_target", "last_year"}
COMPARATOR_SIGNS = {">=": "\u2265", "<=": "\u2264", "=": "="}
RULE_TEXT = {
    TargetRule.NO_BASIS: QT_TRANSLATE_NOOP("IndicatorModel", "no last-year result or upper target: kept as written"),
    TargetRule.UPSTREAM_ONLY: QT_TRANSLATE_NOOP("IndicatorModel", "no result last year: the upper target"),
    TargetRule.BELOW_UPSTREAM: QT_TRANSLATE_NOOP("IndicatorModel", "last year below the upper target: the upper "
                                                                   "target"),
    TargetRule.RAISED: QT_TRANSLATE_NOOP("IndicatorModel", "last year's result raised by 10%"),
    TargetRule.RAISED_CAPPED: QT_TRANSLATE_NOOP("IndicatorModel", "last year raised by 10%, capped at 100%"),
    TargetRule.UPSTREAM_FLOOR: QT_TRANSLATE_NOOP("IndicatorModel", "raised by 10% but below the upper target: "
                                                                   "the upper target"),
}


def _figure(value: Any, unit: str | None) -> str:
    if value is None:
        return ""
    return vnformat.percent(value) if (unit or "").strip() == "%" else vnformat.number(value)


class IndicatorModel(QAbstractTableModel):
    """The plan's indicator table, with what the target rule proposes beside each target."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[IndicatorRow] = []
        self.editable = False
        self.edit_requested: Callable[[int, str, Any], bool] | None = None

    def set_rows(self, rows: Sequence[IndicatorRow], editable: bool) -> None:
        self.editable = editable
        _replace_rows(self, self.rows, list(rows), self._store, len(INDICATOR_COLUMNS))

    def _store(self, rows: list[IndicatorRow]) -> None:
        self.rows = rows

    def row_of(self, indicator_id: int) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.id == indicator_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(INDICATOR_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("IndicatorModel", INDICATOR_COLUMNS[section][1])
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, name = self.rows[index.row()], INDICATOR_FIELDS[index.column()]
        values, unit = row.values, row.values.get("unit")
        if name == "proposal":
            target, rule = row.proposal()
            if role == Qt.ItemDataRole.DisplayRole:
                return _figure(target, unit)
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("IndicatorModel", RULE_TEXT[rule])
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#555555"))
            return None
        value = values.get(name)
        if role == Qt.ItemDataRole.DisplayRole:
            if name in _NUMBER_FIELDS:
                return _figure(value, unit)
            if name == "lead_units":
                return "; ".join(value or [])
            if name == "comparator":
                return COMPARATOR_SIGNS.get(value, value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            if name in _NUMBER_FIELDS:  # exact, never rounded: committed unchanged, it is the value stored
                return edit_text(value)
            if name == "lead_units":
                return "; ".join(value or [])
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and name == "target":
            target, rule = row.proposal()
            if target is not None and value is not None and abs(target - value) > 1e-9:
                return QCoreApplication.translate("IndicatorModel", "Set by hand; the rule proposes {figure} "
                                                  "({rule}).").format(
                    figure=_figure(target, unit), rule=QCoreApplication.translate("IndicatorModel", RULE_TEXT[rule]))
            return QCoreApplication.translate("IndicatorModel", RULE_TEXT[rule])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not self.editable or INDICATOR_FIELDS[index.column()] == "proposal":
            return READ_ONLY
        return EDITABLE

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit_requested is None:
            return False
        row, name = self.rows[index.row()], INDICATOR_FIELDS[index.column()]
        if name == "lead_units":
            value = [part.strip() for part in str(value).replace("\n", ";").split(";") if part.strip()]
        elif isinstance(value, str):
            value = value.strip()
        if value == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        return self.edit_requested(row.id, name, value)


class ChecksModel(QAbstractListModel):
    """What is wrong or missing, blocking problems first; each row knows the field it points at."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.problems: list[Problem] = []

    def set_problems(self, problems: Sequence[Problem]) -> None:
        _replace_rows(self, self.problems, list(problems), self._store)

    def _store(self, problems: list[Problem]) -> None:
        self.problems = problems

    def problem(self, row: int) -> Problem:
        return self.problems[row]

    def blocking_count(self) -> int:
        return sum(p.severity is Severity.BLOCKING for p in self.problems)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.problems)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.problems):
            return None
        problem = self.problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return problem.message
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#a4262c" if problem.severity is Severity.BLOCKING else "#8a6100"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if problem.severity is Severity.BLOCKING:
                return self.tr("Must be fixed before issuing. Double-click to go to the field.")
            return self.tr("Worth a look; does not stop issuing. Double-click to go to the field.")
        return None
