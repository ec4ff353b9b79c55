"""Every kind of check leads to a field that can fix it: each is caused on a real database, double-clicked in the
checks panel as the clerk does, its target found visible, enabled and editable, fixed there, and the check gone.

The kinds are read from services/plan_checks.py itself (each `Problem(...)` it builds, by pane and field), so a
new check without a screen to fix it fails here. An imported plan that stands alone (no decision) is issued by
itself once its own checks are fixed on its own Plan page."""

from __future__ import annotations

import ast
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QWidget,
)

from tests.ui.conftest import WindowFactory
from tthc_desktop.domain.enums import DocumentStatus, OutlineKind
from tthc_desktop.services import plan_checks
from tthc_desktop.services.plan_checks import Pane, Problem
from tthc_desktop.ui.main_window import MainWindow
from tthc_desktop.ui.plan_editor.issue_dialog import IssueDialog

LONE_PLAN = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ HÀNH DŨNG\tĐộc lập - Tự do - Hạnh phúc
Số: 07/KH-UBND\tHành Dũng, ngày 12 tháng 01 năm 2026
KẾ HOẠCH
Kiểm soát thủ tục hành chính năm 2026 trên địa bàn xã Hành Dũng
Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính
Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh, UBND xã ban hành Kế hoạch năm 2026 như sau:
I. MỤC ĐÍCH, YÊU CẦU
Kiểm soát chặt chẽ việc giải quyết thủ tục hành chính tại Bộ phận Một cửa.
II. NỘI DUNG
STT\tNội dung công việc\tCơ quan chủ trì\tThời gian thực hiện
1\tRà soát, công khai thủ tục hành chính\tVăn phòng - Thống kê\tQuý I/2026
2\tTiếp nhận, xử lý phản ánh, kiến nghị\tVăn phòng - Thống kê\tThường xuyên
Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
- UBND tỉnh;\tCHỦ TỊCH
- Lưu: VT.
\tTrần Văn Thiện
"""


def check_kinds_in_source() -> set[tuple[str, str | None]]:
    """(pane, field) of every Problem the checks build; a field that is a variable counts as "*" (any)."""
    tree = ast.parse(Path(plan_checks.__file__).read_text(encoding="utf-8"))
    kinds = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Problem":
            pane = node.args[2]
            assert isinstance(pane, ast.Attribute), ast.dump(pane)
            field_node = node.args[4] if len(node.args) > 4 else next(
                (k.value for k in node.keywords if k.arg == "field"), None)
            field = None if field_node is None else (
                field_node.value if isinstance(field_node, ast.Constant) else "*")
            kinds.add((Pane[pane.attr].value, field))
    return kinds


@dataclass
class Case:
    name: str
    cause: Callable[[], None]
    wanted: Callable[[Problem], bool]
    fix: Callable[[QWidget], None]


def commit_line(widget: QWidget, text: str) -> None:
    assert isinstance(widget, QLineEdit)
    widget.setText(text)
    widget.editingFinished.emit()


def set_current(widget: QWidget, text: str) -> None:
    """Type into the current row of a list or table, as its editor commits."""
    assert isinstance(widget, QAbstractItemView)
    assert widget.model().setData(widget.currentIndex(), text)


def add_row_then_type(widget: QWidget, text: str) -> None:
    """An empty list: its Add action (the same one as Ctrl+Enter) opens a line; the clerk types into it."""
    assert isinstance(widget, QAbstractItemView)
    add = owner_action(widget, "add")
    add.trigger()
    set_current(widget, text)


def owner_action(view: QWidget, name: str) -> Any:
    """The row action of the pane that holds `view` (a list's own, or the task tree's Add task)."""
    owner = view.parentWidget()
    while owner is not None and not hasattr(owner, "actions_") and not hasattr(owner, "add_task_action"):
        owner = owner.parentWidget()
    assert owner is not None, f"{view.objectName()} has no row actions"
    if not hasattr(owner, "actions_"):
        return owner.add_task_action
    return owner.actions_[name]


def choose_signer(widget: QWidget) -> None:
    assert isinstance(widget, QComboBox) and widget.count() > 1
    widget.setCurrentIndex(1)
    widget.activated.emit(1)


def focused(window: MainWindow) -> QWidget:
    """The widget given the focus: in the window, or in the Issue dialog it opened."""
    dialog = next((w for w in window.findChildren(IssueDialog) if w.isVisible()), None)
    widget = (dialog or window).focusWidget()
    assert widget is not None, "nothing has the focus"
    return widget


def assert_editable(widget: QWidget, name: str) -> None:
    assert widget.isVisible(), f"{name}: {type(widget).__name__} {widget.objectName()} is not visible"
    assert widget.isEnabled(), f"{name}: {widget.objectName()} is disabled"
    window = widget.window()
    assert window.isVisible(), name
    if isinstance(widget, QLineEdit | QDateEdit):
        assert not widget.isReadOnly(), f"{name}: {widget.objectName()} is read-only"
    elif isinstance(widget, QAbstractItemView):
        assert widget.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers, name
        if widget.model().rowCount():
            index = widget.currentIndex()
            assert index.isValid(), f"{name}: no row chosen in {widget.objectName()}"
            assert index.flags() & Qt.ItemFlag.ItemIsEditable, f"{name}: the chosen cell is not editable"
        else:
            assert owner_action(widget, "add").isEnabled(), f"{name}: cannot add a row"
    elif isinstance(widget, QComboBox):
        assert widget.count() > 1, name
    else:
        raise AssertionError(f"{name}: the focus is on {type(widget).__name__}, not a field")


def go_to_problem(qtbot: Any, window: MainWindow, wanted: Callable[[Problem], bool], name: str) -> Problem:
    editor = window.editor
    window.tabs.setCurrentWidget(editor)
    editor.refresh_content()
    editor.refresh_checks()
    rows = [row for row, p in enumerate(editor.checks_model.problems) if wanted(p)]
    assert rows, f"{name}: the check did not appear: {[p.message for p in editor.checks_model.problems]}"
    index = editor.checks_model.index(rows[0])
    editor.checks_view.scrollTo(index)
    where = editor.checks_view.visualRect(index).center()
    qtbot.mouseClick(editor.checks_view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(editor.checks_view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    return editor.checks_model.problems[rows[0]]


def walk(qtbot: Any, window: MainWindow, cases: list[Case], seen: set[tuple[str, str | None]]) -> None:
    for case in cases:
        case.cause()
        problem = go_to_problem(qtbot, window, case.wanted, case.name)
        seen.add((problem.pane.value, problem.field))
        target = focused(window)
        assert_editable(target, case.name)
        case.fix(target)
        window.editor.refresh_checks()
        left = [p.message for p in window.editor.checks_model.problems if case.wanted(p)]
        assert not left, f"{case.name}: still there after the fix: {left}"


def raw(db: Path, sql: str, *args: Any) -> None:
    with sqlite3.connect(db) as connection:
        connection.execute(sql, args)


def test_every_check_leads_to_a_field_that_fixes_it(qtbot, open_window: WindowFactory, tmp_path: Path) -> None:  # noqa: ANN001
    window = open_window()
    services, db = window.services, tmp_path / "tthc.sqlite"
    window.resize(1366, 768)
    seen: set[tuple[str, str | None]] = set()

    # A copy of last year's plan, with its decision.
    copy = services.plans.copy_plan(1, 2026)
    window.reload_plans()
    window.select_plan(copy.id)
    content = services.content.content(copy.id)
    decision, plan_doc = content.decision, content.plan
    assert decision is not None
    indicator = content.indicators[3]
    percent = next(row for row in content.indicators if row.values.get("unit") == "%")
    task_ids: list[int] = []
    chair = services.organization.officials(signers_only=True)[0]

    def reopen() -> None:
        """The outline changed under the editor (as another session would): open the plan again."""
        window.select_plan(1)
        window.select_plan(copy.id)

    def insert_task(text: str, **fields: Any) -> None:
        task_ids.append(services.outline.insert(copy.id, None, 0, OutlineKind.TASK, text, **fields))
        reopen()

    def pane(kind: Pane, key: int | None = None, field: str | None = None, text: str = "") -> Callable[[Problem], bool]:
        return lambda p: p.pane is kind and (key is None or p.key == key) and (field is None or p.field == field) \
            and text in p.message

    cases = [
        Case("copied legal basis", lambda: None,
             lambda p: p.pane is Pane.LEGAL_BASES and p.key == decision.id and p.index == 7 and "2025" in p.message,
             lambda w: set_current(w, "Căn cứ Quyết định số 25/QĐ-UBND ngày 20/01/2026 của Chủ tịch UBND tỉnh ban "
                                      "hành Kế hoạch kiểm soát thủ tục hành chính năm 2026;")),
        Case("decision subject", lambda: services.documents.update(decision.id, subject=""),
             pane(Pane.DOCUMENT, decision.id, "subject"),
             lambda w: commit_line(w, "Ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2026")),
        Case("decision signer", lambda: services.content.set_signer(decision.id, None),
             pane(Pane.DOCUMENT, decision.id, "signer"), choose_signer),
        Case("authority line", lambda: services.documents.update(decision.id, authority_line=""),
             pane(Pane.DOCUMENT, decision.id, "authority_line"),
             lambda w: commit_line(w, "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÀNH DŨNG")),
        Case("plan subject", lambda: services.documents.update(plan_doc.id, subject=""),
             pane(Pane.DOCUMENT, plan_doc.id, "subject"),
             lambda w: commit_line(w, "Hoạt động kiểm soát thủ tục hành chính năm 2026")),
        Case("no legal bases", lambda: services.content.set_texts(decision.id, "legal_bases", []),
             pane(Pane.LEGAL_BASES, decision.id, text="Căn cứ"),
             lambda w: add_row_then_type(w, "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;")),
        Case("legal basis without ;", lambda: services.content.set_texts(
            decision.id, "legal_bases", ["Căn cứ Luật Tổ chức chính quyền địa phương năm 2025"]),
             pane(Pane.LEGAL_BASES, decision.id, text=";"),
             lambda w: set_current(w, "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;")),
        Case("legal basis not Căn cứ", lambda: services.content.set_texts(
            decision.id, "legal_bases", ["Theo Luật Tổ chức chính quyền địa phương năm 2025;"]),
             pane(Pane.LEGAL_BASES, decision.id),
             lambda w: set_current(w, "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;")),
        Case("plan's own legal basis", lambda: services.content.set_texts(
            plan_doc.id, "legal_bases", ["Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ"]),
             pane(Pane.LEGAL_BASES, plan_doc.id),
             lambda w: set_current(w, "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ;")),
        Case("no articles", lambda: services.content.set_texts(decision.id, "articles", []),
             pane(Pane.ARTICLES, decision.id), lambda w: owner_action(w, "generate").trigger()),
        Case("no recipients", lambda: services.content.set_texts(decision.id, "recipients", []),
             lambda p: p.pane is Pane.RECIPIENTS and p.key == decision.id and p.index is None,
             lambda w: add_row_then_type(w, "Lưu: VT, VP.")),
        Case("last recipient", lambda: services.content.set_texts(decision.id, "recipients", ["Như Điều 4;"]),
             pane(Pane.RECIPIENTS, decision.id), lambda w: set_current(w, "Lưu: VT, VP.")),
        Case("task without text", lambda: insert_task("", lead_units=["Văn phòng - Thống kê"], schedule_text="Quý I"),
             lambda p: p.pane is Pane.OUTLINE and p.field == "text" and p.key == task_ids[-1],
             lambda w: set_current(w, "Rà soát thủ tục hành chính")),
        Case("task without lead unit", lambda: insert_task("Số hóa hồ sơ", schedule_text="Quý I"),
             lambda p: p.pane is Pane.OUTLINE and p.field == "lead_units" and p.key == task_ids[-1],
             lambda w: set_current(w, "Văn phòng - Thống kê")),
        Case("task without schedule", lambda: insert_task("Niêm yết", lead_units=["Văn phòng - Thống kê"]),
             lambda p: p.pane is Pane.OUTLINE and p.field == "schedule_text" and p.key == task_ids[-1],
             lambda w: set_current(w, "Quý II")),
        Case("schedule not understood", lambda: (services.outline.update(task_ids[-1], schedule_text="lúc rảnh"),
                                                 reopen()),
             lambda p: p.pane is Pane.OUTLINE and p.field == "schedule_text" and p.key == task_ids[-1],
             lambda w: set_current(w, "Tháng 6")),
        Case("indicator without target", lambda: services.content.update_indicator(indicator.id, target=None),
             pane(Pane.INDICATORS, indicator.id, "target"), lambda w: set_current(w, "90")),
        Case("indicator figure out of bounds", lambda: raw(db, "UPDATE indicator SET target = 120 WHERE id = ?",
                                                           percent.id),
             pane(Pane.INDICATORS, percent.id, "target"), lambda w: set_current(w, "100")),
        Case("figure entered in the tracker", lambda: (
            services.tracking.set_measurement(percent.id, "2026-Q1", value="50"),
            raw(db, "UPDATE measurement SET value = -5 WHERE indicator_id = ?", percent.id)),
             pane(Pane.FIGURES, percent.id),
             lambda w: (w.selectAll(), QTest.keyClicks(w, "50"))),  # kept as typed: no Save button
    ]
    walk(qtbot, window, cases, seen)

    # A plan with no tasks: the task tree, where Add task starts one.
    def empty_outline() -> None:
        for node in services.outline.tree(copy.id):
            services.outline.delete(node.id)
        reopen()

    walk(qtbot, window, [Case("no tasks", empty_outline, lambda p: p.pane is Pane.OUTLINE and p.key == 0,
                              lambda w: window.editor.add_task_action.trigger())], seen)

    # An imported plan standing alone: no decision made up for it; its own legal bases, signer and recipients
    # are on the Plan page, and it is issued by itself.
    lone = services.importing.save(services.importing.read_text(LONE_PLAN))
    window.reload_plans()
    window.select_plan(lone.id)
    alone = services.content.content(lone.id)
    assert alone.decision is None and not window.editor.lone_plan.isHidden()
    editor = window.editor
    assert editor.decision_form.isHidden() and editor.plan_form.signer.isVisibleTo(editor.plan_page)
    assert not any("quyết định" in p.message.lower() for p in services.checks.problems(lone.id))
    walk(qtbot, window, [
        Case("imported plan's preamble", lambda: None, pane(Pane.LEGAL_BASES, alone.plan.id),
             lambda w: set_current(w, "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm "
                                      "soát thủ tục hành chính;")),
        Case("lone plan's signer", lambda: services.content.set_signer(alone.plan.id, None),
             pane(Pane.DOCUMENT, alone.plan.id, "signer"), choose_signer),
        Case("lone plan's recipients", lambda: services.content.set_texts(alone.plan.id, "recipients",
                                                                          ["UBND tỉnh;"]),
             pane(Pane.RECIPIENTS, alone.plan.id), lambda w: set_current(w, "Lưu: VT.")),
    ], seen)
    assert not plan_checks.blocking(services.checks.problems(lone.id))
    assert window.services.content.content(lone.id).plan.signer_name == chair.name

    # A year an older file holds outside the years the app accepts: the issue date sets it.
    raw(db, "UPDATE document SET year = 3000 WHERE id = ?", alone.plan.id)

    def issue_on_a_real_date(widget: QWidget) -> None:
        assert isinstance(widget, QDateEdit)
        widget.setDate(QDate(2026, 1, 12))
        dialog = widget.window()
        assert isinstance(dialog, IssueDialog)
        dialog.issue()

    walk(qtbot, window, [Case("document year", lambda: None, pane(Pane.DOCUMENT, alone.plan.id, "year"),
                              issue_on_a_real_date)], seen)
    issued = services.content.content(lone.id).plan
    assert issued.status is DocumentStatus.ISSUED and issued.year == 2026 and issued.number_text.endswith("/KH-UBND")
    assert services.content.content(lone.id).decision is None

    kinds = check_kinds_in_source()
    missed = {(pane_, field) for pane_, field in kinds
              if not any(p == pane_ and (field in ("*", f)) for p, f in seen)}
    assert not missed, f"check kinds no case walked: {sorted(missed, key=str)}"
