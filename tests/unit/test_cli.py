"""The command line, run as the clerk runs it: a real process on a real database file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tthc_desktop.db.migrate import SCHEMA_HEAD


def run(*args: str, lang: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("TTHC_LANG", None)
    if lang:
        env["TTHC_LANG"] = lang
    return subprocess.run([sys.executable, "-m", "tthc_desktop", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    result = run("--db", str(path), "demo", "--seed")
    assert result.returncode == 0, result.stderr
    assert "kế hoạch" in result.stdout
    return path


def test_the_demo_lives_in_the_present(tmp_path: Path) -> None:
    from datetime import date

    path = tmp_path / "living.sqlite"
    result = run("--db", str(path), "demo")
    assert result.returncode == 0, result.stderr
    listed = run("--db", str(path), "plans").stdout.splitlines()
    this_year = date.today().year  # the real clock of the process: any day of any year
    assert [line.split("\t")[1] for line in listed] == [str(this_year), str(this_year - 1)]
    assert "48/QĐ-UBND" in listed[1]


def test_export_json_prints_the_demo_plan(demo_db: Path) -> None:
    result = run("--db", str(demo_db), "export-json", "1")
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    decision = plan["documents"][0]
    assert decision["signer"]["name"] == "Trần Văn Thiện"
    assert len(decision["articles"]) == 4
    assert [g["label"] for g in plan["outline"]] == ["A", "B", "C", "D"]

    def tasks(nodes: list) -> int:  # type: ignore[type-arg]
        return sum((n["kind"] == "task") + tasks(n["children"]) for n in nodes)

    assert tasks(plan["outline"]) == 22
    assert len(plan["indicators"]) == 10


def test_plans_lists_one_line_per_plan(demo_db: Path) -> None:
    result = run("--db", str(demo_db), "plans")
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        "1\t2025\tKH\t48/QĐ-UBND\tHoạt động kiểm soát thủ tục hành chính năm 2025 trên địa bàn xã Hành Dũng"
    ]


def test_demo_again_says_it_is_already_there(demo_db: Path) -> None:
    result = run("--db", str(demo_db), "demo", "--seed")
    assert result.returncode == 0
    assert "đã có xã mẫu" in result.stdout


def test_check_reports_integrity_and_schema(demo_db: Path) -> None:
    result = run("--db", str(demo_db), "check")
    assert result.returncode == 0, result.stderr
    assert SCHEMA_HEAD in result.stdout and "ok" in result.stdout
    assert "Cơ sở dữ liệu bình thường." in result.stdout


def test_a_missing_plan_is_a_plain_error_without_traceback(demo_db: Path) -> None:
    result = run("--db", str(demo_db), "export-json", "42")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Lỗi: Không có kế hoạch mã 42.")
    assert "Traceback" not in result.stderr


def test_messages_follow_the_chosen_language(demo_db: Path) -> None:
    result = run("--db", str(demo_db), "--lang=en", "export-json", "42")
    assert result.stderr.startswith("Error: Plan 42 does not exist.")
    assert run("--db", str(demo_db), "export-json", "42", lang="en").stderr.startswith("Error: Plan 42")


def test_a_file_that_is_not_a_database_is_named_and_left_alone(tmp_path: Path) -> None:
    bad = tmp_path / "ke-hoach-2025.docx"
    bad.write_bytes(b"PK\x03\x04")
    result = run("--db", str(bad), "plans")
    assert result.returncode == 1
    assert "ke-hoach-2025.docx" in result.stderr and "Traceback" not in result.stderr
    assert bad.read_bytes() == b"PK\x03\x04"


def test_an_empty_database_has_no_plans_and_says_how_to_get_the_demo(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "new.sqlite"), "plans")
    assert result.returncode == 0 and result.stdout == ""
    assert "tthc-desktop demo" in result.stderr


def test_a_usage_mistake_exits_with_usage(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "x.sqlite"), "export-json", "one")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_help_is_vietnamese_by_default() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "tạo xã mẫu (Hành Dũng)" in result.stdout


def test_schedule_prints_what_the_words_mean() -> None:
    result = run("schedule", "Quý II/2026", "--year", "2026", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout) == {"kind": "due", "due": "2026-06-30"}
    both = run("schedule", "Hàng quý", "--year", "2025")
    assert both.stdout.splitlines()[1] == "2025-03-31 2025-06-30 2025-09-30 2025-12-31"


SEED_002 = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "002_9e03fbf4f3d2e073.txt"


@pytest.mark.skipif(not SEED_002.exists(), reason="the shared seeds sit beside the repository")
def test_import_text_prints_json_and_touches_no_database(tmp_path: Path) -> None:
    result = run("import-text", str(SEED_002), "--json")
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert plan["documents"][0]["number"] == "18/KH-UBND"
    assert plan["documents"][0]["signer"]["name"] == "Trịnh Hồng Cường"
    assert not list(tmp_path.iterdir())


@pytest.mark.skipif(not SEED_002.exists(), reason="the shared seeds sit beside the repository")
def test_import_text_saves_a_new_draft(demo_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(demo_db.read_bytes())
    result = run("--db", str(copy), "import-text", str(SEED_002), "--save")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Đã lưu thành kế hoạch dự thảo mới: mã 2")
    listing = run("--db", str(copy), "plans").stdout.splitlines()
    assert listing[-1].startswith("2\t2023\tKH\t-\tKiểm soát thủ tục hành chính xã Giang Điền năm 2023")


def test_importing_something_that_is_not_a_plan_says_what_was_expected(tmp_path: Path) -> None:
    note = tmp_path / "ghi-chu.txt"
    note.write_text("Mua văn phòng phẩm tháng 3.\n", encoding="utf-8")
    result = run("import-text", str(note), "--json")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "ghi-chu.txt không giống một kế hoạch" in result.stderr
    doc = tmp_path / "cu.docx"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"old Word 97-2003 file" * 50)
    result = run("import-docx", str(doc))
    assert result.returncode == 1 and "không phải tệp Word .docx" in result.stderr
