"""Editing the outline through the service: fields, insert, delete and restore with the same ids, move, labels."""

from __future__ import annotations

import pytest

from tthc_desktop.domain.enums import OutlineKind
from tthc_desktop.domain.labels import Row, renumber, style_of
from tthc_desktop.errors import DataError, FrozenDocumentError
from tthc_desktop.services.dto import OutlineNode
from tthc_desktop.services.outline import OutlineService
from tthc_desktop.services.registry import Services


@pytest.fixture
def draft(services: Services, demo_plan_id: int) -> int:
    return services.plans.copy_plan(demo_plan_id, 2026).id


@pytest.fixture
def outline(services: Services) -> OutlineService:
    return OutlineService(services.database.session_factory)


def flat(nodes: list[OutlineNode]) -> list[OutlineNode]:
    return [n for node in nodes for n in [node, *flat(list(node.children))]]


def labels_of(outline: OutlineService, plan_id: int) -> list[str | None]:
    return [n.label for n in flat(outline.tree(plan_id))]


def test_labels_keep_the_style_of_each_level() -> None:
    assert [style_of(x) for x in ("A", "D", "I", "VII", "1", "1.2", "a", "đ")] == [
        "upper_letter", "upper_letter", "roman", "roman", "arabic", "dotted", "lower_letter", "lower_letter"]
    rows = [Row(1, None, True, "A", False), Row(2, 1, False, "1", False), Row(3, None, True, "B", False),
            Row(4, 3, True, "I", False), Row(5, 4, False, "2", False), Row(6, 5, False, "1.1", False),
            Row(7, 5, False, None, False), Row(8, 4, False, "x", True)]
    assert renumber(rows) == {1: "A", 2: "1", 3: "B", 4: "I", 5: "2", 6: "2.1", 7: "2.2", 8: "x"}


def test_the_demo_tree_reads_back_with_units_and_schedules(outline: OutlineService, demo_plan_id: int) -> None:
    tree = outline.tree(demo_plan_id)
    assert [n.label for n in tree] == ["A", "B", "C", "D"]
    first = tree[0].children[0]
    assert (first.label, first.schedule_text, first.lead_units) == ("1", "Quý I", ("Văn phòng - Thống kê",))
    assert labels_of(outline, demo_plan_id).count(None) == 0


def test_an_issued_plan_refuses_every_edit(outline: OutlineService, demo_plan_id: int) -> None:
    task_id = outline.tree(demo_plan_id)[0].children[0].id
    for edit in (lambda: outline.update(task_id, text="x"), lambda: outline.delete(task_id),
                 lambda: outline.move(task_id, None, 0),
                 lambda: outline.insert(demo_plan_id, None, 0, OutlineKind.GROUP, "Nhóm mới")):
        with pytest.raises(FrozenDocumentError):
            edit()


def test_inserting_a_task_renumbers_the_following_tasks(outline: OutlineService, draft: int) -> None:
    group_a = outline.tree(draft)[0]
    new_id = outline.insert(draft, group_a.id, 1, OutlineKind.TASK, "Nhiệm vụ mới", schedule_text="Quý II",
                            lead_units=["Văn phòng - Thống kê"])
    tree = outline.tree(draft)
    tasks = [n for n in flat(tree) if n.kind is OutlineKind.TASK]
    assert [t.label for t in tasks] == [str(n) for n in range(1, 24)]
    inserted = next(t for t in tasks if t.id == new_id)
    assert (inserted.label, inserted.text, inserted.schedule_text) == ("2", "Nhiệm vụ mới", "Quý II")
    assert inserted.lead_units == ("Văn phòng - Thống kê",)


def test_deleting_and_restoring_gives_back_the_same_rows_and_ids(outline: OutlineService, draft: int) -> None:
    before = outline.tree(draft)
    group_b = before[1]
    snapshot = outline.delete(group_b.id)
    after = outline.tree(draft)
    assert [n.label for n in after] == ["A", "B", "C"]  # C and D moved up and were relabelled
    assert len([n for n in flat(after) if n.kind is OutlineKind.TASK]) == 22 - 17
    outline.restore(snapshot)
    assert outline.tree(draft) == before


def test_moving_indents_and_outdents(outline: OutlineService, draft: int) -> None:
    tree = outline.tree(draft)
    first, second = tree[0].children[0], tree[0].children[1]
    outline.move(second.id, first.id, 0)  # indent: task 2 becomes a sub-task of task 1
    moved = outline.tree(draft)[0].children[0].children[0]
    assert (moved.id, moved.label) == (second.id, "a")
    outline.move(second.id, tree[0].id, 1)  # outdent back
    assert outline.tree(draft) == tree


def test_a_group_cannot_go_under_a_task_nor_a_row_under_itself(outline: OutlineService, draft: int) -> None:
    tree = outline.tree(draft)
    with pytest.raises(DataError):
        outline.move(tree[1].id, tree[0].children[0].id, 0)
    with pytest.raises(DataError):
        outline.move(tree[1].id, tree[1].children[0].id, 0)


def test_a_label_typed_by_hand_is_kept_until_given_back(outline: OutlineService, draft: int) -> None:
    task = outline.tree(draft)[0].children[0]
    outline.update(task.id, label="1a")
    assert outline.tree(draft)[0].children[0].label == "1a"
    outline.update(task.id, label=None)
    assert outline.tree(draft)[0].children[0].label == "1"


def test_units_link_to_known_units_and_keep_free_text(outline: OutlineService, services: Services, draft: int) -> None:
    task = outline.tree(draft)[0].children[0]
    outline.update(task.id, lead_units=["Văn phòng – Thống kê", "Ban Chỉ huy Quân sự"], cooperating_units=[])
    node = outline.tree(draft)[0].children[0]
    assert node.lead_units == ("Văn phòng – Thống kê", "Ban Chỉ huy Quân sự") and node.cooperating_units == ()
    with services.database.engine.connect() as connection:
        linked = connection.exec_driver_sql(
            "SELECT unit_id FROM unit_assignment WHERE task_id = ? ORDER BY position", (task.id,)).scalars().all()
    assert linked[0] is not None and linked[1] is None


def test_plans_that_restart_task_numbers_in_each_group_keep_doing_so() -> None:
    rows = [Row(1, None, True, "I", False), Row(2, 1, False, "1", False), Row(3, 1, False, "2", False),
            Row(4, None, True, "II", False), Row(5, 4, False, "1", False), Row(6, 4, False, None, False)]
    assert renumber(rows) == {1: "I", 2: "1", 3: "2", 4: "II", 5: "1", 6: "2"}
    straight = [Row(1, None, True, "I", False), Row(2, 1, False, "1", False), Row(4, None, True, "II", False),
                Row(5, 4, False, "2", False), Row(6, 4, False, None, False)]
    assert renumber(straight)[6] == "3"
