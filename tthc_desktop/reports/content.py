"""The report's narrative pre-filled from the figures: plain Vietnamese sentences the clerk edits.

Works on the figures snapshot (see services/report_figures.py for its fields), never on the database, so an
issued report's frozen figures give the same sentences as they did the day it was issued.

Decisions:
- A task belongs to the "tasks" section whose words match its innermost group's title, else an outer group's
  title, else its own text; when several sections match one text, the one whose word comes first in it (then
  the first in template order). Tasks matched by none go to "other_tasks". Matching
  ignores case and diacritics and takes whole words only ("công bố" matches "Công bố, công khai TTHC"; "tra"
  would not match "trang").
- A generator that has nothing to say returns no lines; when every generator of a section is silent the
  section's default text from the template is printed instead.
- Each line is a paragraph; a line that starts with "- " prints as a bullet.
- Tasks that recur or run all year are summed up in one sentence under "next tasks"; tasks with a date of
  their own in the next period, and overdue tasks, are listed one by one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from tthc_desktop.documents import numbers
from tthc_desktop.domain import vnformat
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.domain.tracking import Attainment, Basis, Standing, standing
from tthc_desktop.reports import sentences
from tthc_desktop.reports.template import ReportTemplate, SectionSpec, appendix_labels, fill_words
from tthc_desktop.reports.words import STATUS_PHRASES

Figures = dict[str, Any]
COLUMNS = ("received", "received_online", "received_in_person", "carried_over", "settled", "settled_early",
           "settled_on_time", "settled_late", "pending", "pending_within", "pending_late")  # (3) .. (13)
_ONGOING = ("ongoing", "recurring")


# ---------------------------------------------------------------- small words


def day(text: str | None) -> str:
    """ "14/3/2025" from an ISO date, as sentences write dates."""
    return vnformat.short_date(date.fromisoformat(text)) if text else ""


def sentence(text: str) -> str:
    """A task's or an indicator's wording inside a sentence: without its closing full stop or semicolon."""
    return text.strip().rstrip(".;:").strip()


def figure(value: float | None, unit: str | None) -> str:
    """ "66,7%" for a ratio, "12 văn bản" for a count, "" for no figure."""
    return numbers.figure(value, unit)


def evidence_words(evidence: list[dict[str, Any]]) -> str:
    """ "văn bản số 12/KH-UBND ngày 20/3/2025; số 15/TB-UBND ngày 02/4/2025"."""
    parts = []
    for e in evidence:
        words = [f"số {e['number']}" if e.get("number") else "", f"ngày {day(e['date'])}" if e.get("date") else ""]
        text = " ".join(w for w in words if w) or (e.get("subject") or "")
        if text:
            parts.append(text)
    return ("văn bản " + "; ".join(parts)) if parts else ""


def tasks_of(figures: Figures) -> list[dict[str, Any]]:
    return [item for item in figures["outline"] if item["kind"] == "task"]


def status_counts(tasks: list[dict[str, Any]]) -> dict[TaskStatus, int]:
    return {status: sum(t["status"] == status.value for t in tasks) for status in TaskStatus}


def indicator_standing(indicator: dict[str, Any]) -> Standing:
    """The one verdict of an indicator of the figures (domain.tracking.standing): year to date, else the period."""
    return standing(indicator["value"], indicator["ytd_value"], indicator["target"],
                    indicator.get("comparator") or ">=")


def task_line(task: dict[str, Any]) -> str:
    proof = evidence_words(task.get("evidence") or []) if task["status"] in ("done", "done_late") else ""
    return f"- {sentence(task['text'])}: {STATUS_PHRASES[TaskStatus(task['status'])]}" + \
        (f" ({proof})" if proof else "") + "."


# ---------------------------------------------------------------- which task goes where


def _first_match(words: tuple[str, ...], text: str) -> int | None:
    """Where in `text` the first of `words` starts (folded, whole words), or None."""
    haystack = vnformat.fold(text)
    found = [m.start() for w in words
             for m in [re.search(r"(?<!\w)" + re.escape(vnformat.fold(w).strip()) + r"(?!\w)", haystack)] if m]
    return min(found, default=None)


def _section_for(sections: list[SectionSpec], text: str) -> str | None:
    """The section whose words come first in `text` (a group titled "Kiểm tra ... một cửa" is about checks)."""
    hits = [(position, order, s.key) for order, s in enumerate(sections)
            if (position := _first_match(s.match, text)) is not None]
    return min(hits)[2] if hits else None


def assign_tasks(template: ReportTemplate, figures: Figures) -> dict[str, list[dict[str, Any]]]:
    """Tasks by the key of the section that reports them."""
    sections = [s for s in template.sections if "tasks" in s.fill]
    rest = next((s.key for s in template.sections if "other_tasks" in s.fill), None)
    result: dict[str, list[dict[str, Any]]] = {s.key: [] for s in template.sections if s.key}
    for task in tasks_of(figures):
        candidates = [*reversed(task.get("groups") or []), task["text"]]
        chosen = next((key for text in candidates if (key := _section_for(sections, text))), rest)
        if chosen is not None:
            result[chosen].append(task)
    return result


# ---------------------------------------------------------------- generators


class _Writer:
    def __init__(self, template: ReportTemplate, figures: Figures) -> None:
        self.template, self.figures = template, figures
        self.words = figures["words"]
        self.assigned = assign_tasks(template, figures)
        self.appendix = appendix_labels(template)

    def see(self, table: str) -> str:
        label = self.appendix.get(table)
        return f" (chi tiết tại {label} kèm theo)" if label else ""

    def intro(self, _spec: SectionSpec) -> list[str]:
        period = self.figures["period"]
        w = self.words
        return [f"Thực hiện {self.figures['plan']['reference']}, Ủy ban nhân dân {w['commune']} báo cáo tình hình, "
                f"kết quả thực hiện công tác kiểm soát thủ tục hành chính {w['period']} (số liệu tính từ ngày "
                f"{day(period['start'])} đến ngày {day(period['end'])}) như sau:"]

    def tasks(self, spec: SectionSpec) -> list[str]:
        return self._task_lines(self.assigned.get(spec.key or "", []))

    def other_tasks(self, spec: SectionSpec) -> list[str]:
        return self._task_lines(self.assigned.get(spec.key or "", []))

    def _task_lines(self, tasks: list[dict[str, Any]]) -> list[str]:
        if not tasks:
            return []
        head = sentences.section_tasks(self.words["in_period"], len(tasks), status_counts(tasks))
        return [head, *(task_line(t) for t in tasks)]

    def dossiers(self, _spec: SectionSpec) -> list[str]:
        table = self.figures["dossiers"]
        if not table["rows"]:
            return []
        t = dict(zip(COLUMNS, table["total"], strict=True))
        n = numbers.number
        label = self.appendix.get("dossiers", "")
        nothing = not (t["received"] or t["settled"] or t["pending"])
        intake = sentences.dossier_intake(self.words["in_period"], n(t["received"]), n(t["received_online"]),
                                          n(t["received_in_person"]), n(t["carried_over"]), label, nothing)
        if nothing:
            return [intake]
        outcome = sentences.dossier_outcome(
            t["settled"], f"{n(t['settled'])} hồ sơ (trước hạn {n(t['settled_early'])}, đúng hạn "
                          f"{n(t['settled_on_time'])}, quá hạn {n(t['settled_late'])})",
            t["pending"], f"{n(t['pending'])} hồ sơ (trong hạn {n(t['pending_within'])}, quá hạn "
                          f"{n(t['pending_late'])})", label)
        lines = [f"{intake}. {outcome}"]
        rates = []
        if table.get("on_time_rate") is not None:
            rates.append(f"tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt {numbers.percent(table['on_time_rate'])}")
        if table.get("online_rate") is not None:
            rates.append(f"tỷ lệ hồ sơ tiếp nhận trực tuyến đạt {numbers.percent(table['online_rate'])}")
        if rates:
            text = "; ".join(rates)
            lines.append(text[:1].upper() + text[1:] + ".")
        return lines

    def indicators(self, _spec: SectionSpec) -> list[str]:
        indicators = self.figures["indicators"]
        if not indicators:
            return []
        standings = [indicator_standing(i) for i in indicators]
        missing = [i for i, s in zip(indicators, standings, strict=True) if s.value is None]
        judged = [s for s in standings if s.value is not None]
        attained = [s.attainment for s in judged]
        met, not_met = attained.count(Attainment.MET), attained.count(Attainment.NOT_MET)
        cumulative = all(s.basis is Basis.YEAR_TO_DATE for s in judged)
        lines = [sentences.indicators_summary(len(indicators), met, not_met, len(judged) - met - not_met,
                                              len(missing), self.see("indicators"), cumulative=cumulative)]
        for i in indicators:
            if i in missing:
                continue
            parts = []
            if i["value"] is not None:
                parts.append(f"kỳ này đạt {figure(i['value'], i['unit'])}")
            if i["ytd_value"] is not None:
                parts.append(f"lũy kế năm đạt {figure(i['ytd_value'], i['unit'])}")
            verdict = {Attainment.MET: "đạt chỉ tiêu", Attainment.NOT_MET: "chưa đạt chỉ tiêu"}.get(
                indicator_standing(i).attainment, "")
            target = f"chỉ tiêu {target_words(i)}" if i["target"] is not None else ""
            tail = f" ({target}): {verdict}" if target and verdict else ""
            lines.append(f"- {sentence(i['name'])}: {', '.join(parts)}{tail}.")
        if missing:
            labels = ", ".join(i["label"] or sentence(i["name"]) for i in missing)
            lines.append(f"- Chưa có số liệu: chỉ tiêu {labels}.")
        return lines

    def overview(self, _spec: SectionSpec) -> list[str]:
        tasks = tasks_of(self.figures)
        if not tasks:
            return []
        c = status_counts(tasks)
        done = c[TaskStatus.DONE] + c[TaskStatus.DONE_LATE]
        rate = numbers.percent(100 * done / len(tasks)) if done else None
        lines = [f"Công tác kiểm soát thủ tục hành chính được Ủy ban nhân dân {self.words['commune']} quan tâm chỉ "
                 f"đạo, triển khai theo Kế hoạch. {sentences.plan_progress(len(tasks), c, rate)}"]
        on_time = self.figures["dossiers"].get("on_time_rate")
        if self.figures["dossiers"]["rows"] and on_time is not None:
            lines.append(f"Tỷ lệ hồ sơ thủ tục hành chính giải quyết trước hạn, đúng hạn đạt "
                         f"{numbers.percent(on_time)}.")
        return lines

    def difficulties(self, _spec: SectionSpec) -> list[str]:
        tasks = tasks_of(self.figures)
        lines: list[str] = []
        overdue = [t for t in tasks if t["status"] == TaskStatus.OVERDUE.value]
        late = [t for t in tasks if t["status"] == TaskStatus.DONE_LATE.value]
        missed = [i for i in self.figures["indicators"] if indicator_standing(i).attainment is Attainment.NOT_MET]
        if overdue:
            lines.append(f"Còn {len(overdue)} nhiệm vụ quá hạn chưa hoàn thành:")
            lines += [f"- {sentence(t['text'])}." for t in overdue]
        if late:
            lines.append(f"Có {len(late)} nhiệm vụ hoàn thành nhưng trễ hạn:")
            lines += [f"- {sentence(t['text'])}." for t in late]
        if missed:
            lines.append(f"Có {len(missed)} chỉ tiêu chưa đạt:")
            lines += [f"- {sentence(i['name'])}: {_reached(i)}, chỉ tiêu {target_words(i)}." for i in missed]
        return lines

    def next_tasks(self, _spec: SectionSpec) -> list[str]:
        start, end = self.figures["next_period"]["start"], self.figures["next_period"]["end"]
        tasks = tasks_of(self.figures)
        due = [t for t in tasks if t.get("schedule_kind") not in _ONGOING
               and any(start <= c <= end for c in t.get("open_checkpoints") or [])]
        overdue = [t for t in tasks if t["status"] == TaskStatus.OVERDUE.value and t not in due]
        ongoing = [t for t in tasks if t.get("schedule_kind") in _ONGOING]
        if not (due or overdue or ongoing):
            return []
        lines = [f"Tiếp tục triển khai các nhiệm vụ theo Kế hoạch trong {self.words['next_period']}, "
                 "trong đó tập trung:"]
        for t in due:
            deadline = min(c for c in t["open_checkpoints"] if start <= c <= end)
            lines.append(f"- {sentence(t['text'])} (hạn {day(deadline)}).")
        lines += [f"- Khẩn trương hoàn thành: {sentence(t['text'])}." for t in overdue]
        if ongoing:
            lines.append(sentences.ongoing_tasks(len(ongoing), sentence(ongoing[0]["text"]), bool(due or overdue)))
        return lines


def _reached(indicator: dict[str, Any]) -> str:
    """ "lũy kế đạt 55%", or "kỳ này đạt 55%" when the verdict rests on the period's figure."""
    judged = indicator_standing(indicator)
    when = "lũy kế" if judged.basis is Basis.YEAR_TO_DATE else "kỳ này"
    return f"{when} đạt {figure(judged.value, indicator['unit'])}"


def target_words(indicator: dict[str, Any]) -> str:
    """ "tối thiểu 60%", "100%", "tối đa 5 hồ sơ"."""
    return numbers.target_words(indicator.get("comparator"), indicator["target"], indicator.get("unit") or "%",
                                capital=False)


def prefill(template: ReportTemplate, figures: Figures) -> dict[str, str]:
    """The text of every section with a key: generated where the template says so, else its default text."""
    writer = _Writer(template, figures)
    texts: dict[str, str] = {}
    for spec in template.sections:
        if spec.key is None:
            continue
        lines: list[str] = []
        for name in spec.fill:
            generate: Callable[[SectionSpec], list[str]] = getattr(writer, name)
            lines += generate(spec)
        texts[spec.key] = "\n".join(lines) if lines else fill_words(spec.text, writer.words)
    return texts
