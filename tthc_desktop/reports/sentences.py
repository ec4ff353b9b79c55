"""How the report's sentences say a count: as a person writes them, for none, one, two and many.

"trong tổng số 22 nhiệm vụ có chưa thực hiện 22" is not Vietnamese; "cả 22 nhiệm vụ đều chưa thực hiện" is. Each
function here turns counts into the words of one sentence and nothing else (content.py decides what to say and
when), so the wording can be read and checked in one place: tests/unit/test_report_sentences.py renders every
sentence with 0, 1, 2 and many.
"""

from __future__ import annotations

from collections.abc import Sequence

from tthc_desktop.domain.enums import TaskStatus

TASK = "nhiệm vụ"
INDICATOR = "chỉ tiêu"
DOSSIER = "hồ sơ"


def joined(parts: Sequence[str]) -> str:
    """ "a", "a và b", "a, b và c"."""
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " và " + parts[-1]


def counted(parts: Sequence[tuple[int, str]], noun: str) -> list[str]:
    """(count, what is said of them) → "3 nhiệm vụ đã hoàn thành", only for the counts above 0."""
    return [f"{count} {noun} {words}" for count, words in parts if count]


def all_or_some(total: int, parts: Sequence[tuple[int, str]], noun: str, some: str) -> str:
    """The state of `total` things: "nhiệm vụ này đã hoàn thành" (one), "cả 3 nhiệm vụ đều đã hoàn thành" (all
    alike), else `some` followed by the counts: "trong đó 2 nhiệm vụ đã hoàn thành và 1 nhiệm vụ quá hạn"."""
    present = [(count, words) for count, words in parts if count]
    if total == 1 and len(present) == 1:
        return f"{noun} này {present[0][1]}"
    if len(present) == 1 and present[0][0] == total:
        return f"cả {total} {noun} đều {present[0][1]}"
    return f"{some} {joined(counted(present, noun))}".strip()


def task_states(counts: dict[TaskStatus, int]) -> list[tuple[int, str]]:
    """What a plan's tasks have come to, in the order a report tells it."""
    late = counts.get(TaskStatus.DONE_LATE, 0)
    done = counts.get(TaskStatus.DONE, 0) + late
    if late == 0:
        done_words = "đã hoàn thành"
    elif late == done:
        done_words = "đã hoàn thành nhưng trễ hạn"
    else:
        done_words = f"đã hoàn thành (có {late} {TASK} trễ hạn)"
    return [(done, done_words), (counts.get(TaskStatus.IN_PROGRESS, 0), "đang thực hiện"),
            (counts.get(TaskStatus.NOT_STARTED, 0), "chưa thực hiện"),
            (counts.get(TaskStatus.OVERDUE, 0), "quá hạn chưa hoàn thành")]


def plan_progress(total: int, counts: dict[TaskStatus, int], rate: str | None) -> str:
    """The overview's second sentence: "Đến hết kỳ báo cáo, trong tổng số 22 nhiệm vụ của Kế hoạch có 3 nhiệm
    vụ đã hoàn thành, …" (a plan with one task: "Kế hoạch có 1 nhiệm vụ; đến hết kỳ báo cáo, nhiệm vụ này …")."""
    tail = f" (tỷ lệ hoàn thành {rate})." if rate else "."
    states = all_or_some(total, task_states(counts), TASK, "có")
    if total == 1:
        return f"Kế hoạch có 1 {TASK}; đến hết kỳ báo cáo, {states}{tail}"
    if states.startswith("cả "):
        return f"Đến hết kỳ báo cáo, {states.replace(f'{TASK} đều', f'{TASK} của Kế hoạch đều', 1)}{tail}"
    return f"Đến hết kỳ báo cáo, trong tổng số {total} {TASK} của Kế hoạch {states}{tail}"


def section_tasks(in_period: str, total: int, counts: dict[TaskStatus, int]) -> str:
    """The line before a section's list of tasks: "Trong kỳ, triển khai 3 nhiệm vụ theo Kế hoạch, trong đó 1
    nhiệm vụ đã hoàn thành và 2 nhiệm vụ đang thực hiện:"."""
    if total == 1:
        return f"{in_period}, triển khai 1 {TASK} theo Kế hoạch:"
    states = all_or_some(total, task_states(counts), TASK, "trong đó")
    return f"{in_period}, triển khai {total} {TASK} theo Kế hoạch, {states}:"


def indicator_states(met: int, not_met: int, no_target: int, no_figure: int) -> list[tuple[int, str]]:
    return [(met, "đạt"), (not_met, "chưa đạt"), (no_target, "chưa có mức cần đạt để đánh giá"),
            (no_figure, "chưa có số liệu")]


def indicators_summary(total: int, met: int, not_met: int, no_target: int, no_figure: int, see: str,
                       cumulative: bool = True) -> str:
    """ "Kế hoạch đặt 10 chỉ tiêu; lũy kế đến hết kỳ báo cáo, 6 chỉ tiêu đạt, 2 chỉ tiêu chưa đạt và 2 chỉ tiêu
    chưa có số liệu (chi tiết tại Phụ lục II kèm theo)."; "lũy kế" only when every verdict rests on a year-to-date
    figure (`cumulative`): an indicator's standing may rest on the period's figure alone (domain.tracking)."""
    states = all_or_some(total, indicator_states(met, not_met, no_target, no_figure), INDICATOR, "")
    when = "lũy kế đến hết kỳ báo cáo" if cumulative else "đến hết kỳ báo cáo"
    return f"Kế hoạch đặt {total} {INDICATOR}; {when}, {states}{see}."


def dossier_intake(in_period: str, received: str, online: str, in_person: str, carried: str, see: str,
                   nothing: bool) -> str:
    """ "Trong kỳ, tổng số hồ sơ thủ tục hành chính tiếp nhận là 174 hồ sơ (…)", or that there was none."""
    if nothing:
        where = f" (chi tiết tại {see} kèm theo)" if see else ""
        return f"{in_period}, không phát sinh hồ sơ thủ tục hành chính{where}."
    return (f"{in_period}, tổng số hồ sơ thủ tục hành chính tiếp nhận là {received} {DOSSIER} (trực tuyến {online}; "
            f"trực tiếp và qua dịch vụ bưu chính công ích {in_person}; từ kỳ trước chuyển qua {carried})")


def dossier_outcome(settled: int, settled_words: str, pending: int, pending_words: str, see: str) -> str:
    """ "Đã giải quyết 166 hồ sơ (…); đang giải quyết 8 hồ sơ (…). Chi tiết tại Phụ lục III kèm theo." with the
    cases of none said in words."""
    done = f"Đã giải quyết {settled_words}" if settled else "Chưa có hồ sơ nào được giải quyết xong"
    left = f"đang giải quyết {pending_words}" if pending else "không còn hồ sơ đang giải quyết"
    where = f" Chi tiết tại {see} kèm theo." if see else ""
    return f"{done}; {left}.{where}"


def ongoing_tasks(count: int, only: str | None, others_listed: bool) -> str:
    """The next period's line for tasks that run all year or recur."""
    if count == 1 and only:
        return f"- {only} (thực hiện thường xuyên)."
    rest = " còn lại" if others_listed else ""
    return f"- Thực hiện thường xuyên, định kỳ {count} {TASK}{rest} theo Kế hoạch."
