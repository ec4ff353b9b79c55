"""The documents around the tables: a decision and the plan it issues (number, date, subject, legal bases,
articles, sections, signer, recipients), read line by line in document order.

A line is recognised by its words, as a clerk reads the page: "Số: 48/QĐ-UBND", "Hành Dũng, ngày 03 tháng 3
năm 2025", the type in capitals ("QUYẾT ĐỊNH", "KẾ HOẠCH"), "Căn cứ ...", "Theo đề nghị của ...", "QUYẾT ĐỊNH:",
"Điều 1. ...", "Nơi nhận:", the signing lines in capitals and the name under them, "Phụ lục" and its title.
Paragraphs a page break cut in two (text copied out of a PDF) are joined again.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from tthc_desktop.domain.plan_schema import DateJson, DocumentJson, SectionNode, SignerJson
from tthc_desktop.importers.cells import clean_cell, ends_sentence
from tthc_desktop.importers.headers import INDICATORS, TASKS, words
from tthc_desktop.importers.result import Notices, Ref
from tthc_desktop.importers.signature import authority_line, columns

_NUMBER = re.compile(r"^s[ốo]\s*[:.]?\s*(\d{0,6})\s*/\s*([^\s,;]+)[,;]?\s*(.*)$", re.I)
_DATE = re.compile(r"^(?P<place>[^\d,;:]{2,60}),\s*ngày\b(?P<rest>.*)$", re.I)
_WORDED = re.compile(r"^\s*(\d{1,2})?\s*thang\s*(\d{1,2})?\s*nam\s*(\d{4})?\s*$")
_NUMERIC = re.compile(r"^\s*(\d{1,2})?\s*/\s*(\d{1,2})?\s*/\s*(\d{4})\s*$")
_ARTICLE = re.compile(r"^Điều\s+(\d+)\s*[.:]\s*(.*)$", re.I)
_AUTHORITY = re.compile(r"^(TM|KT|Q|TL|TUQ)\.\s*\S")
_ROMAN_HEAD = re.compile(r"^([IVXLC]+)\s*[.)/:-]\s*(\S.*)$")
_ARABIC_HEAD = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\s*[.)]\s*(\S.*)$")
_LETTER_HEAD = re.compile(r"^([a-zđ])\s*[.),]\s+(\S.*)$")
_BULLET = re.compile(r"^[-–•*]\s+(\S.*)$")
_POSITIONS = ("chu tich", "pho chu tich", "truong", "giam doc", "bi thu", "uy ban", "ubnd", "chanh van phong",
              "thu truong", "q chu tich")
_SIGNED = re.compile(r"^[(\[]?\s*(đã\s*ký|da\s*ky|ký|ký\s*tên|đóng\s*dấu)[^)\]]*[)\]]?$", re.I)


@lru_cache(maxsize=256)  # the same line is asked about by several recognisers in a row
def _fold(text: str) -> str:
    """The line's first words without diacritics: every recogniser looks at a line's start or a short line."""
    return words(text[:160])


def _caps(text: str) -> bool:
    """Upper case throughout (titles, signing lines), with at least two letters."""
    return len(text) < 400 and text == text.upper() and sum(ch.isalpha() for ch in text) >= 2


def _type_title(text: str) -> str | None:
    if not _caps(text):
        return None
    return {"quyet dinh": "QĐ", "ke hoach": "KH"}.get(_fold(text)) if not text.rstrip().endswith(":") else None


def _is_issuer(text: str) -> bool:
    f = _fold(text)
    if re.fullmatch(r"[_\-–—=.*\s]{3,}", text):
        return True
    if f in ("cong hoa xa hoi chu nghia viet nam", "doc lap tu do hanh phuc"):
        return True
    return _caps(text) and (f in ("uy ban nhan dan", "ubnd", "van phong") or re.match(
        r"^(xa|phuong|thi tran|huyen|tinh|thanh pho|uy ban nhan dan|ubnd|van phong|so|phong|ban) ", f) is not None)


def _is_signer_line(text: str) -> bool:
    if _AUTHORITY.match(text) or authority_line(text):
        return True
    f = _fold(text)
    return _caps(text) and len(f.split()) <= 5 and any(f == p or f.startswith(p + " ") or f.endswith(" " + p)
                                                        for p in _POSITIONS)


def _appendix_label(text: str) -> tuple[bool, str]:
    match = re.match(r"^ph[ụu]\s*l[ụu]c(?:\s+(?:[IVXLC]+|\d+))?\s*[:.\-–]?\s*(.*)$", text, re.I)
    if match and len(text) < 400:
        return True, match.group(1).strip()
    return False, ""


def _structural(text: str) -> bool:
    return bool(_ROMAN_HEAD.match(text) or _ARABIC_HEAD.match(text) or _LETTER_HEAD.match(text)
                or _BULLET.match(text) or text.startswith("+") or _ARTICLE.match(text) or _caps(text)
                or _fold(text).startswith(("can cu", "noi nhan", "theo de nghi")))


@dataclass
class _Doc:
    type: str
    ref: Ref
    number: str | None = None
    numbered: bool = False
    place: str | None = None
    date: DateJson | None = None
    subject: list[str] = field(default_factory=list)
    attached: bool = False
    authority_line: str | None = None
    legal_bases: list[str] = field(default_factory=list)
    proposed_by: str | None = None
    articles: list[str] = field(default_factory=list)
    signer_lines: list[str] = field(default_factory=list)
    name: str | None = None
    recipients: list[str] = field(default_factory=list)
    sections: list[SectionNode] = field(default_factory=list)
    stack: list[tuple[int, SectionNode]] = field(default_factory=list)
    last: tuple[str, Any] | None = None  # what a broken paragraph continues: ("basis"|"article"|"section", …)


class FrontMatter:
    """Feed lines and table slots in document order; `documents()` gives the plan JSON's documents."""

    def __init__(self, notices: Notices, *, join_broken: bool) -> None:
        self.notices = notices
        self.join_broken = join_broken
        self.docs: list[_Doc] = []
        self.state = "outside"
        self.pending: dict[str, Any] = {}
        self.blank = True
        self.recipients_mode = False
        self.side_by_side = False  # reading the columns of one line of a two-column signature
        self.appendix_title: list[str] | None = None
        self.appendix_open = False  # still reading the appendix title
        self.titles: dict[str, str | None] = {TASKS: None, INDICATORS: None}
        self.skipped_ref: Ref | None = None
        self.refs: dict[int, list[str]] = {}  # id(section node) -> where its lines came from

    @property
    def doc(self) -> _Doc | None:
        return self.docs[-1] if self.docs else None

    # ---------------------------------------------------------------- input

    def pending_appendix_title(self) -> str | None:
        """The title of the appendix whose table is about to start, as printed (in capitals)."""
        if self.state == "appendix" and self.appendix_title:
            return " ".join(self.appendix_title).upper()
        return None

    def anchor(self) -> SectionNode | None:
        """Where a table starting now sits in the plan's text: the innermost open section, for prose plans."""
        doc = self.doc
        if doc is None or doc.type != "KH" or self.state not in ("body", "preamble"):
            return None
        return doc.stack[-1][1] if doc.stack else None

    def section_title(self) -> str | None:
        """The heading of the plan's section being read (the outermost open one), if any."""
        doc = self.doc
        if doc is None or self.state not in ("body", "preamble") or not doc.stack:
            return None
        return doc.stack[0][1]["text"]

    def table(self, kind: str) -> None:
        if self.appendix_title is not None and self.titles.get(kind) is None:
            # Stored as printed: the legal format puts appendix titles in capitals, so text and Word agree.
            self.titles[kind] = " ".join(self.appendix_title).upper() or None
        self.appendix_open = False
        if self.state == "subject":
            self.state = "preamble"  # a table ends the subject lines
        if self.doc is not None and self.doc.last:
            self.doc.last = None
        self.blank = True

    def line(self, raw: str, ref: Ref) -> None:
        parts = columns(raw) if ("\t" in raw or "   " in raw) and self.doc is not None else []
        if len(parts) >= 2 and (self.state == "tail" or any(
                _fold(p).startswith("noi nhan") or _is_signer_line(p) or _SIGNED.match(p) for p in parts)):
            # A signature set out in two columns, copied side by side: each column's line in turn.
            self.side_by_side = True
            for part in parts:
                self.handle(clean_cell(part), ref)
            self.side_by_side, self.blank = False, False
            return
        text = clean_cell(raw).replace("\n", " ")
        if not text:
            self.blank = True
            if self.state == "subject" and self.doc and self.doc.subject:
                self.state = "preamble"
            self.appendix_open = self.appendix_open and not self.appendix_title
            return
        self.handle(text, ref)
        self.blank = False

    def handle(self, text: str, ref: Ref) -> None:
        doc_type = _type_title(text)
        if doc_type:
            self.start(doc_type, ref)
            return
        number = _NUMBER.match(text)
        if number and self.state in ("outside", "tail", "subject"):
            self.pending["number"] = (number.group(1), number.group(2).strip())
            dated = _DATE.match(number.group(3))  # a header row flattened onto one line: "Số: … Hành Dũng, ngày …"
            if dated:
                self._date(dated)
            return
        date = _DATE.match(text)
        if date and self.state in ("outside", "tail", "subject") and self._date(date):
            return
        if _is_issuer(text) and self.state in ("outside", "tail", "appendix", "subject"):
            if self.state == "tail":
                self.state = "outside"
            return
        is_appendix, rest = _appendix_label(text)
        if is_appendix and self.state != "subject":
            self.state, self.appendix_title, self.appendix_open = "appendix", [rest] if rest else [], True
            return
        getattr(self, "on_" + self.state)(text, ref)

    def start(self, doc_type: str, ref: Ref) -> None:
        doc = _Doc(doc_type, ref)
        number = self.pending.pop("number", None)
        if number is not None:
            doc.numbered = True
            digits, symbol = number
            doc.number = f"{int(digits):02d}/{symbol}" if digits else None
        place_date = self.pending.pop("date", None)
        if place_date is not None:
            doc.place, doc.date = place_date
        self.docs.append(doc)
        self.state, self.recipients_mode, self.appendix_title = "subject", False, None

    def _date(self, match: re.Match[str]) -> bool:
        rest = _fold(match.group("rest"))
        rest_raw = match.group("rest")
        found = _WORDED.match(rest) or _NUMERIC.match(rest_raw)
        if not found:
            return False
        day, month, year = (int(g) if g else None for g in found.groups())
        if month is not None and not 1 <= month <= 12:
            month = None
        if day is not None and not 1 <= day <= calendar.monthrange(year or 2000, month or 1)[1]:
            day = None
        if year is not None and not 1900 <= year <= 2200:
            year = None
        self.pending["date"] = (match.group("place").strip(), {"year": year, "month": month, "day": day})
        return True

    # ---------------------------------------------------------------- states

    def on_outside(self, text: str, ref: Ref) -> None:
        if self.doc is not None and (text.startswith("(") and "kèm theo" in text.lower()):
            return
        self.skip(ref)

    def on_subject(self, text: str, ref: Ref) -> None:
        doc = self.doc
        assert doc is not None
        lowered = text.lower()
        if text.startswith("(") and "kèm theo" in lowered:
            doc.attached = True
            self.state = "preamble"
            return
        if doc.subject and (_caps(text) or _fold(text).startswith(("can cu", "thuc hien"))) or (
            not doc.subject and _fold(text).startswith("can cu")
        ):
            self.state = "preamble"
            self.on_preamble(text, ref)
            return
        doc.subject.append(text)
        if not self.join_broken:
            self.state = "preamble"  # a Word paragraph is the whole subject

    def on_preamble(self, text: str, ref: Ref) -> None:
        doc = self.doc
        assert doc is not None
        f = _fold(text)
        if text.startswith("(") and "kèm theo" in text.lower():
            doc.attached = True
            return
        if text.rstrip().endswith(":") and _caps(text) and f == "quyet dinh":
            self.state = "articles"
            return
        if _ARTICLE.match(text) and doc.type == "QĐ":
            self.state = "articles"
            self.on_articles(text, ref)
            return
        if doc.type == "QĐ" and _caps(text) and not doc.legal_bases and doc.authority_line is None:
            doc.authority_line = text
            return
        if f.startswith("noi nhan") or _is_signer_line(text):
            self.state = "tail"
            self.on_tail(text, ref)
            return
        if f.startswith("theo de nghi") and doc.type == "QĐ":
            doc.proposed_by = re.sub(r"^theo\s+đề\s+nghị\s+(của\s+)?", "", text, flags=re.I).rstrip(" ,;.")
            doc.last = None
            return
        if f.startswith("can cu") or (doc.type == "KH" and f.startswith(("thuc hien", "trien khai"))):
            doc.legal_bases.append(text)
            doc.last = ("basis", len(doc.legal_bases) - 1)
            return
        if doc.last and doc.last[0] == "basis" and self.continues(doc.legal_bases[-1], text):
            doc.legal_bases[-1] += " " + text
            return
        if doc.type == "QĐ":
            doc.legal_bases.append(text)
            doc.last = ("basis", len(doc.legal_bases) - 1)
            return
        self.state = "body"
        self.on_body(text, ref)

    def on_articles(self, text: str, ref: Ref) -> None:
        doc = self.doc
        assert doc is not None
        article = _ARTICLE.match(text)
        if article:
            doc.articles.append(article.group(2))
            return
        if _fold(text).startswith("noi nhan") or _is_signer_line(text):
            self.state = "tail"
            self.on_tail(text, ref)
            return
        if not doc.articles:
            self.skip(ref)
            return
        glue = " " if self.continues(doc.articles[-1], text) else "\n"
        doc.articles[-1] = (doc.articles[-1] + glue + text).strip()

    def on_body(self, text: str, ref: Ref) -> None:
        doc = self.doc
        assert doc is not None
        if _fold(text).startswith("noi nhan") or _is_signer_line(text):
            self.state = "tail"
            self.on_tail(text, ref)
            return
        last = doc.last[1] if doc.last and doc.last[0] == "section" else None
        if last is not None and self.continues(last["text"], text, heading=last["kind"] == "heading"):
            last["text"] += " " + text
            self.refs.setdefault(id(last), []).append(ref.where)
            return
        self.section(doc, text)
        if doc.last is not None:
            self.refs[id(doc.last[1])] = [ref.where]

    def on_tail(self, text: str, ref: Ref) -> None:
        doc = self.doc
        assert doc is not None
        f = _fold(text)
        if f.startswith("noi nhan"):
            self.recipients_mode = True
            rest = re.sub(r"^n[ơo]i\s*nh[ậa]n\s*:?\s*", "", text, flags=re.I)
            if rest:
                self.on_tail(rest, ref)
            return
        if _SIGNED.match(text):
            return
        bullet = _BULLET.match(text) or (text.startswith("+") and re.match(r"^\+\s*(\S.*)$", text))
        if bullet:
            doc.recipients.append(bullet.group(1))
            return
        if _is_signer_line(text) or (_caps(text) and doc.signer_lines and doc.name is None
                                     and not self._name_like(text)):
            doc.signer_lines.append(authority_line(text) or text)
            self.recipients_mode = self.recipients_mode and self.side_by_side
            return
        if doc.signer_lines and doc.name is None and self._name_like(text):
            doc.name = text
            return
        if self.recipients_mode and len(text) < 150:
            doc.recipients.append(text)
            return
        self.skip(ref)

    @staticmethod
    def _name_like(text: str) -> bool:
        parts = text.split()
        return 2 <= len(parts) <= 6 and all(p[:1].isupper() for p in parts) and not re.search(r"[\d:;,/]", text)

    def on_appendix(self, text: str, ref: Ref) -> None:
        if text.startswith("(") and "kèm theo" in text.lower():
            self.appendix_open = False
            return
        if self.appendix_open and self.appendix_title is not None and (not self.appendix_title or not self.blank):
            self.appendix_title.append(text)
            return
        self.appendix_open = False
        self.notices.add("appendix_text_skipped", ref, "Text of an appendix outside its table has no place in the "
                         "plan and was left out.")

    def skip(self, ref: Ref) -> None:
        if self.blank or self.skipped_ref is None:
            self.notices.add("text_skipped", ref, "A line that is not part of a decision or plan was left out.")
            self.skipped_ref = ref

    # ---------------------------------------------------------------- paragraphs and sections

    def continues(self, before: str, text: str, *, heading: bool = False) -> bool:
        """Is `text` the rest of the paragraph `before`, cut by a page break?"""
        if not self.join_broken or ends_sentence(before) or _structural(text):
            return False
        if text[:1].islower():
            return True
        return not heading and (before.rstrip().endswith(",") or before.rstrip()[-1:].islower())

    def section(self, doc: _Doc, text: str) -> None:
        node: SectionNode
        level: int | None = None
        if m := _ROMAN_HEAD.match(text):
            node, level = self._node("heading", m.group(1), m.group(2)), 0
        elif m := _ARABIC_HEAD.match(text):
            level = m.group(1).count(".") + 1
            body = m.group(2)
            short = len(body.split()) <= 15 or (body.endswith(":") and len(body.split()) <= 25)
            # A long numbered paragraph keeps its number in its text, but nests what follows it like a heading.
            node = self._node("heading", m.group(1), body) if short else self._node("paragraph", None, text)
        elif m := _LETTER_HEAD.match(text):
            node, level = self._node("paragraph", m.group(1), m.group(2)), 10
        elif m := _BULLET.match(text):
            node = self._node("bullet", None, m.group(1))
        else:
            node = self._node("paragraph", None, text)
        if level is not None:
            while doc.stack and doc.stack[-1][0] >= level:
                doc.stack.pop()
        elif _fold(text).startswith("tren day la"):
            doc.stack.clear()  # the closing sentence belongs to the whole plan
        parent = doc.stack[-1][1] if doc.stack else None
        (parent["children"] if parent else doc.sections).append(node)
        if level is not None:
            doc.stack.append((level, node))
        doc.last = ("section", node)

    @staticmethod
    def _node(kind: str, label: str | None, text: str) -> SectionNode:
        return {"kind": kind, "label": label, "text": text, "children": []}

    # ---------------------------------------------------------------- output

    def documents(self) -> list[DocumentJson]:
        """The decision (if any) and the plan: the first document of each type; a later one gets a notice."""
        decision = next((d for d in self.docs if d.type == "QĐ"), None)
        out, seen = [], set()
        for doc in self.docs:
            if doc.type in seen:
                self.notices.add("document_repeated", doc.ref, "A second document of the same type was found; "
                                 "only the first was kept.")
                continue
            seen.add(doc.type)
            out.append(self._json(doc, decision if doc is not decision else None))
        return out

    def _json(self, doc: _Doc, decision: _Doc | None) -> DocumentJson:
        attached = doc.type == "KH" and doc.attached and decision is not None
        articles = list(doc.articles)
        if articles and articles[-1].endswith("./."):
            articles[-1] = articles[-1][:-2]
        number, date, place = doc.number, doc.date, doc.place
        status = "issued" if number else "draft"
        if attached and decision is not None:
            number, date, place = None, None, place or decision.place
            status = "issued" if decision.number else "draft"
        return {
            "type": doc.type,
            "number": number,
            "status": status,
            "place": place,
            "date": date,
            "subject": " ".join(doc.subject).strip() or None,
            "authority_line": doc.authority_line,
            "legal_bases": doc.legal_bases,
            "proposed_by": doc.proposed_by,
            "articles": articles,
            "signer": self._signer(doc),
            "recipients": [r.strip() for r in doc.recipients],
            "sections": doc.sections,
        }

    @staticmethod
    def _signer(doc: _Doc) -> SignerJson | None:
        lines = [line.strip() for line in doc.signer_lines]
        if not lines and not doc.name:
            return None
        authority = lines.pop(0) if lines and _AUTHORITY.match(lines[0]) else None
        return {"authority": authority, "position": "\n".join(lines) or None, "name": doc.name}

    def year(self) -> int | None:
        for doc in self.docs:
            if doc.date and doc.date.get("year"):
                return doc.date["year"]
        for doc in self.docs:
            match = re.search(r"năm\s+(\d{4})", " ".join(doc.subject))
            if match:
                return int(match.group(1))
        return None
