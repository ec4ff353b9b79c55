"""Word's automatic numbering, rebuilt as Word shows it: the "II.", "1.2.", "a)", "-" that Word prints before a
paragraph but that is not in the paragraph's text.

What Word does (ECMA-376 §17.9, and Word where it departs from it, [MS-OI29500] 2.1.282):
- A paragraph is numbered by its own `w:numPr` (numId, ilvl) or by its style's, following `w:basedOn`; a style
  that names only a numId takes the level whose `w:pStyle` is that style (else level 0); numId 0 is "no number".
- A `w:num` points at a `w:abstractNum`; an abstractNum with `w:numStyleLink` takes its levels from the
  numbering style it names. The running count belongs to the abstract definition: every num on it continues
  one sequence; a num's `w:lvlOverride/w:startOverride` restarts its level at that value where that num is
  first used, and a `w:lvlOverride/w:lvl` replaces the level's definition for that num.
- Using a level restarts the deeper levels (`w:lvlRestart` changes when, 0 never); a level never used yet shows
  its start value in a multi-level text ("%1.%2.").
- `w:lvlText` is printed with each "%n" as level n's count in level n's format (`w:isLgl`: all in decimal);
  `w:suff` puts a tab (the default), a space or nothing after it. Bullets print their `lvlText` (Symbol-font
  glyphs mapped to the characters they show).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from tthc_desktop.domain import vnformat

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_LEVEL = 9
# Private-use code points of the Symbol and Wingdings fonts that Word uses for bullets, as the glyph they show.
_SYMBOLS = {0xF0B7: "•", 0xF0A7: "▪", 0xF0D8: "•", 0xF076: "•", 0xF0FC: "•", 0xF06E: "▪", 0xF071: "▪",
            0xF02D: "-", 0xF02B: "+", 0xF0E0: "•", 0xF0A8: "▪"}


@dataclass(frozen=True)
class Level:
    start: int = 0  # Word writes w:start; the standard's default when it is missing is 0
    fmt: str = "decimal"
    text: str | None = None  # lvlText; None: "%<n>." as Word would make it
    restart: int | None = None  # lvlRestart (1-based level whose use restarts this one; 0 never)
    legal: bool = False  # isLgl
    suffix: str = "\t"
    style: str | None = None  # pStyle linked to this level


@dataclass
class _Abstract:
    levels: dict[int, Level] = field(default_factory=dict)
    style_link: str | None = None  # numStyleLink: levels live in the numbering style's definition


@dataclass
class _Num:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)  # lvlOverride/startOverride
    levels: dict[int, Level] = field(default_factory=dict)  # lvlOverride/lvl


def _val(element: Any, name: str) -> str | None:
    child = element.find(_W + name) if element is not None else None
    return None if child is None else child.get(_W + "val")


def _int(text: str | None, default: int | None = None) -> int | None:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _level(lvl: Any) -> Level:
    text_el = lvl.find(_W + "lvlText")
    legal = lvl.find(_W + "isLgl")
    suffix = {"space": " ", "nothing": ""}.get(_val(lvl, "suff") or "tab", "\t")
    return Level(
        start=_int(_val(lvl, "start"), 0) or 0,
        fmt=_val(lvl, "numFmt") or "decimal",
        text=None if text_el is None else (text_el.get(_W + "val") or ""),
        restart=_int(_val(lvl, "lvlRestart")),
        legal=legal is not None and legal.get(_W + "val", "1") not in ("0", "false", "off"),
        suffix=suffix,
        style=_val(lvl, "pStyle"),
    )


def _letters(n: int, upper: bool) -> str:
    """Word's letters: a..z, then aa..zz, aaa.. (the letter repeated, not base 26)."""
    if n < 1:
        return ""
    letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    return letter.upper() if upper else letter


def format_count(n: int, fmt: str) -> str:
    """A count in one of Word's number formats (the common ones; others as decimal)."""
    if fmt == "none":
        return ""
    if fmt == "decimalZero":
        return f"{n:02d}" if 0 <= n < 10 else str(n)
    if fmt in ("upperRoman", "lowerRoman"):
        roman = vnformat.roman(n) if n > 0 else str(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        return _letters(n, fmt == "upperLetter")
    return str(n)


def _glyphs(text: str) -> str:
    return "".join(_SYMBOLS.get(ord(ch), "•" if 0xF000 <= ord(ch) <= 0xF0FF else ch) for ch in text)


class WordNumbering:
    """Numbers of a document's paragraphs; call `label` for every paragraph in document order."""

    def __init__(self, document: Any) -> None:
        self.abstracts: dict[str, _Abstract] = {}
        self.nums: dict[str, _Num] = {}
        self.styles: dict[str, tuple[str | None, str | None, int | None]] = {}  # id: (basedOn, numId, ilvl)
        self.default_style: str | None = None
        self.counts: dict[str, list[int | None]] = {}
        self.seen: set[str] = set()
        self._read_numbering(document)
        self._read_styles(document)

    def _read_numbering(self, document: Any) -> None:
        try:
            root = document.part.numbering_part.element
        except (KeyError, AttributeError, NotImplementedError):
            return
        for abstract in root.iterchildren(_W + "abstractNum"):
            definition = _Abstract(style_link=_val(abstract, "numStyleLink"))
            for lvl in abstract.iterchildren(_W + "lvl"):
                ilvl = _int(lvl.get(_W + "ilvl"))
                if ilvl is not None and 0 <= ilvl < MAX_LEVEL:
                    definition.levels[ilvl] = _level(lvl)
            self.abstracts[abstract.get(_W + "abstractNumId") or ""] = definition
        for num in root.iterchildren(_W + "num"):
            entry = _Num(_val(num, "abstractNumId") or "")
            for override in num.iterchildren(_W + "lvlOverride"):
                ilvl = _int(override.get(_W + "ilvl"))
                if ilvl is None or not 0 <= ilvl < MAX_LEVEL:
                    continue
                start = _int(_val(override, "startOverride"))
                if start is not None:
                    entry.starts[ilvl] = start
                lvl = override.find(_W + "lvl")
                if lvl is not None:
                    entry.levels[ilvl] = _level(lvl)
            self.nums[num.get(_W + "numId") or ""] = entry

    def _read_styles(self, document: Any) -> None:
        try:
            root = document.styles.element
        except AttributeError:
            return
        for style in root.iterchildren(_W + "style"):
            style_id = style.get(_W + "styleId")
            if not style_id:
                continue
            ppr = style.find(_W + "pPr")
            numpr = ppr.find(_W + "numPr") if ppr is not None else None
            self.styles[style_id] = (_val(style, "basedOn"), _val(numpr, "numId"), _int(_val(numpr, "ilvl")))
            if style.get(_W + "type") == "paragraph" and style.get(_W + "default") in ("1", "true", "on"):
                self.default_style = style_id

    # ---------------------------------------------------------------- definitions

    def _abstract_id(self, num_id: str) -> str | None:
        num = self.nums.get(num_id)
        if num is None:
            return None
        abstract_id, hops = num.abstract, 0
        while abstract_id in self.abstracts and self.abstracts[abstract_id].style_link and hops < 4:
            # numStyleLink: the numbering style's own num holds the definition
            _, linked_num, _ = self._style_numpr(self.abstracts[abstract_id].style_link or "")
            target = self.nums.get(linked_num or "")
            if target is None or target.abstract == abstract_id:
                break
            abstract_id, hops = target.abstract, hops + 1
        return abstract_id if abstract_id in self.abstracts else None

    def _definition(self, num_id: str, abstract_id: str, ilvl: int) -> Level:
        num = self.nums[num_id]
        if ilvl in num.levels:
            return num.levels[ilvl]
        level = self.abstracts[abstract_id].levels.get(ilvl, Level())
        if ilvl in num.starts:
            level = replace(level, start=num.starts[ilvl])
        return level

    def _style_numpr(self, style_id: str) -> tuple[str | None, str | None, int | None]:
        """(the style that holds it, numId, ilvl) of a style's numbering, following basedOn."""
        seen: set[str] = set()
        current: str | None = style_id
        while current and current not in seen and current in self.styles:
            seen.add(current)
            based_on, num_id, ilvl = self.styles[current]
            if num_id is not None:
                return current, num_id, ilvl
            current = based_on
        return None, None, None

    # ---------------------------------------------------------------- paragraphs

    def numpr(self, p: Any) -> tuple[str, int, str | None] | None:
        """(numId, ilvl, the paragraph's style) of a numbered paragraph, or None."""
        ppr = p.find(_W + "pPr")
        direct = ppr.find(_W + "numPr") if ppr is not None else None
        style_id = _val(ppr, "pStyle") or self.default_style
        owner, style_num, style_ilvl = self._style_numpr(style_id) if style_id else (None, None, None)
        num_id = _val(direct, "numId") if direct is not None else None
        ilvl = _int(_val(direct, "ilvl")) if direct is not None else None
        if num_id is None:
            num_id = style_num
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return None
        if ilvl is None:
            ilvl = style_ilvl
        if ilvl is None and owner is not None:
            abstract_id = self._abstract_id(num_id)
            levels = self.abstracts[abstract_id].levels if abstract_id else {}
            ilvl = next((i for i, level in levels.items() if level.style == owner), 0)
        return num_id, max(0, min(ilvl or 0, MAX_LEVEL - 1)), style_id

    def label(self, p: Any) -> tuple[str, str] | None:
        """(label as Word prints it, what follows it: tab, space or nothing) of paragraph `p`, or None.

        Counts: call it once per paragraph, in document order (table cells included)."""
        found = self.numpr(p)
        if found is None:
            return None
        num_id, ilvl, _ = found
        abstract_id = self._abstract_id(num_id)
        if abstract_id is None:
            return None
        counts = self.counts.setdefault(abstract_id, [None] * MAX_LEVEL)
        if num_id not in self.seen:
            self.seen.add(num_id)
            for level_index, start in self.nums[num_id].starts.items():
                counts[level_index] = start - 1  # restarts where this num is first used
                for deeper in range(level_index + 1, MAX_LEVEL):
                    counts[deeper] = None
        level = self._definition(num_id, abstract_id, ilvl)
        before = counts[ilvl]
        counts[ilvl] = level.start if before is None else before + 1
        for deeper in range(ilvl + 1, MAX_LEVEL):
            rule = self._definition(num_id, abstract_id, deeper).restart
            if rule != 0 and (rule is None or ilvl < rule):
                counts[deeper] = None
        if level.fmt == "bullet":
            text = _glyphs(level.text if level.text is not None else "•")
            return (text, level.suffix) if text.strip() else None
        pattern = level.text if level.text is not None else f"%{ilvl + 1}."

        def count(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            if not 0 <= index <= ilvl:
                return ""
            definition = self._definition(num_id, abstract_id, index)
            value = counts[index] if counts[index] is not None else definition.start
            fmt = "decimal" if level.legal and definition.fmt not in ("none",) else definition.fmt
            return format_count(value or 0, fmt)

        text = re.sub(r"%([1-9])", count, pattern).strip()
        return (text, level.suffix) if text else None
