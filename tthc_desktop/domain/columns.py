"""The columns a plan's task and indicator tables can show, and the column sets real plans use."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tthc_desktop.domain.plan_schema import ColumnJson

# Keys of task-table columns; each maps to a field of a task (or of the row, for "stt").
TASK_COLUMN_KEYS = (
    "stt",
    "content",
    "objective",
    "expected_result",
    "units",  # lead and cooperating units in one cell
    "lead_units",
    "cooperating_units",
    "schedule",
)
INDICATOR_COLUMN_KEYS = ("stt", "name", "unit", "target", "upstream_target", "last_year", "units",
                         "lead_units", "cooperating_units", "basis", "formula")


def column(key: str, title: str, group: str | None = None) -> ColumnJson:
    return {"key": key, "title": title, "group": group}


# The first column set of the format document: the default of a new plan (document template text).
DEFAULT_TASK_COLUMNS = [
    column("stt", "STT"),
    column("content", "Nội dung công việc"),
    column("expected_result", "Kết quả công việc"),
    column("units", "Cơ quan, đơn vị thực hiện"),
    column("schedule", "Thời gian thực hiện"),
]


def default_indicator_columns(year: int) -> list[ColumnJson]:
    return [
        column("stt", "STT"),
        column("name", "Nội dung chỉ tiêu"),
        column("unit", "Đơn vị"),
        column("target", f"Chỉ tiêu năm {year}"),
        column("units", "Cơ quan thực hiện"),
    ]


def normalise_columns(columns: Sequence[Mapping[str, object]], known: tuple[str, ...]) -> list[ColumnJson]:
    """Columns with every key known and a group entry; raises ValueError naming an unknown key. (Columns come from
    JSON, a file's or the plan's own JSON column: each entry is checked here, never trusted.)"""
    result = []
    for entry in columns:
        key, group = entry.get("key"), entry.get("group")
        if not isinstance(key, str) or key not in known:
            raise ValueError(key)
        result.append(column(key, str(entry.get("title") or ""), None if group is None else str(group)))
    return result
