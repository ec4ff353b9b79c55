"""Writes announce what they changed (services/changes.py): each committed write of the services says which plans
and which parts it touched, a failed write says nothing, and no write can be made without naming its parts."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

from tthc_desktop.domain.enums import OutlineKind, TaskStatus
from tthc_desktop.domain.tracking import DossierRow
from tthc_desktop.errors import DataError, TthcError
from tthc_desktop.services.base import Service
from tthc_desktop.services.changes import Changes, Part
from tthc_desktop.services.outline import OutlineDelta
from tthc_desktop.services.registry import Services

SERVICES = Path(__file__).resolve().parents[2] / "tthc_desktop" / "services"


@pytest.fixture
def heard(services: Services) -> list[Changes]:
    told: list[Changes] = []
    services.announcer.listen(told.append)
    return told


@pytest.fixture
def draft(services: Services, demo_plan_id: int) -> int:
    return services.plans.copy_plan(demo_plan_id, 2026).id


def test_each_write_names_its_plan_and_the_parts_it_touched(services: Services, draft: int,
                                                             heard: list[Changes]) -> None:
    group = services.outline.tree(draft)[0]
    task = services.outline.insert(draft, group.id, 0, OutlineKind.TASK, "Rà soát thủ tục")
    services.outline.update(task, schedule_text="Quý II")
    services.content.update_indicator(services.content.content(draft).indicators[0].id, target="90")
    plan_doc = services.content.content(draft).plan
    services.documents.update(plan_doc.id, subject="Kế hoạch kiểm soát TTHC năm 2026 (sửa)")
    services.organization.update_unit(services.organization.units()[0].id, "Văn phòng - Thống kê xã", None)
    services.tracking.set_dossier_rows("2026-Q1", [DossierRow("Hộ tịch", received_online=3, settled_on_time=3)])
    said = [(sorted(c.parts), sorted(c.plans) if c.plans is not None else None) for c in heard]
    assert said == [
        ([Part.OUTLINE], [draft]), ([Part.OUTLINE], [draft]), ([Part.INDICATORS], [draft]),
        ([Part.DOCUMENTS], [draft]),
        ([Part.ORGANIZATION], None),  # the commune's units: every plan may show them
        ([Part.FIGURES], None),  # Biểu 06 is the commune's: every plan's derived figures
    ]


def test_a_failed_write_announces_nothing(services: Services, demo_plan_id: int, heard: list[Changes]) -> None:
    issued_task = services.outline.tree(demo_plan_id)[0].children[0].id
    with pytest.raises(TthcError):  # the plan is issued
        services.outline.update(issued_task, text="Sửa kế hoạch đã ban hành")
    with pytest.raises(DataError):  # in the future
        services.tracking.record_progress(issued_task, TaskStatus.DONE, date(2999, 1, 1))
    assert heard == []


def test_outline_writes_carry_their_delta(services: Services, draft: int, heard: list[Changes]) -> None:
    """The rows a paste inserts, the labels it renumbers and those before: enough for a view to follow."""
    group = services.outline.tree(draft)[0]
    first_label = group.children[0].label
    delta = services.outline.add_rows(draft, group.id, 0, [{"text": "Dán 1"}, {"text": "Dán 2"}])
    assert heard[-1].deltas == (delta,)
    assert isinstance(delta, OutlineDelta) and delta.plan_id == draft
    assert [(parent, place, node.text, node.label) for parent, place, node in delta.inserted] == [
        (group.id, 0, "Dán 1", first_label), (group.id, 1, "Dán 2", str(int(first_label) + 1))]
    assert dict(delta.labels)[group.children[0].id] == str(int(first_label) + 2)
    assert dict(delta.labels_before)[group.children[0].id] == first_label
    snapshots = services.outline.delete_rows(delta.inserted_ids)
    assert heard[-1].deltas[0].removed == tuple(delta.inserted_ids)
    services.outline.restore_rows(snapshots)
    assert [n.text for n in services.outline.tree(draft)[0].children[:2]] == ["Dán 1", "Dán 2"]


def test_a_write_must_name_the_parts_it_changes(services: Services) -> None:
    service = Service(services.database.session_factory)
    with pytest.raises(TypeError):
        with service._write():
            pass


def test_every_write_of_the_services_names_its_parts() -> None:
    """Read from the source: each `self._write(` call passes at least one part (a guard beside the TypeError)."""
    calls = []
    for path in sorted(SERVICES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "_write":
                calls.append((path.name, node.lineno, len(node.args)))
    assert len(calls) > 60
    assert [call for call in calls if call[2] == 0] == []
