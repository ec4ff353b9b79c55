"""The plan last open in each database (ui/remembered_plans.py), in a real settings file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from tthc_desktop.ui.remembered_plans import keep_plan, plan_of


def test_each_database_keeps_its_own_plan(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ours, theirs = tmp_path / "ours.sqlite", tmp_path / "sub" / ".." / "theirs.sqlite"
    assert plan_of(settings, ours) is None
    keep_plan(settings, ours, 4)
    keep_plan(settings, theirs, 7)
    settings.sync()
    again = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert plan_of(again, ours) == 4 and plan_of(again, tmp_path / "theirs.sqlite") == 7
    assert plan_of(again, tmp_path / "third.sqlite") is None  # not the plan of another file
    keep_plan(again, ours, 5, known=[ours])  # the recent list no longer holds theirs: let go
    assert plan_of(again, ours) == 5 and plan_of(again, tmp_path / "theirs.sqlite") is None


def test_the_single_plan_of_older_settings_counts_until_a_database_has_its_own(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/plan", 3)  # what versions before the list kept
    assert plan_of(settings, tmp_path / "tthc.sqlite") == 3
    settings.setValue("files/recent_plans", "not json")
    assert plan_of(settings, tmp_path / "tthc.sqlite") == 3
    keep_plan(settings, tmp_path / "other.sqlite", 1)
    assert plan_of(settings, tmp_path / "tthc.sqlite") is None
    assert settings.value("window/plan") in (1, "1")  # still written for an older version
