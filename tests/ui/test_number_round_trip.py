"""What an editor shows, committed unchanged, is the value stored: for every editable number column of every item
model (and the tracker's figure fields), over many values, through the real model's setData/data, the services
and a real database file. Text typed in another convention, or no number at all, is refused in place and never
becomes 0."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QAbstractItemModel, Qt

import tthc_desktop.ui
from tests.clock import Clock
from tests.ui.conftest import WindowFactory
from tests.ui.test_plan_editor import draft_window
from tthc_desktop.domain import bounds
from tthc_desktop.domain.numbers import edit_text
from tthc_desktop.services.tracking import TrackingService
from tthc_desktop.ui.plan_editor.content_models import INDICATOR_FIELDS
from tthc_desktop.ui.tracker.dossier_model import COUNTS, PARTS, TOTALS
from tthc_desktop.ui.tracker.workspace import TaskTrackerWorkspace

EDIT = Qt.ItemDataRole.EditRole
# Every item model of the UI, and its editable number columns; a new model must be placed here.
NUMBER_COLUMNS: dict[str, tuple[str, ...]] = {
    "IndicatorModel": ("target", "upstream_target", "last_year"),
    "DossierModel": COUNTS,
}
WITHOUT_EDITABLE_NUMBERS = {
    "OutlineModel", "TextListModel", "SectionModel", "ChecksModel", "PastedRowsModel", "TrackerModel",
    "TrackerFilter", "IndicatorResultsModel", "ReportListModel", "ReportSectionsModel", "ReportTableModel",
    "PlanListModel", "PlanFilterProxy", "RowsModel", "UnitModel", "OfficialModel", "OutboxModel", "ContactsModel",
    "IndicatorPreviewModel", "SourceModel", "TableKindsModel", "UnitTallyModel", "UnmatchedUnitModel",
    "SlipHistoryModel", "UnitDuesModel", "TimelineModel",
}
FAST = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))


def test_every_item_model_is_known_with_its_number_columns() -> None:
    found = set()
    for module in pkgutil.walk_packages(tthc_desktop.ui.__path__, "tthc_desktop.ui."):
        for name, cls in inspect.getmembers(importlib.import_module(module.name), inspect.isclass):
            if issubclass(cls, QAbstractItemModel) and cls.__module__ == module.name:
                found.add(name)
    unknown = found - set(NUMBER_COLUMNS) - WITHOUT_EDITABLE_NUMBERS
    assert not unknown, f"place these models in NUMBER_COLUMNS or WITHOUT_EDITABLE_NUMBERS: {sorted(unknown)}"
    assert set(NUMBER_COLUMNS) <= found
    assert set(NUMBER_COLUMNS["IndicatorModel"]) == set(INDICATOR_FIELDS) & set(bounds.INDICATOR_FIGURES)


def percents() -> st.SearchStrategy[Decimal]:
    return st.decimals(min_value=0, max_value=100, places=4, allow_nan=False, allow_infinity=False)


def amounts() -> st.SearchStrategy[Decimal]:
    return st.decimals(min_value=0, max_value=10**11, places=3, allow_nan=False, allow_infinity=False)


def test_indicator_numbers_typed_as_shown_are_stored_exactly(open_window: WindowFactory, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: refused.append(text))
    window, plan_id = draft_window(open_window)
    content = window.services.content
    count_id = content.insert_indicator(plan_id, 0, {"name": "Số văn bản chỉ đạo", "unit": "văn bản"})
    window.editor.refresh_content()
    model = window.editor.indicators.model

    def cell(indicator_id: int, field: str):  # noqa: ANN202
        return model.index(model.row_of(indicator_id), INDICATOR_FIELDS.index(field))

    def stored(indicator_id: int, field: str) -> float | None:
        return next(r for r in content.content(plan_id).indicators if r.id == indicator_id).values[field]

    percent_ids = [r.id for r in content.content(plan_id).indicators if r.values["unit"] == "%"][:2]

    @FAST
    @given(field=st.sampled_from(NUMBER_COLUMNS["IndicatorModel"]), percent=st.booleans(), data=st.data())
    def typed(field: str, percent: bool, data: st.DataObject) -> None:
        value = data.draw(percents() if percent else amounts())
        indicator_id = percent_ids[0] if percent else count_id
        index = cell(indicator_id, field)
        text = edit_text(value)
        if index.data(EDIT) != text:
            assert model.setData(index, text), refused
        assert Decimal(repr(stored(indicator_id, field))) == value  # exactly, never rounded
        assert index.data(EDIT) == text  # the editor shows what was typed

    @FAST
    @given(field=st.sampled_from(NUMBER_COLUMNS["IndicatorModel"]),
           value=st.floats(min_value=0, max_value=100, allow_nan=False))
    def shown_and_committed(field: str, value: float) -> None:
        """Any float stored (a proposal, an older import), shown, then committed into another row unchanged."""
        content.update_indicator(percent_ids[0], **{field: value})
        window.editor.refresh_content()
        shown = cell(percent_ids[0], field).data(EDIT)
        target = cell(percent_ids[1], field)
        if target.data(EDIT) != shown:
            assert model.setData(target, shown), refused
        assert stored(percent_ids[1], field) == value

    typed()
    shown_and_committed()
    assert not refused


@pytest.fixture
def figures(qtbot, open_window: WindowFactory, tmp_path: Path):  # noqa: ANN001, ANN201
    window = open_window()
    clock = Clock(date(2025, 4, 20))
    services = dataclasses.replace(window.services, tracking=TrackingService(
        window.services.database.session_factory, today=clock, storage=tmp_path / "store"))
    workspace = TaskTrackerWorkspace(services, today=clock)
    qtbot.addWidget(workspace)
    workspace.set_plan(window.current_plan())
    view = workspace.figures
    view.period.setCurrentIndex(view.period.findData("2025-Q1"))
    return view


def form_rows() -> st.SearchStrategy[dict[str, int | None]]:
    """A sound Biểu 06 row: settled and pending parts, the received parts adding up to them, totals typed or not."""
    count = st.integers(min_value=0, max_value=10**11)

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, int | None]:
        row: dict[str, int | None] = {name: draw(count) for name in (*PARTS["settled"], *PARTS["pending"])}
        total = sum(v or 0 for v in row.values())
        online = draw(st.integers(0, total))
        in_person = draw(st.integers(0, total - online))
        row.update(received_online=online, received_in_person=in_person, carried_over=total - online - in_person)
        for name in TOTALS:
            row[name] = sum(row[p] or 0 for p in PARTS[name]) if draw(st.booleans()) else None
        return row

    return build()


def test_dossier_counts_typed_as_shown_are_stored_exactly(figures) -> None:  # noqa: ANN001
    model = figures.dossiers
    tracking = figures.tracking

    @FAST
    @given(row=form_rows())
    def typed(row: dict[str, int | None]) -> None:
        figures.load()
        if not model.rows:
            model.add_row()
        model.setData(model.index(0, 0), "Hộ tịch")
        # Kept as typed, cell by cell: the parts, then the totals (checked against the parts as typed).
        for name in [n for n in COUNTS if n not in TOTALS] + list(TOTALS):
            assert model.setData(model.index(0, 1 + COUNTS.index(name)), edit_text(row[name])), \
                figures.dossier_problem.text()
        figures.load()  # read back from the database: a total comes back as the sum it stands for
        expected = {name: row[name] if row[name] is not None else sum(row[p] or 0 for p in PARTS[name])
                    for name in COUNTS}
        assert [model.index(0, 1 + COUNTS.index(n)).data(EDIT) for n in COUNTS] == [
            edit_text(expected[n]) for n in COUNTS]
        saved = tracking.dossier_table("2025-Q1").rows[0]
        assert all(getattr(saved, name) == expected[name] for name in COUNTS)

    typed()


@pytest.mark.parametrize("text", ["abc", "95.5", "-1", "1,5", "1e3", "1.250.5"])
def test_a_dossier_cell_that_is_no_count_is_refused_in_place(figures, text: str) -> None:  # noqa: ANN001
    model = figures.dossiers
    model.add_row("Hộ tịch")
    assert model.setData(model.index(0, 2), "1.250")  # (4): read as one thousand two hundred and fifty
    assert model.index(0, 2).data(EDIT) == "1.250" and model.rows[0].received_online == 1250
    assert not model.setData(model.index(0, 2), text)  # refused: the cell keeps its value, never 0
    assert model.rows[0].received_online == 1250 and model.index(0, 2).data() == "1.250"
    problem = figures.dossier_problem.text()
    assert not figures.dossier_problem.isHidden() and "Hộ tịch" in problem and "(4)" in problem and text in problem
    assert not model.setData(model.index(0, 3), "")  # an empty part is not 0 either
    assert model.setData(model.index(0, 3), "0") and figures.dossier_problem.isHidden()


def retype(qtbot, field, text: str) -> None:  # noqa: ANN001
    """As the clerk types over a field: everything selected and deleted, then the text key by key."""
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    if text:
        qtbot.keyClicks(field, text)


def test_figure_fields_typed_as_shown_are_stored_exactly(figures, qtbot) -> None:  # noqa: ANN001
    """Kept as typed, key by key (no Save button): what the fields show, read back, is what was stored."""
    refused = figures.figure_problem
    results = figures.indicators.results
    ratio_row = next(i for i, r in enumerate(results) if r.label == "6")  # digitisation: two counts
    value_row = next(i for i, r in enumerate(results) if r.label == "10")  # satisfaction: a value in %

    @FAST
    @given(numerator=st.integers(0, 10**11), extra=st.integers(0, 10**11), value=percents())
    def typed(numerator: int, extra: int, value: Decimal) -> None:
        figures.indicator_view.selectRow(ratio_row)
        retype(qtbot, figures.denominator, edit_text(numerator + extra))
        retype(qtbot, figures.numerator, edit_text(numerator))
        assert refused.isHidden(), refused.text()
        figures.indicator_view.selectRow(value_row)
        figures.indicator_view.selectRow(ratio_row)  # shown again from what was stored
        assert (figures.numerator.text(), figures.denominator.text()) == (edit_text(numerator),
                                                                          edit_text(numerator + extra))
        figures.indicator_view.selectRow(value_row)
        retype(qtbot, figures.value, edit_text(value))
        assert refused.isHidden(), refused.text()
        figures.indicator_view.selectRow(ratio_row)
        figures.indicator_view.selectRow(value_row)
        assert figures.value.text() == edit_text(value)
        assert Decimal(repr(figures.indicators.results[value_row].value)) == value

    typed()
    for text in ("abc", "95.5", "-1", "1,5"):  # in a count: refused in place with the field's name, text stays
        figures.indicator_view.selectRow(ratio_row)
        retype(qtbot, figures.denominator, "10")
        retype(qtbot, figures.numerator, "3")
        assert refused.isHidden() and figures.current_result().numerator == 3
        retype(qtbot, figures.numerator, text)
        assert not refused.isHidden() and "Tử số" in refused.text() and figures.numerator.text() == text
        stored = figures.current_result().numerator
        assert stored == 3 or edit_text(stored) in text  # at most a number typed before the refused key
        figures.numerator.editingFinished.emit()  # leaving the field: what is kept comes back, and says so
        assert figures.numerator.text() == edit_text(stored) and not refused.isHidden()


def test_a_figure_computed_from_bieu_06_is_shown_as_such_and_not_offered_for_typing(figures) -> None:  # noqa: ANN001
    model = figures.dossiers
    model.add_row("Hộ tịch")
    for column, value in {4: 60, 5: 30, 6: 10, 8: 20, 9: 65, 10: 5, 12: 8, 13: 2}.items():
        assert model.setData(model.index(0, column - 2), str(value))
    row = next(i for i, r in enumerate(figures.indicators.results) if r.label == "4")  # online rate: (4)/(3)
    figures.indicator_view.selectRow(row)
    assert figures.indicators.index(row, 3).data() == "60% (Biểu 06)"
    assert "Biểu 06" in figures.indicators.index(row, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert figures.numerator.isReadOnly() and figures.denominator.isReadOnly() and figures.value.isReadOnly()
    assert not figures.derived_note.isHidden() and "Biểu 06" in figures.derived_note.text()
    assert (figures.numerator.text(), figures.denominator.text()) == ("60", "100")
    other = next(i for i, r in enumerate(figures.indicators.results) if r.label == "6")
    figures.indicator_view.selectRow(other)
    assert not figures.numerator.isReadOnly()
    assert figures.derived_note.isHidden()


def test_abc_typed_into_a_dossier_cell_of_the_table_is_refused_not_zero(figures, qtbot) -> None:  # noqa: ANN001
    """Through the table view's own editor, as the clerk types: the editor is a text field (it was a spin box that
    turned "abc" into 0), the cell keeps its value and the reason shows under the table."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    workspace = figures.parent()
    while not isinstance(workspace, TaskTrackerWorkspace):
        workspace = workspace.parent()
    pages = workspace.pages
    pages.setCurrentIndex(next(i for i in range(pages.count()) if pages.widget(i).isAncestorOf(figures)
                               or pages.widget(i) is figures))  # the figures page
    workspace.show()
    qtbot.waitExposed(workspace)
    model, view = figures.dossiers, figures.table
    model.add_row("Hộ tịch")
    assert model.setData(model.index(0, 2), "7")
    shown = "7"
    for typed, kept in (("abc", "7"), ("1.250", "1.250"), ("95.5", "1.250")):
        index = model.index(0, 2)
        view.setCurrentIndex(index)
        assert view.edit(index, view.EditTrigger.AllEditTriggers, None)
        editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]  # the spent ones linger
        assert len(editors) == 1 and editors[0].text() == shown
        editors[0].selectAll()
        qtbot.keyClicks(editors[0], typed)
        qtbot.keyClick(editors[0], Qt.Key.Key_Return)
        QApplication.processEvents()
        assert model.index(0, 2).data() == kept
        shown = kept
    assert "Viết 95,5" in figures.dossier_problem.text() and not figures.dossier_problem.isHidden()


def test_a_count_an_older_file_holds_as_2_5_is_shown_as_it_is_not_rounded(figures) -> None:  # noqa: ANN001
    import sqlite3

    figures.tracking.set_dossier_rows("2025-Q1", [])
    model = figures.dossiers
    model.add_row("Hộ tịch")
    for column, value in {4: "2", 9: "2"}.items():
        assert model.setData(model.index(0, column - 2), value)
    path = figures.tracking._session_factory.kw["bind"].url.database
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE dossier_stats SET carried_over = 2.5, received_online = ?", (float("inf"),))
    figures.load()
    assert model.index(0, 4).data() == "2,5" and model.index(0, 2).data() == "\u221e"
