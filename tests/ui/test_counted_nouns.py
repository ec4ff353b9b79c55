"""Counted nouns agree with their count in English ("1 task", "2 tasks") through Qt's numerus forms, and Vietnamese,
which has no plural, reads exactly as before ("1 nhiệm vụ")."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.clock import Clock
from tests.ui.conftest import WindowFactory
from tthc_desktop.services.tracking import TrackingService
from tthc_desktop.ui.plan_list_model import PlanListModel
from tthc_desktop.ui.tracker.tracker_model import FIELDS
from tthc_desktop.ui.tracker.workspace import TaskTrackerWorkspace
from tthc_desktop.ui.translation import install_language


@pytest.fixture
def tracker(qtbot, open_window: WindowFactory, tmp_path: Path):  # noqa: ANN001, ANN201
    window = open_window()
    clock = Clock(date(2025, 4, 1))  # the demo plan's task 1 is then one day late
    services = dataclasses.replace(window.services, tracking=TrackingService(
        window.services.database.session_factory, today=clock, storage=tmp_path / "store"))
    workspace = TaskTrackerWorkspace(services, today=clock)
    qtbot.addWidget(workspace)
    workspace.set_plan(window.current_plan())
    return window, workspace


def _shown(window, workspace: TaskTrackerWorkspace, language: str) -> tuple[str, str, str, str]:  # noqa: ANN001
    """The tracker's summary, task 1's days, and the plan list's tooltips of a plan of 1 task and of the demo plan."""
    install_language(language)
    workspace.reload()
    proxy = workspace.filtered
    label, days = FIELDS.index("label"), FIELDS.index("days")
    task_1 = next(proxy.index(r, days).data() for r in range(proxy.rowCount()) if proxy.index(r, label).data() == "1")
    plan = window.current_plan()
    model = PlanListModel()
    model.set_plans([dataclasses.replace(plan, task_count=1, indicator_count=1),
                     dataclasses.replace(plan, task_count=2, indicator_count=2)])
    one, two = (model.index(r).data(Qt.ItemDataRole.ToolTipRole).splitlines()[-1] for r in range(2))
    return workspace.summary.text(), task_1, one, two


def test_english_counts_agree_and_vietnamese_is_unchanged(tracker) -> None:  # noqa: ANN001
    window, workspace = tracker
    total = workspace.model.rowCount()
    assert total > 2

    summary, task_1, one, two = _shown(window, workspace, "en")
    assert summary.startswith(f"{total} of {total} tasks · ")
    assert task_1 == "1 day late"
    assert one.startswith("1 task, 1 indicator, ") and two.startswith("2 tasks, 2 indicators, ")

    summary, task_1, one, two = _shown(window, workspace, "vi")
    assert summary.startswith(f"{total}/{total} nhiệm vụ · ")
    assert task_1 == "trễ 1 ngày"
    assert one.startswith("1 nhiệm vụ, 1 chỉ tiêu, ") and two.startswith("2 nhiệm vụ, 2 chỉ tiêu, ")
