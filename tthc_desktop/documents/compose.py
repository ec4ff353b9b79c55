"""Plan JSON -> print job: the decision, the plan it issues, and the plan's appendices, in final wording.

Pure: data in, description out. The legal wording added here ("QUYẾT ĐỊNH:", "Điều 1.", "Nơi nhận:",
"(Ban hành kèm theo ...)") is document template text, not UI text.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from tthc_desktop.documents import numbers
from tthc_desktop.documents.model import (
    AppendixTitle,
    Block,
    Column,
    Header,
    Issuer,
    Orientation,
    Paragraph,
    ParagraphKind,
    Part,
    PrintJob,
    Row,
    Signature,
    Table,
    TitleBlock,
)
from tthc_desktop.documents.rules import CENTRED_COLUMNS, COLUMN_WEIGHTS, DEFAULT_RULES, FormatRules
from tthc_desktop.domain import vnformat
from tthc_desktop.domain.enums import DocumentType
from tthc_desktop.domain.numbering import parse_number, symbol_for
from tthc_desktop.domain.plan_schema import (
    ColumnJson,
    DateJson,
    DocumentJson,
    IndicatorJson,
    OutlineNode,
    PlanJson,
    SectionNode,
)
from tthc_desktop.domain.signature import issuer_words

What = Literal["decision", "plan", "both"]

TYPE_NAMES = {DocumentType.DECISION.value: "QUYẾT ĐỊNH", DocumentType.PLAN.value: "KẾ HOẠCH",
              DocumentType.REPORT.value: "BÁO CÁO"}
BLANK = "      "  # room for a number or a day written in by hand on a draft
NO_DATE: DateJson = {"year": None, "month": None, "day": None}


def close_text(text: str) -> str:
    """The end mark of a document's content: "./." after the last sentence."""
    text = text.rstrip()
    if text.endswith("./."):
        return text
    return text + ("/." if text.endswith(".") else "./.")


def unit_cell(lead: list[str], cooperating: list[str]) -> str:
    """Lead and cooperating units in one cell, as plans write them when they have a single units column."""
    def sentence(text: str) -> str:
        return text if text.endswith((".", ";", ":", "!", "?")) else text + "."

    if cooperating:
        return "\n".join([f"- {sentence(u + ' chủ trì')}" for u in lead] +
                         [f"- {sentence(u + ' phối hợp')}" for u in cooperating])
    if len(lead) == 1:
        return sentence(lead[0])
    return "\n".join(f"- {sentence(u)}" for u in lead)


def unit_list(units: list[str]) -> str:
    if len(units) == 1:
        return units[0]
    return "\n".join(f"- {u}" for u in units)


def target_text(comparator: str, value: float | None) -> str:
    """ "Tối thiểu 60": the plan's table has a unit column of its own."""
    return numbers.target_words(comparator, value)


def reference_date(year: int, month: int | None, day: int | None) -> str:
    """How a note cites a document's date: "ngày 03/3/2025"; a draft leaves blanks to fill in by hand:
    "ngày      tháng 3 năm 2026", "ngày      tháng      năm 2026"."""
    if month and day:
        return "ngày " + vnformat.short_date(date(year, month, day))
    month_text = f" {month:02d} " if month and month <= 2 else f" {month} " if month else BLANK
    return f"ngày{BLANK}tháng{month_text}năm {year}"


class _Composer:
    def __init__(self, plan: PlanJson, issuer: Issuer, rules: FormatRules) -> None:
        self.plan = plan
        self.issuer = issuer
        self.rules = rules
        documents = plan["documents"]
        self.decision = next((d for d in documents if d["type"] == DocumentType.DECISION.value), None)
        self.plan_doc = next((d for d in documents if d["type"] == DocumentType.PLAN.value), None)

    # ---------------------------------------------------------------- shared pieces

    def header(self, doc: DocumentJson) -> Header:
        number, symbol = None, symbol_for(DocumentType(doc["type"]), self.issuer.abbreviation)
        if written := doc.get("number"):
            number, symbol = parse_number(written)
        date_parts = doc.get("date") or NO_DATE
        return Header(
            parent_line=self.issuer.parent_line,
            issuer_lines=self.issuer.body_lines,
            number_line=vnformat.number_line(number, symbol),
            date_line=vnformat.date_line(doc.get("place") or "", date_parts.get("year") or self.plan["year"],
                                         date_parts.get("month"), date_parts.get("day")),
        )

    def signature(self, doc: DocumentJson) -> Signature | None:
        signer = doc.get("signer")
        recipients = tuple(f"- {r}" for r in doc.get("recipients") or [])
        if not signer and not recipients:
            return None
        signer = signer or {}
        lines = tuple(line.upper() for line in (signer.get("authority"), signer.get("position")) if line)
        return Signature(recipients_title="Nơi nhận:" if recipients else None, recipients=recipients,
                         lines=lines, name=signer.get("name"))

    def issued_by(self, doc: DocumentJson) -> str:
        """ "Quyết định số 48/QĐ-UBND ngày 03/3/2025 của Chủ tịch UBND xã"."""
        kind = "Quyết định" if doc["type"] == DocumentType.DECISION.value else "Kế hoạch"
        written = doc.get("number")
        number = " " + written if written else \
            BLANK + "/" + symbol_for(DocumentType(doc["type"]), self.issuer.abbreviation)
        parts = doc.get("date") or NO_DATE
        when = reference_date(parts.get("year") or self.plan["year"], parts.get("month"), parts.get("day"))
        by = issuer_words(doc.get("authority_line"), self.issuer.abbreviation, self.issuer.level_word)
        return f"{kind} số{number} {when} của {by}"

    def sections(self, nodes: list[SectionNode]) -> list[Paragraph]:
        paragraphs = []
        for node in nodes:
            text = node["text"]
            label = node.get("label")
            if node["kind"] == "heading":
                lead = f"{label}." if label and not label.endswith((".", ")")) else label
                paragraphs.append(Paragraph(ParagraphKind.HEADING, text, lead=lead))
            elif node["kind"] == "bullet":
                paragraphs.append(Paragraph(ParagraphKind.BULLET, text if text.startswith("- ") else f"- {text}"))
            else:
                paragraphs.append(Paragraph(ParagraphKind.BODY, text, lead=f"{label})" if label else None))
            paragraphs.extend(self.sections(node.get("children") or []))
        return paragraphs

    # ---------------------------------------------------------------- tables

    def task_table(self) -> Table:
        columns = tuple(self.column(c) for c in self.plan["task_columns"])
        rows: list[Row] = []

        def walk(nodes: list[OutlineNode]) -> None:
            for node in nodes:
                if node["kind"] == "group":
                    rows.append(Row((node.get("label") or "", node["text"]) + ("",) * (len(columns) - 2),
                                    group=True))
                else:
                    values = self.task_values(node)
                    rows.append(Row(tuple(values[c.key] for c in columns)))
                walk(node.get("children") or [])

        walk(self.plan["outline"])
        return Table(columns, tuple(rows))

    def indicator_table(self) -> Table:
        columns = tuple(self.column(c) for c in self.plan["indicator_columns"])
        rows: list[Row] = []
        group = None
        for indicator in self.plan["indicators"]:
            if (label := indicator.get("group")) and label != group:
                group = label
                rows.append(Row((label, indicator.get("group_title") or "") + ("",) * (len(columns) - 2), group=True))
            values = self.indicator_values(indicator)
            rows.append(Row(tuple(values[c.key] for c in columns)))
        return Table(columns, tuple(rows))

    @staticmethod
    def column(spec: ColumnJson) -> Column:
        key = spec["key"]
        return Column(key=key, title=spec["title"], group=spec.get("group"), weight=COLUMN_WEIGHTS.get(key, 2.0),
                      centred=key in CENTRED_COLUMNS)

    @staticmethod
    def task_values(task: OutlineNode) -> dict[str, str]:
        """Every cell a task can print, by column key, worked out once for its row."""
        lead, cooperating = task.get("lead_units") or [], task.get("cooperating_units") or []
        values = {
            "stt": task.get("label") or "",
            "content": task["text"],
            "objective": task.get("objective") or "",
            "expected_result": task.get("expected_result") or "",
            "units": unit_cell(lead, cooperating),
            "lead_units": unit_list(lead),
            "cooperating_units": unit_list(cooperating),
            "schedule": task.get("schedule_text") or "",
        }
        return values

    @staticmethod
    def indicator_values(indicator: IndicatorJson) -> dict[str, str]:
        """Every cell an indicator can print, by column key, worked out once for its row."""
        lead, cooperating = indicator.get("lead_units") or [], indicator.get("cooperating_units") or []
        def figure(key: Literal["upstream_target", "last_year"]) -> str:
            value = indicator.get(key)
            return "" if value is None else numbers.number(value)

        values = {
            "stt": indicator.get("label") or "",
            "name": indicator["name"],
            "unit": indicator.get("unit") or "",
            "target": target_text(indicator.get("comparator") or ">=", indicator.get("target")),
            "upstream_target": figure("upstream_target"),
            "last_year": figure("last_year"),
            "units": unit_cell(lead, cooperating),
            "lead_units": unit_list(lead),
            "cooperating_units": unit_list(cooperating),
            "basis": indicator.get("basis") or "",
            "formula": indicator.get("formula") or "",
        }
        return values

    def orientation(self, table: Table) -> Orientation:
        wide = len(table.columns) >= self.rules.landscape_columns
        return Orientation.LANDSCAPE if wide else Orientation.PORTRAIT

    # ---------------------------------------------------------------- documents

    def decision_part(self) -> Part:
        doc = self.decision
        assert doc is not None
        blocks: list[Block] = [
            self.header(doc),
            TitleBlock(TYPE_NAMES[doc["type"]], doc.get("subject") or "", authority_line=doc.get("authority_line")),
        ]
        blocks += [Paragraph(ParagraphKind.LEGAL_BASIS, text) for text in doc.get("legal_bases") or []]
        if doc.get("proposed_by"):
            blocks.append(Paragraph(ParagraphKind.PROPOSAL, f"Theo đề nghị của {doc['proposed_by']};"))
        blocks.append(Paragraph(ParagraphKind.DECIDES, "QUYẾT ĐỊNH:"))
        articles = doc.get("articles") or []
        for number, text in enumerate(articles, start=1):
            final = close_text(text) if number == len(articles) else text
            blocks.append(Paragraph(ParagraphKind.ARTICLE, final, lead=f"Điều {number}."))
        signature = self.signature(doc)
        if signature:
            blocks.append(signature)
        return Part("decision", Orientation.PORTRAIT, tuple(blocks))

    def plan_parts(self, attached: bool) -> list[Part]:
        doc = self.plan_doc
        assert doc is not None
        blocks: list[Block] = [] if attached else [self.header(doc)]
        note = f"(Ban hành kèm theo {self.issued_by(self.decision)})" if attached and self.decision else None
        blocks.append(TitleBlock(TYPE_NAMES[doc["type"]], doc.get("subject") or "", attached_note=note))
        blocks += [Paragraph(ParagraphKind.LEGAL_BASIS, text) for text in doc.get("legal_bases") or []]
        body = self.sections(doc.get("sections") or [])
        if body:
            last = body[-1]
            body[-1] = Paragraph(last.kind, close_text(last.text), last.lead)
        blocks += body
        parts: list[Part] = []
        appendices: list[tuple[str, Table]] = []
        tasks = self.task_table()
        orientation = Orientation.PORTRAIT
        if tasks.rows:
            if self.plan.get("task_appendix_title") or body:
                appendices.append((self.plan.get("task_appendix_title") or "", tasks))
            else:
                # A plan that is only its table prints the table under its title, on the table's pages.
                blocks.append(tasks)
                orientation = self.orientation(tasks)
        signature = self.signature(doc)
        if signature:
            blocks.append(signature)
        parts.append(Part("plan", orientation, tuple(blocks)))
        indicators = self.indicator_table()
        if indicators.rows:
            appendices.append((self.plan.get("indicator_appendix_title") or "", indicators))
        referent = f"(Kèm theo {self.issued_by(self.decision if attached and self.decision else doc)})"
        for number, (title, table) in enumerate(appendices, start=1):
            label = "Phụ lục" if len(appendices) == 1 else f"Phụ lục {vnformat.roman(number)}"
            heading = AppendixTitle(label, title.upper(), referent)
            parts.append(Part(f"appendix-{number}", self.orientation(table), (heading, table)))
        return parts


def compose_plan(plan: PlanJson, issuer: Issuer, what: What = "both",
                 rules: FormatRules = DEFAULT_RULES) -> PrintJob:
    """The print job of a plan: its decision, the plan, or both (the decision first)."""
    composer = _Composer(plan, issuer, rules)
    parts: list[Part] = []
    if what in ("decision", "both") and composer.decision is not None:
        parts.append(composer.decision_part())
    if what in ("plan", "both") and composer.plan_doc is not None:
        parts += composer.plan_parts(attached=composer.decision is not None)
    if not parts:
        raise ValueError(what)
    title_doc = composer.decision if what != "plan" and composer.decision else composer.plan_doc
    assert title_doc is not None  # a part was composed from it
    type_name, subject = TYPE_NAMES[title_doc["type"]], title_doc.get("subject") or ""
    return PrintJob(title=f"{type_name} {subject}", parts=tuple(parts), author=issuer.short_name,
                    subject=subject, category=type_name.capitalize())
