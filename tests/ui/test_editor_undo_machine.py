"""Undo and redo worth their names: hypothesis drives the plan editor (its real verbs, OutlineModel and QUndoCommands)
on a real database with random sequences of add, paste, edit, delete, move, indent and outdent of tasks and groups,
undo and redo. After every step the plan as the services export it (with every row's id, place, label and whether the
label was typed by hand) must be exactly the one recorded for the undo stack's position: undo gives back the plan
before the command, redo the plan after it; and the model shows what the database holds."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tthc_desktop.domain.enums import OutlineKind
from tthc_desktop.services.database import Database
from tthc_desktop.services.dto import OutlineNode
from tthc_desktop.services.registry import Services
from tthc_desktop.ui.plan_editor.editor import PlanEditorWorkspace
from tthc_desktop.ui.plan_editor.outline_model import FIELDS, ItemIdRole

TASK_FIELDS = ("text", "objective", "expected_result", "schedule_text", "lead_units", "cooperating_units", "label")
GROUP_FIELDS = ("text", "label")
WORDS = st.sampled_from(["Rà soát", "thủ tục", "  công khai ", "Quý I", "hằng tháng", "Văn phòng", "Tư pháp", "x",
                         "trước ngày 15/3", "UBND xã"])
TEXT = st.lists(WORDS, min_size=0, max_size=3).map(" ".join)
LABEL = st.sampled_from(["", "1a", "II", "5", "C", "3.1"])
PICK = st.integers(min_value=0, max_value=10_000)
# About 45 s in CI; TTHC_MACHINE_EXAMPLES=300 for a deeper search by hand.
EXAMPLES = int(os.environ.get("TTHC_MACHINE_EXAMPLES", "30"))

Outline = tuple[tuple[Any, ...], ...]


def outline_state(nodes: list[OutlineNode] | tuple[OutlineNode, ...], parent: int | None = None) -> Outline:
    """Every row as the service has it, in order: id, parent, place, kind, label, typed by hand, fields."""
    rows: list[tuple[Any, ...]] = []
    for place, node in enumerate(nodes):
        rows.append((node.id, parent, place, node.kind.value, node.label, node.label_manual, node.text,
                     node.objective, node.expected_result, node.schedule_text, node.lead_units,
                     node.cooperating_units))
        rows += outline_state(node.children, node.id)
    return tuple(rows)


class Fixture:
    """One editor and one database for the whole run; every example edits a fresh copy of the demo plan."""

    services: Services
    editor: PlanEditorWorkspace


FIXTURE = Fixture()


class EditorMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.services, self.editor = FIXTURE.services, FIXTURE.editor
        self.plan_id = self.services.plans.copy_plan(1, 2026).id
        summary = next(p for p in self.services.plans.list_plans() if p.id == self.plan_id)
        self.editor.set_plan(summary)
        self.stack = self.editor.undo_stack
        self.states = [self.state()]  # the plan at each position of the undo stack

    def state(self) -> tuple[dict[str, Any], Outline]:
        return (self.services.plans.export_json(self.plan_id), outline_state(self.services.outline.tree(self.plan_id)))

    def ids(self) -> list[int]:
        return [row[0] for row in outline_state(self.services.outline.tree(self.plan_id))]

    def select(self, pick: int) -> int | None:
        ids = self.ids()
        if not ids or pick % (len(ids) + 1) == len(ids):  # now and then nothing is selected
            self.editor.view.setCurrentIndex(self.editor.model.index_of(None))
            return None
        item_id = ids[pick % (len(ids) + 1)]
        self.editor.select(item_id)
        return item_id

    def verb(self, action: Any) -> None:
        """A verb of the editor: it pushed one command (the plan after it is recorded) or changed nothing."""
        before = self.stack.index()
        action()
        if self.stack.index() == before:
            assert self.state() == self.states[before], "a verb that pushed no command changed the plan"
        else:
            assert self.stack.index() == before + 1 and self.stack.count() == before + 1
            self.states = self.states[:before + 1] + [self.state()]

    # ---------------------------------------------------------------- the clerk's verbs

    @rule(kind=st.sampled_from(OutlineKind), pick=PICK, text=TEXT)
    def add(self, kind: OutlineKind, pick: int, text: str) -> None:
        self.select(pick)
        self.verb(lambda: self.editor.add_row(kind, text))

    @rule(pick=PICK)
    def delete(self, pick: int) -> None:
        self.select(pick)
        self.verb(self.editor.delete_row)

    @rule(pick=PICK, step=st.sampled_from([-1, 1]))
    def move(self, pick: int, step: int) -> None:
        self.select(pick)
        self.verb(lambda: self.editor.move_row(step))

    @rule(pick=PICK)
    def indent(self, pick: int) -> None:
        self.select(pick)
        self.verb(self.editor.indent_row)

    @rule(pick=PICK)
    def outdent(self, pick: int) -> None:
        self.select(pick)
        self.verb(self.editor.outdent_row)

    @rule(pick=PICK, count=st.integers(min_value=1, max_value=4), text=TEXT)
    def paste(self, pick: int, count: int, text: str) -> None:
        """Rows pasted from a table (as the paste dialog hands them over): one command, one undo step."""
        self.select(pick)
        rows = [[f"{text} {n}".strip(), "Quý II" if n % 2 else "", "Văn phòng; Tư pháp" if n else ""]
                for n in range(count)]
        self.verb(lambda: self.editor.add_pasted(rows, ["text", "schedule_text", "lead_units"]))

    @rule(pick=PICK, field=st.sampled_from(TASK_FIELDS), text=TEXT, label=LABEL)
    def edit(self, pick: int, field: str, text: str, label: str) -> None:
        """As the view edits a cell: the model's setData with the text typed."""
        item_id = self.select(pick)
        if item_id is None:
            return
        if self.editor.model.kind(item_id) is OutlineKind.GROUP and field not in GROUP_FIELDS:
            return  # not editable in the view
        index = self.editor.model.index_of(item_id, FIELDS.index(field))
        value = label if field == "label" else ("; ".join(text.split()) if field.endswith("units") else text)
        self.verb(lambda: self.editor.model.setData(index, value))

    @precondition(lambda self: self.stack.canUndo())
    @rule()
    def undo(self) -> None:
        self.stack.undo()
        assert self.state() == self.states[self.stack.index()], "undo did not give back the plan before the command"

    @precondition(lambda self: self.stack.canRedo())
    @rule()
    def redo(self) -> None:
        self.stack.redo()
        assert self.state() == self.states[self.stack.index()], "redo did not give back the plan after the command"

    # ---------------------------------------------------------------- what the clerk sees

    @invariant()
    def the_model_shows_what_the_database_holds(self) -> None:
        model = self.editor.model
        shown: list[tuple[Any, ...]] = []

        def walk(parent: Any, parent_id: int | None) -> None:
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                item_id = index.data(ItemIdRole)
                values = tuple(model.value(item_id, name) for name in ("label", "text"))
                shown.append((item_id, parent_id, row, *values))
                walk(index, item_id)

        walk(model.index_of(None), None)
        held = [(row[0], row[1], row[2], row[4], row[6]) for row in outline_state(
            self.services.outline.tree(self.plan_id))]
        assert shown == held


@pytest.fixture
def machine_fixture(qtbot, tmp_path) -> Iterator[None]:  # noqa: ANN001
    database = Database.open(tmp_path / "machine.sqlite")
    services = Services.for_database(database)
    services.demo.create_demo()
    editor = PlanEditorWorkspace(services)
    qtbot.addWidget(editor)
    editor.preview_action.setChecked(False)  # no background renders between steps
    FIXTURE.services, FIXTURE.editor = services, editor
    closer = QTimer()  # a refused verb says why in a modal box: read, then closed, as the clerk would
    closer.timeout.connect(lambda: (box := QApplication.activeModalWidget()) and box.close())
    closer.start(10)
    yield
    closer.stop()
    database.close()


def test_undo_and_redo_give_back_the_plan_exactly(machine_fixture: None) -> None:
    run_state_machine_as_test(EditorMachine, settings=settings(
        max_examples=EXAMPLES, stateful_step_count=30, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
