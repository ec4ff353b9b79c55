"""Report templates are data: the bundled ones load, a broken one is refused naming the field, a user copy wins."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tthc_desktop.domain.periods import KINDS
from tthc_desktop.reports.template import TemplateError, labelled, load_template, parse_template
from tthc_desktop.reports.words import next_period_label, period_label


def quarter() -> dict[str, Any]:
    return load_template("quarter").to_json()


@pytest.mark.parametrize("kind", KINDS)
def test_every_period_kind_has_a_template_that_loads(kind: str) -> None:
    template = load_template(kind)
    assert template.kind == kind
    assert template.keys[0] == "intro" and "next_tasks" in template.keys
    assert [t.table for t in template.tables] == ["tasks", "indicators", "dossiers"]
    labels = [label for spec, label in labelled(template) if spec.level == 1]
    assert labels[:2] == ["I", "II"]
    assert parse_template(template.to_json(), "again").to_json() == template.to_json()


@pytest.mark.parametrize(("change", "field", "words"), [
    (lambda t: t["sections"][2].update(fill="guess"), "sections[2].fill", "guess"),
    (lambda t: t["sections"][2].update(heding="Công tác"), "sections[2].heding", "heding"),
    (lambda t: t.update(subject="Báo cáo {quarter}"), "subject", "{quarter}"),
    (lambda t: t.pop("subject"), "subject", ""),
    (lambda t: t["sections"][2].update(level=3), "sections[2].level", ""),
    (lambda t: t["sections"][3].update(key="direction"), "sections[3].key", "direction"),
    (lambda t: t["tables"][0].update(table="charts"), "tables[0].table", "charts"),
    (lambda t: t["sections"][2].pop("match"), "sections[2].match", "tasks"),
    (lambda t: t.update(kind="week"), "kind", "week"),
])
def test_a_broken_template_is_refused_naming_the_field(change: Any, field: str, words: str) -> None:
    data = quarter()
    change(data)
    with pytest.raises(TemplateError) as caught:
        parse_template(data, "quarter.json")
    message = str(caught.value)
    assert "quarter.json" in message and f"{field}:" in message and words in message


def test_a_template_that_is_not_json_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "quarter.json").write_text('{"kind": "quarter",\n "subject": }', encoding="utf-8")
    with pytest.raises(TemplateError, match=r"quarter\.json.*2"):
        load_template("quarter", tmp_path)


def test_a_template_in_the_users_folder_replaces_the_apps(tmp_path: Path) -> None:
    data = quarter()
    data["subject"] = "Kết quả kiểm soát thủ tục hành chính {period} của {commune}"
    (tmp_path / "quarter.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert load_template("quarter", tmp_path).subject.startswith("Kết quả kiểm soát")
    assert load_template("year", tmp_path).subject.startswith("Tình hình")  # no copy: the app's own


@pytest.mark.parametrize(("key", "label", "following"), [
    ("2026-M01", "tháng 01 năm 2026", "tháng 02 năm 2026"),
    ("2026-M12", "tháng 12 năm 2026", "tháng 01 năm 2027"),
    ("2026-Q1", "quý I năm 2026", "quý II năm 2026"),
    ("2026-Q4", "quý IV năm 2026", "quý I năm 2027"),
    ("2026-H1", "6 tháng đầu năm 2026", "6 tháng cuối năm 2026"),
    ("2026-9M", "9 tháng đầu năm 2026", "quý IV năm 2026"),
    ("2026-Y", "năm 2026", "năm 2027"),
])
def test_periods_are_worded_as_reports_write_them(key: str, label: str, following: str) -> None:
    assert (period_label(key), next_period_label(key)) == (label, following)
