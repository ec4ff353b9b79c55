"""Build the databases the benchmarks open, through the app's own services, and cache them.

    python bench/make_data.py [--quick] [--rebuild] [--data-dir DIR]

Two files under bench/.data/ (or DIR), named by DATA_VERSION and the schema head, so a change of either builds anew:
- ten-years: the demo commune (Hành Dũng) with plans for 2017–2026, one or two a year of 25–100 tasks with
  indicators, each year tracked up to DATA_TODAY: progress updates answering the check-points (some late, some
  missing), evidence with a few attached files, indicator figures per quarter, Biểu 06 rows per quarter and year;
  plus one draft plan of 1,000 tasks for the editor benchmark, created last so the window does not open on it.
- tracker-10k: the same commune with 10,000 tasks in the plans of 2026 (20 issued plans of 500), tracked the same
  way, for the tracker's "All plans of the year".
Everything is seeded: the same version builds the same data. Plans are stored as plan JSON through
PlanService.create_from_json (what an import or the demo does), tracking through TrackingService.
--quick builds tiny files for the smoke test. Prints the build time and size of each file.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import DEFAULT_DATA_DIR, line  # noqa: E402

from tthc_desktop.db.migrate import SCHEMA_HEAD  # noqa: E402
from tthc_desktop.domain.enums import TaskStatus  # noqa: E402
from tthc_desktop.domain.tracking import DossierRow  # noqa: E402
from tthc_desktop.services.database import Database  # noqa: E402
from tthc_desktop.services.plans import shift_plan_json  # noqa: E402
from tthc_desktop.services.registry import Services  # noqa: E402
from tthc_desktop.services.tracking import TrackingService  # noqa: E402
from tthc_desktop.services.tracking_dto import EvidenceInput, TrackedTask  # noqa: E402

DATA_VERSION = 1
DATA_TODAY = date(2026, 11, 15)  # the day the data was "last worked on": updates are never after it
YEARS = range(2017, 2027)
BIG_PLAN_TASKS = 1000
TRACKER_TASKS = 10_000
TRACKER_YEAR = 2026
BIG_PLAN_MARK = "tổng hợp"  # in the big plan's subject

VERBS = ("Triển khai", "Tổ chức", "Rà soát", "Kiểm tra", "Tuyên truyền", "Tổng hợp", "Cập nhật", "Theo dõi, đôn đốc",
         "Hướng dẫn", "Thực hiện", "Phối hợp", "Niêm yết")
OBJECTS = (
    "việc giải quyết hồ sơ TTHC đúng hạn",
    "cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa xã",
    "cung cấp dịch vụ công trực tuyến toàn trình, một phần",
    "số hóa hồ sơ, kết quả giải quyết TTHC",
    "tiếp nhận, xử lý phản ánh, kiến nghị của người dân, doanh nghiệp về quy định hành chính",
    "công khai TTHC trên Trang thông tin điện tử của xã",
    "thanh toán trực tuyến phí, lệ phí trên Cổng Dịch vụ công quốc gia",
    "đánh giá mức độ hài lòng của người dân trong giải quyết TTHC",
    "xin lỗi người dân khi để xảy ra trễ hạn trong giải quyết hồ sơ",
    "đồng bộ trạng thái hồ sơ giấy với dữ liệu hồ sơ điện tử",
    "kiểm soát thủ tục hành chính nội bộ",
    "đơn giản hóa TTHC, giấy tờ công dân liên quan đến quản lý dân cư",
    "khai thác, sử dụng lại thông tin, dữ liệu số hóa",
    "cấp bản sao điện tử, chứng thực bản sao điện tử từ bản chính",
    "liên thông TTHC đăng ký khai sinh, thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
    "báo cáo định kỳ về tình hình, kết quả kiểm soát TTHC",
)
PLACES = ("", " trên địa bàn xã", " tại UBND xã", " năm {year}", " theo Kế hoạch của UBND huyện",
          " của cán bộ, công chức")
RESULTS = (
    "Báo cáo kết quả thực hiện gửi UBND huyện.",
    "Văn bản triển khai thực hiện của UBND xã.",
    "Kế hoạch được Chủ tịch UBND xã ban hành.",
    "Hồ sơ được cập nhật đầy đủ trên Hệ thống thông tin giải quyết TTHC tỉnh.",
    "100% TTHC được niêm yết, công khai đúng quy định.",
    "Biên bản kiểm tra; thông báo kết luận kiểm tra.",
    "Tin, bài tuyên truyền trên Đài truyền thanh xã.",
    "Danh mục TTHC được rà soát, đề xuất phương án đơn giản hóa.",
)
LEADS = ("Văn phòng - Thống kê", "Văn hóa - Xã hội", "Tư pháp - Hộ tịch", "Bộ phận Tiếp nhận và Trả kết quả",
         "Đài truyền thanh xã", "Địa chính - Xây dựng", "Công an xã", "Công chức tại Bộ phận Một cửa xã")
COOPERATING = ("Các ban, ngành, công chức liên quan", "Công an xã", "Văn phòng - Thống kê", "Ủy ban MTTQ Việt Nam xã")
SCHEDULES = ("Quý I", "Quý II", "Quý III", "Quý IV", "Thường xuyên", "Hàng quý", "Hàng tháng", "Trước ngày 15/6/{year}",
             "Trước ngày 30/11/{year}", "Tháng 3/{year}", "Định kỳ 06 tháng và cuối năm", "Theo kế hoạch",
             "Khi có yêu cầu", "Quý II và Quý IV", "Năm {year}", "6 tháng đầu năm")
GROUPS = ("Ban hành văn bản quản lý nhà nước về kiểm soát TTHC",
          "Thực hiện, giải quyết TTHC, cung cấp dịch vụ công phục vụ người dân, doanh nghiệp",
          "Rà soát, đánh giá, đơn giản hóa TTHC",
          "Thông tin, tuyên truyền về hoạt động kiểm soát TTHC",
          "Kiểm tra, báo cáo hoạt động kiểm soát TTHC")
SUBGROUPS = ("Công bố, công khai TTHC", "Tổ chức thực hiện cơ chế một cửa, một cửa liên thông",
             "Thực hiện TTHC trên môi trường điện tử", "Tiếp nhận, xử lý phản ánh, kiến nghị",
             "Số hóa hồ sơ, kết quả giải quyết TTHC", "Chế độ báo cáo")
SECOND_PLANS = ("Truyền thông về hoạt động kiểm soát thủ tục hành chính năm {year} trên địa bàn xã Hành Dũng",
                "Rà soát, đánh giá thủ tục hành chính năm {year} trên địa bàn xã Hành Dũng",
                "Kiểm tra hoạt động kiểm soát thủ tục hành chính năm {year} trên địa bàn xã Hành Dũng")
DOSSIER_FIELDS = ("Hộ tịch", "Chứng thực", "Đất đai", "Lao động, Thương binh và Xã hội", "Bảo trợ xã hội",
                  "Nông nghiệp", "Văn hóa, thể thao", "Tư pháp")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


@dataclass(frozen=True)
class Sizes:
    """How much to build: the full benchmark data, or tiny files for the smoke test."""

    years: range
    task_range: tuple[int, int]
    second_plan_chance: float
    big_plan_tasks: int
    tracker_plans: int
    tracker_tasks_per_plan: int


FULL = Sizes(YEARS, (25, 100), 0.6, BIG_PLAN_TASKS, 20, TRACKER_TASKS // 20)
QUICK = Sizes(range(2025, 2027), (25, 30), 0.0, 60, 3, 100)


# ---------------------------------------------------------------- plan JSON


def outline(rng: random.Random, year: int, tasks: int) -> list[dict[str, Any]]:
    """Groups A, B, … with Roman sub-groups, tasks numbered 1..n through the plan as the commune's plans are."""
    top = max(2, min(len(GROUPS), tasks // 20 or 2))
    subs = max(1, min(len(ROMAN), tasks // (top * 25)))
    slots = [(g, s) for g in range(top) for s in range(subs)]
    per_slot = [tasks // len(slots) + (1 if i < tasks % len(slots) else 0) for i in range(len(slots))]
    number = 0
    groups: list[dict[str, Any]] = []
    for g in range(top):
        group = {"kind": "group", "label": chr(ord("A") + g), "text": GROUPS[g % len(GROUPS)], "children": []}
        for s in range(subs):
            holder = group
            if subs > 1:
                holder = {"kind": "group", "label": ROMAN[s], "text": SUBGROUPS[(g + s) % len(SUBGROUPS)],
                          "children": []}
                group["children"].append(holder)
            for _ in range(per_slot[g * subs + s]):
                number += 1
                holder["children"].append(task(rng, year, str(number)))
        groups.append(group)
    return groups


def task(rng: random.Random, year: int, label: str) -> dict[str, Any]:
    text = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}{rng.choice(PLACES)}.".format(year=year)
    cooperating = rng.sample(COOPERATING, rng.randint(0, 2))
    return {"kind": "task", "label": label, "text": text, "objective": None,
            "expected_result": rng.choice(RESULTS), "lead_units": [rng.choice(LEADS)],
            "cooperating_units": cooperating, "schedule_text": rng.choice(SCHEDULES).format(year=year),
            "children": []}


def plan_json(base: dict[str, Any], rng: random.Random, year: int, tasks: int, number: int | None,
              subject: str | None, indicators: int) -> dict[str, Any]:
    """The demo plan moved to `year`, with a generated outline; issued under decision `number` (None: a draft)."""
    data = shift_plan_json(base, 2025, year)
    decision, plan = data["documents"]
    if subject is not None:
        plan["subject"] = subject
        decision["subject"] = "Ban hành Kế hoạch " + subject[0].lower() + subject[1:]
    issued = {"year": year, "month": rng.randint(1, 3), "day": rng.randint(2, 28)}
    for doc in data["documents"]:
        doc["status"] = "issued" if number is not None else "draft"
    decision["number"] = f"{number}/QĐ-UBND" if number is not None else None
    decision["date"] = issued if number is not None else {"year": year, "month": None, "day": None}
    data["outline"] = outline(rng, year, tasks)
    data["indicators"] = data["indicators"][:indicators]
    return data


# ---------------------------------------------------------------- tracking


def track_plan(tracking: TrackingService, plan_id: int, rng: random.Random, attachments: Path) -> int:
    """Progress, evidence and files for every task of the plan up to DATA_TODAY; returns the updates recorded."""
    recorded = 0
    for item in tracking.tasks(plan_id=plan_id, at=DATA_TODAY):
        recorded += track_task(tracking, item, rng, attachments)
    return recorded


def track_task(tracking: TrackingService, item: TrackedTask, rng: random.Random, attachments: Path) -> int:
    points = [c.day for c in item.checkpoints]
    if not points:  # on demand: once in the year, if ever
        if rng.random() < 0.5:
            on = min(date(item.plan_year, rng.randint(2, 12), rng.randint(1, 28)), DATA_TODAY)
            record(tracking, item, TaskStatus.DONE, on, None, rng, attachments)
            return 1
        return 0
    count = 0
    for day in points:
        roll = rng.random()
        if day > DATA_TODAY:  # not due yet: sometimes already under way
            if roll < 0.3 and day - timedelta(days=20) <= DATA_TODAY:
                record(tracking, item, TaskStatus.IN_PROGRESS, DATA_TODAY - timedelta(days=rng.randint(0, 5)),
                       day, rng, attachments)
                count += 1
            continue
        if roll < 0.25:
            record(tracking, item, TaskStatus.IN_PROGRESS, day - timedelta(days=rng.randint(5, 15)), day, rng,
                   attachments)
            count += 1
        if roll < 0.78:
            late = rng.random() < 0.15
            on = day + timedelta(days=rng.randint(1, 25)) if late else day - timedelta(days=rng.randint(0, 10))
            record(tracking, item, TaskStatus.DONE, min(on, DATA_TODAY), day, rng, attachments)
            count += 1
        elif roll < 0.85:
            record(tracking, item, TaskStatus.IN_PROGRESS, day - timedelta(days=rng.randint(1, 10)), day, rng,
                   attachments)
            count += 1
    return count


def record(tracking: TrackingService, item: TrackedTask, status: TaskStatus, on: date, checkpoint: date | None,
           rng: random.Random, attachments: Path) -> None:
    on = max(on, date(item.plan_year, 1, 2))
    proof = None
    if status is TaskStatus.DONE and rng.random() < 0.4:
        proof = EvidenceInput(f"{rng.randint(1, 400)}/BC-UBND", on,
                              f"Báo cáo kết quả {item.content[:60].rstrip('.').lower()}")
    note = "Đang triển khai" if status is TaskStatus.IN_PROGRESS else "Đã hoàn thành"
    entry = tracking.record_progress(item.task_id, status, on, note=note, checkpoint=checkpoint, evidence=proof)
    if entry.evidence and rng.random() < 0.05:
        path = attachments / f"bao-cao-{entry.evidence[0].id}.txt"
        path.write_text(f"Báo cáo số {proof.doc_number if proof else ''} ngày {on:%d/%m/%Y}\n", encoding="utf-8")
        tracking.attach_file(entry.evidence[0].id, path)


def quarters_done(year: int) -> Iterator[str]:
    for quarter, last_month in ((1, 3), (2, 6), (3, 9), (4, 12)):
        if date(year, last_month, 14) < DATA_TODAY:
            yield f"{year}-Q{quarter}"


def figures(tracking: TrackingService, plan_id: int, year: int, rng: random.Random) -> int:
    """Indicator figures per ended quarter: a ratio for a %, a count otherwise."""
    stored = 0
    for key in quarters_done(year):
        for result in tracking.indicator_results(plan_id, key):
            if rng.random() < 0.1:
                continue  # not every figure is entered
            if (result.unit or "").strip() == "%":
                denominator = float(rng.randint(40, 400))
                share = min(1.0, rng.uniform(0.5, 1.05))
                tracking.set_measurement(result.indicator_id, key, numerator=float(int(denominator * share)),
                                         denominator=denominator)
            else:
                tracking.set_measurement(result.indicator_id, key, value=float(rng.randint(0, 50)))
            stored += 1
    return stored


def dossiers(tracking: TrackingService, year: int, rng: random.Random) -> None:
    """Biểu 06 per ended quarter and for the year, every row balanced as the form's checks want."""
    keys = list(quarters_done(year))
    if len(keys) == 4:
        keys.append(f"{year}-Y")
    for key in keys:
        rows = []
        for name in DOSSIER_FIELDS:
            online, in_person, carried = rng.randint(0, 120), rng.randint(0, 200), rng.randint(0, 15)
            received = online + in_person + carried
            pending = rng.randint(0, min(received, 20))
            settled = received - pending
            late = rng.randint(0, min(settled, 5))
            early = rng.randint(0, settled - late)
            pending_late = rng.randint(0, min(pending, 2))
            rows.append(DossierRow(name, online, in_person, carried, early, settled - late - early, late,
                                   pending - pending_late, pending_late))
        tracking.set_dossier_rows(key, rows)


# ---------------------------------------------------------------- the two databases


def _open(path: Path) -> Services:
    # new: a rebuild makes the file again where the last build's lived (the app would otherwise call it damage)
    return Services.for_database(Database.open(path, new=True))


def _tracking(services: Services, folder: Path) -> TrackingService:
    return TrackingService(services.database.session_factory, today=lambda: DATA_TODAY,
                           storage=folder / "attachments")


def build_ten_years(path: Path, sizes: Sizes) -> dict[str, int]:
    services = _open(path)
    try:
        demo_id = services.demo.create_seed().plan_id
        base = services.plans.export_json(demo_id)
        tracking = _tracking(services, path.parent)
        files = path.parent / "attachment-sources"
        files.mkdir(exist_ok=True)
        counts = {"plans": 0, "tasks": 0, "updates": 0, "figures": 0}
        for year in sizes.years:
            rng = random.Random(f"ten-years-{DATA_VERSION}-{year}")
            plan_ids = [demo_id] if year == 2025 else []
            subjects: list[str | None] = [] if year == 2025 else [None]
            if rng.random() < sizes.second_plan_chance:
                subjects.append(rng.choice(SECOND_PLANS).format(year=year))
            for index, subject in enumerate(subjects):
                tasks = rng.randint(*sizes.task_range) if subject is None else rng.randint(25, 40)
                data = plan_json(base, rng, year, tasks, 100 + index, subject, 10 if subject is None else 4)
                plan_ids.append(services.plans.create_from_json(data, as_draft=False).id)
            for plan_id in plan_ids:
                counts["updates"] += track_plan(tracking, plan_id, rng, files)
                counts["figures"] += figures(tracking, plan_id, year, rng)
            dossiers(tracking, year, rng)
        rng = random.Random(f"big-plan-{DATA_VERSION}")
        subject = f"Hoạt động kiểm soát thủ tục hành chính năm 2026 ({BIG_PLAN_MARK} toàn huyện)"
        services.plans.create_from_json(plan_json(base, rng, 2026, sizes.big_plan_tasks, None, subject, 10),
                                        as_draft=True)
        plans = services.plans.list_plans()
        counts["plans"] = len(plans)
        counts["tasks"] = sum(p.task_count for p in plans)
        return counts
    finally:
        services.database.close()


def build_tracker(path: Path, sizes: Sizes) -> dict[str, int]:
    services = _open(path)
    try:
        demo_id = services.demo.create_seed().plan_id
        base = services.plans.export_json(demo_id)
        tracking = _tracking(services, path.parent)
        files = path.parent / "attachment-sources"
        files.mkdir(exist_ok=True)
        counts = {"plans": 0, "tasks": 0, "updates": 0, "figures": 0}
        for index in range(sizes.tracker_plans):
            rng = random.Random(f"tracker-{DATA_VERSION}-{index}")
            subject = None if index == 0 else f"Kiểm soát thủ tục hành chính năm {TRACKER_YEAR}, phần {index + 1}"
            data = plan_json(base, rng, TRACKER_YEAR, sizes.tracker_tasks_per_plan, 200 + index, subject, 10)
            plan_id = services.plans.create_from_json(data, as_draft=False).id
            counts["updates"] += track_plan(tracking, plan_id, rng, files)
            counts["figures"] += figures(tracking, plan_id, TRACKER_YEAR, rng)
        dossiers(tracking, TRACKER_YEAR, random.Random(f"tracker-dossiers-{DATA_VERSION}"))
        plans = services.plans.list_plans(TRACKER_YEAR)
        counts["plans"] = len(plans)
        counts["tasks"] = sum(p.task_count for p in plans)
        return counts
    finally:
        services.database.close()


BUILDERS = {"ten-years": build_ten_years, "tracker-10k": build_tracker}


def database_path(kind: str, data_dir: Path, quick: bool) -> Path:
    size = "quick" if quick else "full"
    return data_dir / f"{kind}-{size}-v{DATA_VERSION}-{SCHEMA_HEAD}.sqlite"


def ensure(kind: str, data_dir: Path = DEFAULT_DATA_DIR, quick: bool = False, rebuild: bool = False,
           verbose: bool = True) -> Path:
    """The cached database of `kind`, built first when missing (into a temporary name, renamed when complete)."""
    path = database_path(kind, data_dir, quick)
    if path.exists() and not rebuild:
        if verbose:
            line(f"{kind} database (cached)", f"{path.stat().st_size / 2**20:.1f} MB  {path}")
        return path
    data_dir.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.stem + ".partial.sqlite")
    for leftover in (partial, partial.with_name(partial.name + "-wal"), partial.with_name(partial.name + "-shm")):
        leftover.unlink(missing_ok=True)
    start = time.perf_counter()
    counts = BUILDERS[kind](partial, QUICK if quick else FULL)
    seconds = time.perf_counter() - start
    os.replace(partial, path)
    shutil.rmtree(data_dir / "backups", ignore_errors=True)  # none expected: the file is made at the head revision
    line(f"{kind} database built", f"{seconds:.1f} s  {path.stat().st_size / 2**20:.1f} MB  {path}")
    line(f"{kind} contents", ", ".join(f"{name} {value}" for name, value in counts.items()))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny databases (smoke test)")
    parser.add_argument("--rebuild", action="store_true", help="build even when cached")
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    args = parser.parse_args(argv)
    for kind in BUILDERS:
        ensure(kind, args.data_dir, args.quick, args.rebuild)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
