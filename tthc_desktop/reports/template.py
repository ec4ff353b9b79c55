"""Report outlines as data: one JSON template per period kind, read and checked here.

A new circular that changes what a report must say changes a template file, not the app. A template names the
document's subject, its addressee and recipients, its sections in order (a heading, a level, and either a
generator that pre-fills the text from the tracker or a default text for the clerk to write over), and the
tables attached to it. The app's own templates sit in `reports/templates/`; a file of the same name in a
folder the caller passes (the user's data folder) replaces one.

Decisions:
- Every mistake is reported with the template's name and the path of the bad field ("sections[3].fill"), and
  unknown fields are refused too: a misspelt "heading" would otherwise silently print nothing.
- Labels are not written in templates: level-1 headings are numbered I, II, ... and level-2 headings 1, 2, ...
  within their level-1 heading, so inserting a section never leaves the numbering wrong.
- Texts may use the placeholders {period} ("quý I năm 2026"), {year}, {next_period}, {commune} ("xã Hành Dũng"),
  {level} ("xã") and {upstream}; any other name in braces is refused when the template is read, not when a
  report is printed.
"""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from tthc_desktop.domain.periods import KINDS
from tthc_desktop.domain.vnformat import roman
from tthc_desktop.errors import DataError
from tthc_desktop.i18n import _

GENERATORS = ("intro", "tasks", "other_tasks", "dossiers", "indicators", "overview", "difficulties",
              "next_tasks")
TABLES = ("tasks", "indicators", "dossiers")
PLACEHOLDERS = ("period", "year", "next_period", "commune", "level", "upstream")
_KEY = re.compile(r"[a-z][a-z0-9_]*")
_TOP_FIELDS = {"kind", "subject", "addressee", "signing_authority", "recipients", "sections", "tables"}
_SECTION_FIELDS = {"key", "heading", "level", "fill", "match", "text"}
_TABLE_FIELDS = {"table", "title"}
_AUTHORITIES = ("TM.", "KT.", "Q.", "TL.", "TUQ.", "")


class TemplateError(DataError):
    """A report template that cannot be used; the message names the file and the field."""


@dataclass(frozen=True)
class SectionSpec:
    key: str | None  # None: a heading with no text of its own
    heading: str | None
    level: int  # 1: "I." headings, 2: "1." headings; 0: no heading (the opening paragraph)
    fill: tuple[str, ...]  # generators, in order; empty: free text
    match: tuple[str, ...]  # for "tasks": words of the task's groups or content (diacritics optional)
    text: str  # the default text, and what is printed when the generators find nothing to say


@dataclass(frozen=True)
class TableSpec:
    table: str  # "tasks", "indicators", "dossiers"
    title: str


@dataclass(frozen=True)
class ReportTemplate:
    name: str
    kind: str
    subject: str
    addressee: str
    signing_authority: str  # "TM." (on behalf of the committee), "KT.", ... or "" for the chair alone
    recipients: tuple[str, ...]
    sections: tuple[SectionSpec, ...]
    tables: tuple[TableSpec, ...]

    def section(self, key: str) -> SectionSpec:
        return next(s for s in self.sections if s.key == key)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(s.key for s in self.sections if s.key)

    def to_json(self) -> dict[str, Any]:
        """The template as it was read, to keep with a report so that a later template change leaves it be."""
        return {
            "kind": self.kind, "subject": self.subject, "addressee": self.addressee,
            "signing_authority": self.signing_authority, "recipients": list(self.recipients),
            "sections": [{k: v for k, v in (("key", s.key), ("heading", s.heading), ("level", s.level),
                                             ("fill", list(s.fill)), ("match", list(s.match)), ("text", s.text))
                          if v not in (None, [], "")} for s in self.sections],
            "tables": [{"table": t.table, "title": t.title} for t in self.tables],
        }


def template_file(kind: str) -> str:
    return f"{kind}.json"


def load_template(kind: str, folder: Path | None = None) -> ReportTemplate:
    """The template for a period kind: the user's copy in `folder` if there is one, else the app's own."""
    if kind not in KINDS:
        raise TemplateError(_("There is no report template for the period kind “{kind}”.").format(kind=kind))
    name = template_file(kind)
    override = Path(folder) / name if folder is not None else None
    if override is not None and override.is_file():
        return read_template(override)
    text = resources.files("tthc_desktop.reports").joinpath("templates", name).read_text(encoding="utf-8")
    return parse_template(_json(text, name), name)


def read_template(path: Path) -> ReportTemplate:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise TemplateError(_("The report template {name} cannot be read ({reason}).").format(
            name=Path(path).name, reason=error)) from error
    return parse_template(_json(text, Path(path).name), Path(path).name)


def _json(text: str, name: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise TemplateError(_("The report template {name} is not valid JSON: line {line}, column {column}: "
                              "{reason}.").format(name=name, line=error.lineno, column=error.colno,
                                                  reason=error.msg)) from error


class _Checker:
    def __init__(self, name: str) -> None:
        self.name = name

    def fail(self, field: str, problem: str) -> TemplateError:
        return TemplateError(_("The report template {name} is not valid: {field}: {problem}").format(
            name=self.name, field=field, problem=problem))

    def mapping(self, value: Any, field: str, allowed: set[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(field, _("write an object in braces {…}."))
        unknown = sorted(set(value) - allowed)
        if unknown:
            raise self.fail(f"{field}.{unknown[0]}" if field != "(top)" else unknown[0],
                            _("unknown field; the fields are {fields}.").format(fields=", ".join(sorted(allowed))))
        return value

    def text(self, value: Any, field: str, *, required: bool = True, empty: bool = False) -> str:
        if value is None and not required:
            return ""
        if not isinstance(value, str) or (not empty and not value.strip()):
            raise self.fail(field, _("write a text in quotes."))
        self.placeholders(value, field)
        return value

    def placeholders(self, value: str, field: str) -> None:
        try:
            names = [name for _literal, name, _spec, _conv in string.Formatter().parse(value) if name is not None]
        except ValueError:
            raise self.fail(field, _("a brace is not closed.")) from None
        for name in names:
            if name not in PLACEHOLDERS:
                raise self.fail(field, _("unknown placeholder {{{placeholder}}}; use {choices}.").format(
                    placeholder=name, choices=", ".join("{" + p + "}" for p in PLACEHOLDERS)))

    def texts(self, value: Any, field: str) -> tuple[str, ...]:
        if not isinstance(value, list):
            raise self.fail(field, _("write a list in brackets […]."))
        return tuple(self.text(item, f"{field}[{i}]") for i, item in enumerate(value))

    def choice(self, value: Any, field: str, choices: tuple[str, ...]) -> str:
        if value not in choices:
            raise self.fail(field, _("“{value}” is not one of {choices}.").format(
                value=value, choices=", ".join(c or '""' for c in choices)))
        return str(value)


def parse_template(data: Any, name: str) -> ReportTemplate:
    """A template from its JSON, checked field by field; TemplateError names the first bad field."""
    check = _Checker(name)
    top = check.mapping(data, "(top)", _TOP_FIELDS)
    for required in ("kind", "subject", "sections"):
        if required not in top:
            raise check.fail(required, _("this field is required."))
    kind = check.choice(top["kind"], "kind", KINDS)
    if not isinstance(top["sections"], list) or not top["sections"]:
        raise check.fail("sections", _("write a list with at least one section."))
    sections = tuple(_section(check, item, f"sections[{i}]") for i, item in enumerate(top["sections"]))
    seen: set[str] = set()
    for i, section in enumerate(sections):
        if section.key is not None:
            if section.key in seen:
                raise check.fail(f"sections[{i}].key", _("“{key}” is used twice.").format(key=section.key))
            seen.add(section.key)
    tables_data = top.get("tables", [])
    if not isinstance(tables_data, list):
        raise check.fail("tables", _("write a list in brackets […]."))
    tables = []
    for i, item in enumerate(tables_data):
        field = f"tables[{i}]"
        entry = check.mapping(item, field, _TABLE_FIELDS)
        tables.append(TableSpec(check.choice(entry.get("table"), f"{field}.table", TABLES),
                                check.text(entry.get("title"), f"{field}.title")))
    return ReportTemplate(
        name=name, kind=kind, subject=check.text(top["subject"], "subject"),
        addressee=check.text(top.get("addressee"), "addressee", required=False, empty=True),
        signing_authority=check.choice(top.get("signing_authority", "TM."), "signing_authority", _AUTHORITIES),
        recipients=check.texts(top.get("recipients", []), "recipients"),
        sections=sections, tables=tuple(tables),
    )


def _section(check: _Checker, item: Any, field: str) -> SectionSpec:
    entry = check.mapping(item, field, _SECTION_FIELDS)
    key = entry.get("key")
    if key is not None and (not isinstance(key, str) or not _KEY.fullmatch(key)):
        raise check.fail(f"{field}.key", _("write a short name of lower-case letters, digits and _."))
    heading = check.text(entry.get("heading"), f"{field}.heading", required=False) or None
    level = entry.get("level", 0 if heading is None else 1)
    if level not in (0, 1, 2) or isinstance(level, bool):
        raise check.fail(f"{field}.level", _("write 1 (a heading I., II.), 2 (a heading 1., 2.) or 0 (no heading)."))
    if (heading is None) != (level == 0):
        raise check.fail(f"{field}.level", _("a heading needs level 1 or 2, and level 0 takes no heading."))
    if key is None and heading is None:
        raise check.fail(field, _("a section needs a key (its text) or a heading, or both."))
    fill_value = entry.get("fill", [])
    fill_list = [fill_value] if isinstance(fill_value, str) else fill_value
    if not isinstance(fill_list, list):
        raise check.fail(f"{field}.fill", _("write a generator name or a list of them."))
    fill = tuple(check.choice(g, f"{field}.fill", GENERATORS) for g in fill_list)
    if (fill or "text" in entry) and key is None:
        raise check.fail(f"{field}.key", _("a section with a text or a generator needs a key."))
    match = check.texts(entry.get("match", []), f"{field}.match")
    if match and "tasks" not in fill:
        raise check.fail(f"{field}.match", _("only the generator “tasks” uses words to match."))
    if "tasks" in fill and not match:
        raise check.fail(f"{field}.match", _("the generator “tasks” needs the words that pick its tasks."))
    text = check.text(entry.get("text"), f"{field}.text", required=False, empty=True)
    return SectionSpec(key, heading, level, fill, match, text)


def labelled(template: ReportTemplate) -> list[tuple[SectionSpec, str | None]]:
    """Every section with its printed label: "I", "II" for level 1, "1", "2" within them for level 2."""
    result: list[tuple[SectionSpec, str | None]] = []
    first = second = 0
    for spec in template.sections:
        if spec.level == 1:
            first, second = first + 1, 0
            result.append((spec, roman(first)))
        elif spec.level == 2:
            second += 1
            result.append((spec, str(second)))
        else:
            result.append((spec, None))
    return result


def appendix_labels(template: ReportTemplate) -> dict[str, str]:
    """ "Phụ lục I", "Phụ lục II" ... by table, or "Phụ lục" alone when there is one (document-format.md)."""
    if len(template.tables) == 1:
        return {template.tables[0].table: "Phụ lục"}
    return {t.table: f"Phụ lục {roman(n)}" for n, t in enumerate(template.tables, start=1)}


def fill_words(text: str, words: dict[str, str]) -> str:
    """A template text with its placeholders filled: "... {period}" -> "... quý I năm 2026"."""
    return text.format(**{name: words.get(name, "") for name in PLACEHOLDERS})
