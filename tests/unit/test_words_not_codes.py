"""Words, not codes, in both languages: every translated string (tthc_vi.ts, tthc_en.ts, core_vi.po, core_en.po) and
every file name the app suggests is read for codes and for the other language.

Codes: a period key ("2026-Q3", "2026-M03", "2026-H1", "2026-9M", "2026-Y"); an internal value of an enum written
with an underscore ("in_progress", "half_year", "legal_bases"); a placeholder a translation adds, drops or renames
(left unformatted it shows as "{commune}"); a translated source text with a placeholder that is never formatted.

The other language, and the rule for what is not:
- An English translation holds no Vietnamese word, except inside quotation marks (“Căn cứ …;”, "Lưu: VT") or
  parentheses, where it names what the document prints or an example the clerk types ("(Tiếng Việt)",
  "e.g. 12/KH-UBND"), and the names of the legal texts the app follows ("Nghị định 30/2020/NĐ-CP", the form
  "Biểu 06"): those are data and document wording, Vietnamese by law in both languages.
- The command line's help names the form its period argument takes ("2026-Q1"), and so does the refusal of a key
  typed wrong (its source holds "{key}"): that is the syntax typed, so the period-key rule skips messages used only
  by cli*.py and those about a typed key.
- A Vietnamese translation holds no English sentence: no English function word ("the", "and", "of", "is", "with",
  "for", "this", "your", "from", "not") outside quotes and placeholders; names of programs and protocols (PDF,
  Word, Excel, SMTP, STARTTLS, SSL) are names.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from datetime import date
from enum import Enum
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from tthc_desktop.domain import enums, filenames, periods
from tthc_desktop.domain.mail import DEFAULT_BODY_TEMPLATE, DEFAULT_SUBJECT_TEMPLATE, render
from tthc_desktop.reports.words import period_label, report_reference
from tthc_desktop.services import mail_dto, plan_checks, reports_dto

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
PERIOD_KEY = re.compile(r"\b\d{4}-(?:M\d{2}|Q[1-4]|H[12]|9M|Y)\b")
PLACEHOLDER = re.compile(r"\{(\w*)\}")
VIETNAMESE = re.compile(r"[À-ỹĐđ]")
ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|is|are|with|for|this|your|from|not)\b", re.IGNORECASE)
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|\([^)]*\)|«[^»]*»")


def internal_values() -> set[str]:
    modules = (enums, plan_checks, reports_dto, mail_dto)
    values = set()
    for module in modules:
        for item in vars(module).values():
            if isinstance(item, type) and issubclass(item, Enum):
                values |= {str(member.value) for member in item if "_" in str(member.value)}
    assert {"in_progress", "legal_bases"} <= values
    return values


LEGAL_NAMES = re.compile(r"Nghị định [\d/]+/NĐ-CP|Biểu \d+")


def ts_pairs(language: str) -> list[tuple[str, str]]:
    """(source, translation) of every message; a counted ("%n") message gives one pair per plural form."""
    root = ET.parse(TRANSLATIONS / f"tthc_{language}.ts").getroot()
    return [(m.findtext("source") or "", text or "") for m in root.iter("message")
            for text in ([f.text for f in m.iter("numerusform")] or [m.findtext("translation")])]


def po_pairs(language: str, cli: bool = True) -> list[tuple[str, str]]:
    """(source, translation) of every message; an ngettext message gives one pair per plural form."""
    with (TRANSLATIONS / f"core_{language}.po").open("rb") as handle:
        messages = [m for m in read_po(handle) if m.id and (
            cli or not all(Path(where).name.startswith("cli") for where, _line in m.locations))]
    pairs = []
    for m in messages:
        ids, strings = (m.id, m.string) if isinstance(m.id, tuple) else ((m.id,), (m.string,))
        pairs += [(str(ids[min(i, len(ids) - 1)] if len(strings) > 1 else ids[-1]), str(text))
                  for i, text in enumerate(strings)]
    return pairs


CATALOGUES = [(f"tthc_{lang}.ts", lang, ts_pairs) for lang in ("vi", "en")] + \
             [(f"core_{lang}.po", lang, po_pairs) for lang in ("vi", "en")]


@pytest.mark.parametrize(("name", "language", "read"), CATALOGUES, ids=[c[0] for c in CATALOGUES])
def test_no_translation_shows_a_code(name: str, language: str, read) -> None:  # noqa: ANN001
    pairs = read(language)
    assert len(pairs) > 100
    values = internal_values()
    shown = {text for _source, text in (read(language, cli=False) if read is po_pairs else pairs)}
    for source, text in pairs:
        typed_key = "{key}" in source
        assert text not in shown or typed_key or not PERIOD_KEY.search(text), f"{name}: a period key in {text!r}"
        words = set(re.findall(r"\b\w+\b", PLACEHOLDER.sub(" ", text)))
        assert not words & values, f"{name}: an internal value in {text!r}"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (
            f"{name}: the placeholders of {source!r} changed in {text!r}")


@pytest.mark.parametrize(("name", "read"), [("tthc_en.ts", ts_pairs), ("core_en.po", po_pairs)])
def test_english_has_no_vietnamese_outside_quotes(name: str, read) -> None:  # noqa: ANN001
    for _source, text in read("en"):
        bare = LEGAL_NAMES.sub(" ", QUOTED.sub(" ", PLACEHOLDER.sub(" ", text)))
        assert not VIETNAMESE.search(bare), f"{name}: Vietnamese in English: {text!r}"


@pytest.mark.parametrize(("name", "read"), [("tthc_vi.ts", ts_pairs), ("core_vi.po", po_pairs)])
def test_vietnamese_has_no_english_sentence(name: str, read) -> None:  # noqa: ANN001
    for source, text in read("vi"):
        bare = re.sub(r"<[^>]+>", " ", QUOTED.sub(" ", PLACEHOLDER.sub(" ", text)))
        assert not ENGLISH_WORDS.search(bare), f"{name}: English in Vietnamese: {text!r} (for {source!r})"
        if len(source.split()) >= 3 and VIETNAMESE.search(source) is None:
            assert text != source, f"{name}: left in English: {source!r}"


SINKS = {"setText", "setTitle", "setWindowTitle", "setToolTip", "setPlaceholderText", "showMessage", "addItem",
         "setTabText", "setItemText", "QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QAction", "information",
         "warning", "critical", "question", "DataError", "TthcError"}


def _unformatted_literals() -> list[tuple[str, int, str]]:
    """Translated literals with a placeholder handed straight to what shows them (a label, a message box, an
    error) without .format(): the clerk would read "{commune}"."""
    found = []
    for path in sorted((ROOT / "tthc_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            sink = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if sink not in SINKS:
                continue
            for arg in node.args:
                if not isinstance(arg, ast.Call):
                    continue
                name = arg.func.attr if isinstance(arg.func, ast.Attribute) else getattr(arg.func, "id", "")
                literal = (arg.args[1] if name == "translate" and len(arg.args) > 1 else
                           arg.args[0] if name in ("tr", "_") and arg.args else None)
                if isinstance(literal, ast.Constant) and isinstance(literal.value, str) \
                        and PLACEHOLDER.search(literal.value):
                    found.append((path.name, node.lineno, literal.value))
    return found


def test_no_translated_text_with_a_placeholder_is_shown_unformatted() -> None:
    found = _unformatted_literals()
    assert not found, "\n".join(f"{f}:{line}: {text!r} is shown without .format()" for f, line, text in found)


def suggested_names() -> list[str]:
    names = []
    for year in (2025, 2026):
        for kind in ("month", "quarter", "half_year", "nine_months", "year"):
            for period in periods.periods_of_year(year, kind):
                for suffix in ("pdf", "docx", "xlsx", "eml"):
                    names += [filenames.report_name(period.key, suffix),
                              filenames.report_name(period.key, suffix, "15/BC-UBND"),
                              filenames.report_name(period.key, suffix, "/BC-UBND")]
        for what in ("both", "decision", "plan", "tracker"):
            for number in (None, "/QĐ-UBND", "07/QĐ-UBND", "12/KH-UBND"):
                names.append(filenames.document_name(what, number, year, "pdf"))
        names.append(filenames.calendar_name(year))
        names += [filenames.timeline_name(year, paper) for paper in ("A4", "A3")]
        names += [filenames.slips_name(date(year, 12, 5), suffix) for suffix in ("pdf", "docx")]
    return names


def test_suggested_file_names_are_words_in_plain_letters() -> None:
    names = suggested_names()
    assert len(names) > 400
    for name in names:
        assert name.isascii() and not PERIOD_KEY.search(name) and "{" not in name, name
        assert not re.search(r"\b(?:both|draft|decision|plan|tracker|report|half_year|nine_months)\b", name), name
        assert not re.search(r'[\\/:*?"<>|]', name) and len(name) < 120, name
    assert filenames.report_name("2026-Q3", "pdf") == "Bao cao quy III nam 2026.pdf"
    assert filenames.report_name("2026-Q3", "pdf", "15/BC-UBND") == "Bao cao so 15-BC-UBND quy III nam 2026.pdf"
    assert filenames.report_name("2026-H1", "xlsx") == "Bao cao 6 thang dau nam 2026.xlsx"
    assert filenames.document_name("both", "07/QĐ-UBND", 2026, "docx") == \
        "Quyet dinh va Ke hoach so 07-QD-UBND nam 2026.docx"
    assert filenames.document_name("plan", None, 2026, "pdf") == "Ke hoach nam 2026 (du thao).pdf"
    assert filenames.document_name("tracker", None, 2026, "xlsx") == "Theo doi nhiem vu nam 2026.xlsx"
    assert filenames.slips_name(date(2026, 12, 5), "pdf") == "Phieu nhac viec ngay 05-12-2026.pdf"
    assert filenames.calendar_name(2026) == "Lich kiem soat TTHC nam 2026.ics"
    assert filenames.timeline_name(2026, "A3") == "Tien do nhiem vu nam 2026 kho A3.pdf"
    assert filenames.period_words("2026-Q3") == "Quý III năm 2026"
    assert filenames.period_words("2026-M03") == "Tháng 3 năm 2026"
    assert filenames.file_name("CON", "pdf") == "Tai lieu CON.pdf"  # a Windows device name is no file name
    assert filenames.file_name("Đề án: \"số hóa\" / 2026?", "pdf") == "De an so hoa - 2026.pdf"
    long = filenames.file_name("Báo cáo " + "kết quả thực hiện " * 20, "pdf")
    assert len(long) <= filenames.MAX_STEM + 4 and long.endswith("hien.pdf")


def test_the_mail_names_the_report_by_number_date_and_subject_once() -> None:
    subject = "Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính quý III năm 2026"
    reference = report_reference("15/BC-UBND", date(2026, 10, 3), subject)
    assert reference == ("Báo cáo số 15/BC-UBND ngày 03/10/2026 về tình hình, kết quả thực hiện công tác kiểm soát "
                         "thủ tục hành chính quý III năm 2026")
    values = {"report": reference, "period": period_label("2026-Q3"), "commune": "xã Hành Dũng"}
    assert render(DEFAULT_SUBJECT_TEMPLATE, values) == f"{reference} - UBND xã Hành Dũng"
    assert f"gửi kèm theo thư này {reference}." in render(DEFAULT_BODY_TEMPLATE, values)
    assert report_reference("/BC-UBND", None, "UBND xã báo cáo") == "Báo cáo về UBND xã báo cáo"
