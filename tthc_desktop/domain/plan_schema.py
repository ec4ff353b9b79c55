"""The plan JSON's shape, as TypedDicts: the one exchange format of the app (services/plan_json.py).

Who writes it: the importers (importers/assemble.py and the table, prose, event, indicator and front-matter readers;
pasted rows are task nodes of its outline, importers/pasted_rows.py), `export-json` (services/plan_json.py
`plan_to_json`) and the plain sqlite3 read of the CLI's `render` (services/quick_print.py). Who reads it:
`build_plan` (into the database), the year shift and target proposal of a copied plan (services/plans.py), the print
job (documents/compose.py), the outline service (`add_rows` takes task fields). A file from outside is only *said*
to have this shape: `build_plan` checks what it reads and refuses bad data in words.

Enum-valued fields hold the enum's value (`OutlineKind`, `SectionKind`, `DocumentType`, `DocumentStatus`,
`Comparator` in domain/enums.py). A field a producer does not know is absent (an imported document has no status of
its own) or None (a draft has no number); readers take both as "not given".
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypedDict, get_args

# domain.schedule.parse_schedule's result for a task's written deadline ("kind", "dates", "parts", …): its own
# shape, read by the schedule rules; the plan JSON carries it as understood in the plan's year.
ScheduleJson = dict[str, Any]

# The text fields of a task beside its `text`; lead and cooperating units are lists of names.
TaskTextField = Literal["objective", "expected_result", "schedule_text", "note"]
TASK_TEXT_FIELDS: tuple[TaskTextField, ...] = get_args(TaskTextField)
UnitsField = Literal["lead_units", "cooperating_units"]
UNITS_FIELDS: tuple[UnitsField, ...] = get_args(UnitsField)


class ColumnJson(TypedDict):
    """A column of the plan's task or indicator table (domain.columns: its key, the title printed, its group)."""

    key: str
    title: str
    group: str | None


class DateJson(TypedDict):
    """A document's date line; a draft may leave month and day (even the year) to be written in."""

    year: int | None
    month: int | None
    day: int | None


class SignerJson(TypedDict, total=False):
    authority: str | None  # "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" …
    position: str | None
    name: str | None


class SectionNode(TypedDict):
    """A paragraph of the plan's text (or the decision's): heading, paragraph or bullet, with what is under it."""

    kind: str  # SectionKind
    label: str | None
    text: str
    children: list[SectionNode]


class DocumentJson(TypedDict, total=False):
    """The decision (QĐ) or the plan (KH) with its front matter, body and signature."""

    type: Required[str]  # DocumentType
    number: str | None  # "48/QĐ-UBND"; None on a draft
    status: str  # DocumentStatus
    place: str | None
    date: DateJson | None  # None for a plan issued with a decision: it has no date line of its own
    subject: str | None
    authority_line: str | None
    legal_bases: list[str]
    proposed_by: str | None
    addressee: str | None
    articles: list[str]
    signer: SignerJson | None
    recipients: list[str]
    sections: list[SectionNode]


class TaskFields(TypedDict, total=False):
    """What a task holds beside its kind, label and text; a new row (a paste) carries only what it fills."""

    objective: str | None
    expected_result: str | None
    lead_units: list[str]
    cooperating_units: list[str]
    schedule_text: str | None
    note: str | None


class OutlineNode(TaskFields, total=False):
    """A row of the plan's outline: a group (label, title and what is under it) or a task (with its fields)."""

    kind: Required[str]  # OutlineKind: "group" or "task"
    label: Required[str | None]  # None: the plan's automatic numbering gives it one
    text: Required[str]
    children: Required[list[OutlineNode]]
    schedule: ScheduleJson | None  # a task's schedule_text as understood; None where it is not needed (printing)


class IndicatorJson(TypedDict, total=False):
    """A target of the plan's indicator table, with the figures it is judged by."""

    name: Required[str]
    group: str | None  # the label of its group row ("I"), and the group's title
    group_title: str | None
    label: str | None
    unit: str | None  # "%" for a rate
    comparator: str  # Comparator
    target: float | None
    upstream_target: float | None
    last_year: float | None
    basis: str | None
    formula: str | None
    numerator_name: str | None
    denominator_name: str | None
    lead_units: list[str]
    cooperating_units: list[str]


class PlanJson(TypedDict, total=False):
    """A whole plan: its documents, outline and indicators, and how its tables print."""

    year: int
    documents: list[DocumentJson]
    outline: list[OutlineNode]
    indicators: list[IndicatorJson]
    task_columns: list[ColumnJson]
    indicator_columns: list[ColumnJson]
    task_appendix_title: str | None
    indicator_appendix_title: str | None
