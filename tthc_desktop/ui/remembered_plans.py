"""The plan last open in each database, so that each file opens on its own plan (File > Open database…, Recent
databases), in the first view painted at start-up as in the filled window; and the report last open in the Report
builder of each database, so that the builder reopens on it.

The settings keep {database: plan id} as JSON under `files/recent_plans`, for the recent databases and the one
open, and {database: report id} under `files/recent_reports` for the databases that have a plan kept. "window/plan"
(the single plan of versions before the list, still written for them) counts only while no database has a plan of
its own: it was then the plan of the one database in use."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings

PLANS_KEY = "files/recent_plans"
REPORTS_KEY = "files/recent_reports"
LEGACY_KEY = "window/plan"


def _key(database: Path) -> str:
    return str(Path(database).expanduser().resolve())


def _remembered(settings: QSettings, key: str) -> dict[str, int]:
    try:
        ids = json.loads(str(settings.value(key, "{}")))
    except ValueError:
        return {}
    return {str(k): int(v) for k, v in ids.items() if str(v).isdigit()} if isinstance(ids, dict) else {}


def _keep(settings: QSettings, key: str, database: Path, id_: int, known: set[str] | None) -> None:
    ids = _remembered(settings, key)
    ids[_key(database)] = int(id_)
    if known is not None:
        ids = {k: v for k, v in ids.items() if k in known | {_key(database)}}
    settings.setValue(key, json.dumps(ids, ensure_ascii=False))


def remembered_plans(settings: QSettings) -> dict[str, int]:
    return _remembered(settings, PLANS_KEY)


def plan_of(settings: QSettings, database: Path) -> int | None:
    """The plan last open in `database`, None when none is known."""
    plans = remembered_plans(settings)
    if _key(database) in plans:
        return plans[_key(database)]
    before = settings.value(LEGACY_KEY)
    return int(str(before)) if not plans and str(before or "").isdigit() else None


def keep_plan(settings: QSettings, database: Path, plan_id: int, known: list[Path] | None = None) -> None:
    """`plan_id` is now open in `database`; plans of files not in `known` (the recent list) are let go."""
    _keep(settings, PLANS_KEY, database, plan_id, None if known is None else {_key(p) for p in known})
    settings.setValue(LEGACY_KEY, int(plan_id))


def report_of(settings: QSettings, database: Path) -> int | None:
    """The report last open in the Report builder of `database`, None when none is known."""
    return _remembered(settings, REPORTS_KEY).get(_key(database))


def keep_report(settings: QSettings, database: Path, report_id: int) -> None:
    """`report_id` is now open in `database`; reports of files whose plan is no longer kept are let go."""
    _keep(settings, REPORTS_KEY, database, report_id, set(remembered_plans(settings)))
