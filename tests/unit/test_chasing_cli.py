"""`tthc-desktop due`, `slips` and `calendar` run as real processes on a real database file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from icalendar import Calendar

from tests.unit.documents_helpers import pdftotext


def run(*args: str, lang: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("TTHC_LANG", None)
    if lang:
        env["TTHC_LANG"] = lang
    return subprocess.run([sys.executable, "-m", "tthc_desktop", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120)


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("chasing-cli") / "xa.sqlite"
    assert run("--db", str(path), "demo", "--seed").returncode == 0
    return path


def test_due_lists_each_unit_s_late_and_due_in_vietnamese(seed_db: Path) -> None:
    done = run("--db", str(seed_db), "due", "1", "--on", "2025-06-20")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == ("Tình hình đến ngày 20/6/2025: đến hạn là trong 14 ngày tới; kỳ này từ 15/6/2025 đến "
                        "14/7/2025.")
    office = done.stdout.split("Văn phòng - Thống kê (VP-TK)")[1].split("\n\n")[0]
    assert office.startswith(": chủ trì 10 nhiệm vụ; quá hạn 4, đến hạn 1, hoàn thành trong kỳ 0")
    assert "  Quá hạn:" in office and "    A.1       hạn 31/3/2025, trễ 81 ngày — Xây dựng, ban hành" in office
    assert "  Đến hạn trong 14 ngày tới:" in office and "B.VII.19  hạn 30/6/2025, còn 10 ngày" in office
    assert "(đơn vị chủ trì chưa khớp với đơn vị của xã)" in done.stdout
    assert "Văn phòng – Thống kê" not in done.stdout  # the commune's names, not the plan's spellings


def test_due_for_one_unit_in_english(seed_db: Path) -> None:
    done = run("--db", str(seed_db), "due", "1", "--unit", "Một cửa", "--within", "30", "--on", "20/06/2025",
               "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == ("Situation on 20/6/2025: due means within 30 days; this period is "
                                           "15/6/2025 to 14/7/2025.")
    assert "Bộ phận Tiếp nhận và Trả kết quả (Một cửa): tasks led 13; late 1" in done.stdout
    assert "Văn phòng - Thống kê (VP-TK)" not in done.stdout
    assert "Ongoing, no progress reported:" in done.stdout


def test_slips_write_one_page_per_unit_as_pdf_or_word(seed_db: Path, tmp_path: Path) -> None:
    done = run("--db", str(seed_db), "slips", "1", "--on", "2025-06-20", "--out", str(tmp_path / "phieu.pdf"))
    assert done.returncode == 0, done.stderr
    assert "phieu.pdf" in done.stdout and "Văn phòng - Thống kê: 7" in done.stdout
    text = pdftotext(tmp_path / "phieu.pdf")
    assert text.count("PHIẾU NHẮC VIỆC") == 3 and "Hành Dũng, ngày 20 tháng 6 năm 2025" in text
    done = run("--db", str(seed_db), "slips", "1", "--unit", "VP-TK", "--format", "docx", "--on", "2025-06-20",
               "--out", str(tmp_path / "vp"))
    assert done.returncode == 0, done.stderr
    document = docx.Document(str(tmp_path / "vp"))
    assert [p.text for p in document.paragraphs if p.text.startswith("Kính gửi")] == [
        "Kính gửi: Văn phòng - Thống kê."]


def test_calendar_writes_an_ics_that_reads_back(seed_db: Path, tmp_path: Path) -> None:
    done = run("--db", str(seed_db), "calendar", "1", "--out", str(tmp_path / "lich.ics"), "--alarm-days", "5")
    assert done.returncode == 0, done.stderr
    parsed = Calendar.from_ical((tmp_path / "lich.ics").read_bytes())
    uids = [str(e["UID"]) for e in parsed.walk("VEVENT")]
    assert len(uids) == 12 and all(uid.startswith("tthc-1-") for uid in uids)
    again = run("--db", str(seed_db), "calendar", "1", "--out", str(tmp_path / "lai.ics"))
    assert [str(e["UID"]) for e in Calendar.from_ical((tmp_path / "lai.ics").read_bytes()).walk("VEVENT")] == uids
    assert "0 mới" in again.stdout


@pytest.mark.parametrize(("args", "words"), [
    (["due", "7"], "Không có kế hoạch mã 7"),
    (["due", "một"], "PLAN_ID phải là số nguyên"),
    (["due", "1", "--on", "2025-02-30"], "không phải là một ngày"),
    (["due", "1", "--within", "-3"], "từ 0 đến 366"),
    (["slips", "1", "--unit", "Phòng Kinh tế", "--out", "x.pdf"], "không phải là đơn vị nào của xã"),
    (["slips", "1", "--unit", "Đài truyền thanh xã", "--on", "2025-06-20", "--out", "x.pdf"], "không có nhiệm vụ"),
    (["slips", "1", "--on", "2025-06-20", "--out", "x.txt"], ".pdf hoặc .docx"),
    (["calendar", "1", "--out", "x.ics", "--alarm-days", "ba"], "--alarm-days phải là số nguyên"),
])
def test_errors_are_said_in_words_and_exit_1(seed_db: Path, tmp_path: Path, args: list[str], words: str) -> None:
    args = [str(tmp_path / a) if a.startswith("x.") else a for a in args]
    done = run("--db", str(seed_db), *args)
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert done.stderr.startswith("Lỗi: ") and words in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and not list(tmp_path.glob("x.*"))
