"""The plan last open in each database, so that each file opens on its own plan (File > Open database…, Recent
databases), in the first view painted at start-up as in the filled window.

The settings keep {database: plan id} as JSON under `files/recent_plans`, for the recent databases and the one
open. "window/plan" (the single plan of versions before the list, still written for them) counts only while no
database has a plan of its own: it was then the plan of the one database in use."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings

PLANS_KEY = "files/recent_plans"
LEGACY_KEY = "window/plan"


def _key(database: Path) -> str:
    return str(Path(database).expanduser().resolve())


def remembered_plans(settings: QSettings) -> dict[str, int]:
    try:
        plans = json.loads(str(settings.value(PLANS_KEY, "{}")))
    except ValueError:
        return {}
    return {str(k): int(v) for k, v in plans.items() if str(v).isdigit()} if isinstance(plans, dict) else {}


def plan_of(settings: QSettings, database: Path) -> int | None:
    """The plan last open in `database`, None when none is known."""
    plans = remembered_plans(settings)
    if _key(database) in plans:
        return plans[_key(database)]
    before = settings.value(LEGACY_KEY)
    return int(str(before)) if not plans and str(before or "").isdigit() else None


def keep_plan(settings: QSettings, database: Path, plan_id: int, known: list[Path] | None = None) -> None:
    """`plan_id` is now open in `database`; plans of files not in `known` (the recent list) are let go."""
    plans = remembered_plans(settings)
    plans[_key(database)] = int(plan_id)
    if known is not None:
        keep = {_key(p) for p in known} | {_key(database)}
        plans = {k: v for k, v in plans.items() if k in keep}
    settings.setValue(PLANS_KEY, json.dumps(plans, ensure_ascii=False))
    settings.setValue(LEGACY_KEY, int(plan_id))
