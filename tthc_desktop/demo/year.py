"""A commune's year as the demo tells it: what the clerk recorded on each task, and the figures of each quarter.

Pure and deterministic: the same plan, start and day give the same year, so the demo looks the same to everyone
on a given day, and a test can say what it holds. Everything is dated from the plan's start (its issue date) up
to the day the demo is made (`until`), never after it.

The story, for every plan (this year's up to today, last year's to 31 December):
- tasks with deadlines are begun some weeks before each and done a few days before it, with the document that
  proves it; two stories differ:
  task 2 is done a week late, and task 8's latest quarter is not done (overdue) once it is a week past;
- the quarterly and half-year reporting tasks (19, 22) are done by the period reports themselves (their numbers);
- ongoing tasks ("Thường xuyên") get a note in most reporting months, some with a document; tasks 5 and 13 miss
  a month now and then (shown as months without progress, never as overdue);
- task 21 ("Đột xuất theo yêu cầu") was asked for by the province by a date: in progress, then done late;
- on-demand tasks (10, 17) are in progress, then done mid-year; task 20 (no schedule written) is in progress.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.domain.status import TaskSchedule
from tthc_desktop.domain.tracking import DossierRow

# The report of each period, the number it takes in the register (BC) and when it is issued (after the cut-off).
REPORTS = (("Q1", 15), ("H1", 41), ("Q3", 68), ("Y", 97))
ISSUE_AFTER_CUTOFF = timedelta(days=2)
FIELDS = ("Hộ tịch", "Chứng thực", "Đất đai", "Bảo trợ xã hội")


@dataclass(frozen=True)
class Proof:
    number: str
    on: date
    subject: str
    file: str | None = None  # a file attached to it, by name


@dataclass(frozen=True)
class Note:
    """One progress entry of a task."""

    label: str
    on: date
    status: TaskStatus
    text: str | None = None
    checkpoint: date | None = None  # a deadline the upper level gave; None: worked out as the app does
    proof: Proof | None = None


def report_number(period_suffix: str) -> int:
    return dict(REPORTS)[period_suffix]


def _kh(on: date) -> str:
    return f"{1 + on.timetuple().tm_yday // 6:02d}/KH-UBND"


def _tb(on: date) -> str:
    return f"{2 + on.timetuple().tm_yday // 3:02d}/TB-UBND"


def _bc(on: date, period_ends: dict[str, date]) -> Proof | None:
    """The period report issued for the period ending on the deadline's quarter, if any."""
    for suffix, number in REPORTS:
        end = period_ends.get(suffix)
        if end is not None and abs((end - on).days) <= 20:
            issued = end + ISSUE_AFTER_CUTOFF
            return Proof(f"{number}/BC-UBND", issued, "Báo cáo tình hình, kết quả thực hiện công tác kiểm soát "
                                                         "thủ tục hành chính")
    return None


def notes(tasks: list[tuple[str, TaskSchedule]], start: date, until: date,
          period_ends: dict[str, date]) -> list[Note]:
    """What the clerk recorded on each task of a plan that took effect on `start`, up to `until` (inclusive).
    `period_ends`: the cut-off of each report period of the year ("Q1", "H1", "Q3", "Y")."""
    result: list[Note] = []
    for label, schedule in tasks:
        if schedule.ongoing:
            result += _ongoing(label, schedule, start, until)
        elif schedule.deadlines:
            result += _deadlines(label, schedule, start, until, period_ends)
        else:
            result += _occasional(label, start, until)
    return sorted((n for n in result if start <= n.on <= until), key=lambda n: (n.on, n.label))


def _deadlines(label: str, schedule: TaskSchedule, start: date, until: date,
               period_ends: dict[str, date]) -> list[Note]:
    found: list[Note] = []
    stale = [d for d in schedule.deadlines if (until - d).days > 7]
    for d in schedule.deadlines:
        if label in ("19", "22"):  # done by the period report itself, once it is issued
            proof = _bc(d, period_ends)
            if proof is not None and proof.on <= until:
                found.append(Note(label, proof.on, TaskStatus.DONE, "Đã gửi báo cáo", proof=proof))
            elif d >= until and (d - until).days <= 20:
                found.append(Note(label, max(start, until - timedelta(days=3)), TaskStatus.IN_PROGRESS,
                                  "Đang tổng hợp báo cáo"))
            continue
        if d > until:
            if (d - until).days <= 20:
                found.append(Note(label, max(start, until - timedelta(days=3)), TaskStatus.IN_PROGRESS,
                                  "Đang triển khai"))
            continue
        if label == "8" and stale and d == stale[-1]:
            found.append(Note(label, max(start, d - timedelta(days=20)), TaskStatus.IN_PROGRESS,
                              "Đang tổng hợp kết quả đánh giá"))
            continue  # the latest quarter's assessment not done: overdue
        late = label == "2"
        begun = d - timedelta(days=25)
        if start <= begun <= until:
            found.append(Note(label, begun, TaskStatus.IN_PROGRESS, "Đang triển khai"))
        day = d + timedelta(days=8) if late else d - timedelta(days=3 + int(label) % 6)
        if day > until:
            continue
        proof = Proof(_kh(day), day, "Kế hoạch triển khai" if label != "8" else "Báo cáo kết quả đánh giá")
        found.append(Note(label, day, TaskStatus.DONE, "Đã ban hành" if label != "8" else "Đã đánh giá", proof=proof))
    return found


def _ongoing(label: str, schedule: TaskSchedule, start: date, until: date) -> list[Note]:
    found = []
    offset = (int(label) * 3) % 20 + 2
    for index, period in enumerate(schedule.periods):
        if label in ("5", "13") and index % 4 == 1:
            continue  # a month without a note
        day = min(max(start, period.start) + timedelta(days=offset), period.end)
        if day > until:
            continue
        proof = None
        if (index + int(label)) % 4 == 2:
            file = "Biên bản tự kiểm tra.txt" if label == "16" else None
            proof = Proof(_tb(day), day, "Thông báo kết quả thực hiện", file)
        found.append(Note(label, day, TaskStatus.IN_PROGRESS, "Thực hiện theo kế hoạch", proof=proof))
    return found


def _occasional(label: str, start: date, until: date) -> list[Note]:
    if label == "21":  # the province asked for a report by a date
        asked, due = start + timedelta(days=12), start + timedelta(days=25)
        found = [Note(label, asked, TaskStatus.IN_PROGRESS, "UBND tỉnh yêu cầu báo cáo đột xuất", checkpoint=due)]
        done = due + timedelta(days=6)
        if (until - start).days >= 120:
            found.append(Note(label, done, TaskStatus.DONE, "Đã gửi báo cáo đột xuất", checkpoint=due,
                              proof=Proof(f"{3 + done.timetuple().tm_yday // 4:02d}/BC-UBND", done,
                                          "Báo cáo đột xuất về kiểm soát thủ tục hành chính")))
        return found
    if label in ("10", "17"):
        found = [Note(label, start + timedelta(days=10), TaskStatus.IN_PROGRESS, "Đang triển khai")]
        done = start + timedelta(days=70 if label == "10" else 150)
        found.append(Note(label, done, TaskStatus.DONE, "Hoàn thành",
                          proof=Proof(_kh(done), done, "Kế hoạch tuyên truyền" if label == "17"
                                      else "Báo cáo kết quả thực hiện Đề án")))
        return found
    return [Note(label, start + timedelta(days=40), TaskStatus.IN_PROGRESS, "Cử công chức tham gia tập huấn")]


# ---------------------------------------------------------------- figures


def dossier_rows(year: int, quarter: int, carried: dict[str, int]) -> list[DossierRow]:
    """Biểu 06 of a quarter: each field's counts, carried over from the quarter before (sound by construction)."""
    rows = []
    for index, field in enumerate(FIELDS):
        base = 18 + 11 * index + (year % 7) + 3 * quarter
        online, in_person = base * 2 // 3 + quarter, base // 3 + 2
        carry = carried.get(field, 2 + index)
        total = online + in_person + carry
        pending_within, pending_late = 2 + (index + quarter) % 3, (1 if index == 2 else 0)
        settled = total - pending_within - pending_late
        late = 1 if (index + quarter) % 4 == 0 else 0
        early = settled // 3
        rows.append(DossierRow(field, received_online=online, received_in_person=in_person, carried_over=carry,
                               settled_early=early, settled_on_time=settled - early - late, settled_late=late,
                               pending_within=pending_within, pending_late=pending_late))
    return rows


def cumulative(quarters: list[list[DossierRow]]) -> list[DossierRow]:
    """Biểu 06 of the first months of the year from its quarters: counts added, carried over from the first
    quarter, pending as at the last."""
    rows = []
    for field in FIELDS:
        parts = [next(r for r in q if r.field == field) for q in quarters]
        total = {name: sum(getattr(p, name) for p in parts)
                 for name in ("received_online", "received_in_person", "settled_early", "settled_on_time",
                              "settled_late")}
        rows.append(DossierRow(field, carried_over=parts[0].carried_over, pending_within=parts[-1].pending_within,
                               pending_late=parts[-1].pending_late, **total))
    return rows


# Entered figures of the indicators by their label: (numerator, denominator), or a single value (satisfaction, %).
def indicator_figures(label: str, year: int, quarter: int) -> tuple[float, float] | float | None:
    n = 40 + 5 * quarter + year % 5
    figures: dict[str, tuple[float, float] | float] = {
        "1": (n, n), "2": (n, n), "3": (n - 2, n), "5": (round(0.74 * n), n), "6": (round(0.86 * n), n),
        "7": (n, n), "8": (round(0.56 * n), n), "9": (2 + quarter % 2, 2 + quarter % 2), "10": 88.0 + quarter,
    }
    return figures.get(label)
