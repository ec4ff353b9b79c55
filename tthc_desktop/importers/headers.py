"""Table headers: which column is which, read from the header's words (never from the column's position).

Words are compared without diacritics or case ("Stt", "STT", "Số TT"; "Thời gian thực hiện", "Thời hạn hoàn
thành"; "Cơ quan chủ trì", "Bộ phận chủ trì"; "Kết quả/Sản phẩm", "Sản phẩm dự kiến" ...). A two-level header
("Nội dung thực hiện" over "Mục tiêu | Nhiệm vụ", "Phân công thực hiện" over "Bộ phận chủ trì | Bộ phận phối
hợp") gives one column per lower cell, with the upper cell as its group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from tthc_desktop.domain.vnformat import fold

TASKS, INDICATORS, EVENTS, OTHER = "tasks", "indicators", "events", "other"
KINDS = (TASKS, INDICATORS, EVENTS)

# vnformat.fold, one character at a time, as a translation table: the same result, fast enough for every
# line of a 10 MB paste (the text is NFC here; stray combining marks fold away like fold() drops them).
_FOLD = {code: fold(chr(code)) for code in range(0xC0, 0x1EFA) if fold(chr(code)) != chr(code).lower()}
_FOLD.update({code: "" for code in range(0x300, 0x370)})
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def fast_fold(text: str) -> str:
    """ "Kết quả/ Sản phẩm" -> "ket qua/ san pham" (lower case, no diacritics, đ -> d)."""
    return text.lower().translate(_FOLD)


def words(title: str) -> str:
    """ "Kết quả/ Sản phẩm" -> "ket qua san pham"."""
    return " ".join(_NOT_WORD.sub(" ", fast_fold(title)).split())


@lru_cache(maxsize=64)
def _phrases(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("(?:^| )(?:" + "|".join(phrases) + ")(?: |$)")


def _has(text: str, *phrases: str) -> bool:
    return _phrases(phrases).search(text) is not None


_HEADER_WORDS = re.compile(r"noi dung|nhiem vu|cong viec|chi tieu|muc tieu|hoat dong|giai phap|kiem tra|dia diem|"
                           r"doi tuong|don vi tinh|dvt|thanh phan|ten ")
_STT = re.compile(r"^(stt|tt|so tt|so thu tu|thu tu|s tt)$")


def task_key(title: str) -> str | None:
    w = words(title)
    if not w:
        return None
    if _STT.match(w):
        return "stt"
    if _has(w, "ghi chu"):
        return "note"
    if _has(w, "chu tri"):
        return "lead_units"
    if _has(w, "phoi hop", "phoi"):
        return "cooperating_units"
    if w.startswith("muc tieu"):
        return "objective"
    if _has(w, "ket qua", "san pham", "dau ra", "hinh thuc van ban", "hinh thuc"):
        return "expected_result"
    if _has(w, "thoi gian", "thoi han", "tien do", "thoi diem", "hoan thanh", "han hoan thanh"):
        return "schedule"
    if _has(w, "noi dung", "nhiem vu", "cong viec", "hoat dong", "giai phap", "ten nhiem vu"):
        return "content"
    if _has(w, "co quan", "don vi", "bo phan", "phan cong", "trach nhiem", "thuc hien", "nguoi", "cong chuc"):
        return "units"
    return None


def indicator_key(title: str, *, has_name: bool = False) -> str | None:
    w = words(title)
    if not w:
        return None
    if _STT.match(w):
        return "stt"
    if _has(w, "can cu", "co so phap ly", "co so", "van ban giao", "nguon", "van ban"):
        return "basis"
    if re.search(r"(?:^| )cong thuc(?! hien)|cach tinh|phuong phap tinh", w):
        return "formula"
    if _has(w, "thoi gian", "thoi han", "tien do"):
        return None
    if _has(w, "chu tri"):
        return "lead_units"
    if _has(w, "phoi hop", "phoi"):
        return "cooperating_units"
    if re.fullmatch(r"(don vi|don vi tinh|dvt|don vi do)", w):
        return "unit"
    if _has(w, "cap tren", "tinh giao", "huyen giao", "trung uong giao", "cap tren giao"):
        return "upstream_target"
    if _has(w, "nam truoc") or re.search(r"(ket qua|thuc hien|uoc)( thuc hien)?( nam)? \d{4}", w):
        return "last_year"
    if _has(w, "noi dung chi tieu", "ten chi tieu", "noi dung", "chi tieu cu the"):
        return "name"
    if _has(w, "chi tieu", "muc tieu", "ke hoach nam"):
        return "target" if has_name or re.search(r"\d{4}|giao|dat", w) else "name"
    if _has(w, "co quan", "don vi", "bo phan", "thuc hien", "cong chuc", "nganh", "trach nhiem"):
        return "units"
    return None


def event_key(title: str) -> str | None:
    """Columns of a schedule of inspections or events ("Lịch kiểm tra": the unit inspected, when, what, by whom)."""
    w = words(title)
    if not w:
        return None
    if _STT.match(w):
        return "stt"
    if _has(w, "ghi chu"):
        return "note"
    if _has(w, "duoc kiem tra", "doi tuong", "dia diem", "dia ban", "noi to chuc", "co quan duoc", "don vi duoc"):
        return "target"
    if _has(w, "thoi gian", "ngay", "thoi diem", "lich", "thoi han", "du kien"):
        return "schedule"
    if _has(w, "chu tri", "truong doan", "doan kiem tra", "co quan kiem tra", "don vi thuc hien", "thuc hien",
            "to chuc"):
        return "lead_units"
    if _has(w, "phoi hop", "thanh phan", "tham du", "tham gia", "moi"):
        return "cooperating_units"
    if _has(w, "noi dung", "hinh thuc", "hoat dong", "ten"):
        return "content"
    return None


# Words that say which kind of table a header belongs to, beyond its columns: (kind, pattern, weight).
_STRONG = [
    (INDICATORS, re.compile(r"\bdon vi tinh\b|\bdvt\b|\bdon vi do\b"), 3.0),
    (INDICATORS, re.compile(r"\bchi tieu\b"), 2.0),
    (INDICATORS, re.compile(r"\bcan cu\b|\bco so phap ly\b|\bvan ban giao\b"), 1.5),
    (INDICATORS, re.compile(r"\bcong thuc\b(?! hien)|\bcach tinh\b"), 1.5),
    (TASKS, re.compile(r"\bnhiem vu\b|\bcong viec\b|\bgiai phap\b"), 2.0),
    (TASKS, re.compile(r"\bket qua\b(?! (?:nam |thuc hien |dat duoc )*\d{4})|\bsan pham\b"), 1.5),
    (TASKS, re.compile(r"\bthoi han\b|\btien do\b|\bhoan thanh\b"), 1.0),
    (EVENTS, re.compile(r"\bduoc kiem tra\b|\bdoi tuong\b|\bdia diem\b|\bdia ban\b|\bnoi to chuc\b"), 3.0),
    (EVENTS, re.compile(r"\bthanh phan\b|\bdoan kiem tra\b|\btruong doan\b|\btham du\b"), 2.0),
    (EVENTS, re.compile(r"\bkiem tra\b|\blich\b|\bhoi nghi\b"), 1.0),
]
_MAIN = {TASKS: ("content", "objective"), INDICATORS: ("name",), EVENTS: ("target", "content")}


def keys_for(kind: str, texts: list[str]) -> list[str | None]:
    if kind == TASKS:
        return [task_key(t) for t in texts]
    if kind == EVENTS:
        return [event_key(t) for t in texts]
    return _indicator_keys(texts)


def header_scores(cells: list[str]) -> dict[str, float] | None:
    """How much this row looks like the header of each kind of table; None when it is no header at all.

    A kind counts when its key words name all columns but one, three at least, including its main one (the task,
    the indicator's name, the unit inspected or the event); the score adds the kind's strong words.
    """
    texts = [c for c in cells if c.strip()]
    if len(texts) < 2 or any(len(c) > 90 for c in texts):
        return None
    if not _HEADER_WORDS.search(fast_fold(" ".join(texts))):
        return None  # cheap refusal first: every row of a long paste passes here
    joined = " ".join(words(t) for t in texts)
    scores: dict[str, float] = {}
    for kind in KINDS:
        keys = keys_for(kind, texts)
        known = [k for k in keys if k and k != "stt"]
        columns = len([k for k in keys if k != "stt"])
        if not set(_MAIN[kind]) & set(known) or len(known) < 2 or len(known) < columns - 1:
            continue
        if kind == EVENTS and "schedule" not in known:
            continue
        if kind == TASKS and not set(known) & {"expected_result", "units", "lead_units", "cooperating_units",
                                               "schedule"}:
            continue
        strong = sum(w for k, rx, w in _STRONG if k == kind and rx.search(joined))
        score = len(known) - (columns - len(known)) + strong
        if score >= 3:
            scores[kind] = score
    return scores or None


def table_kind(cells: list[str]) -> str | None:
    """The kind of table a header row names by its words alone (TASKS, INDICATORS, EVENTS), else None."""
    scores = header_scores(cells)
    return max(scores, key=lambda k: scores[k]) if scores else None


def _indicator_keys(texts: list[str]) -> list[str | None]:
    has_name = any(indicator_key(t) == "name" and "chi tieu" in words(t) and words(t) != "chi tieu" for t in texts)
    return [indicator_key(t, has_name=has_name) for t in texts]


def key_of(kind: str, title: str, others: list[str]) -> str | None:
    if kind == TASKS:
        return task_key(title)
    if kind == EVENTS:
        return event_key(title)
    return _indicator_keys([*others, title])[-1]


@dataclass(frozen=True)
class Column:
    key: str | None  # None: a column the plan JSON has no place for (its text goes to the task's note)
    title: str
    group: str | None = None


@dataclass
class Layout:
    """The columns of a table, one per grid column of its data rows."""

    kind: str
    columns: list[Column]
    header_rows: list[list[str]] = field(default_factory=list)  # as written, to recognise repeated headers
    _folded: list[list[str]] = field(default_factory=list, repr=False, compare=False)

    @property
    def width(self) -> int:
        return len(self.columns)

    def index(self, key: str) -> int | None:
        return next((i for i, c in enumerate(self.columns) if c.key == key), None)

    def groups(self) -> list[tuple[int, int]]:
        """(first, last) grid columns of each group of two or more columns under one upper header."""
        spans, i = [], 0
        while i < len(self.columns):
            group = self.columns[i].group
            j = i
            while group and j + 1 < len(self.columns) and self.columns[j + 1].group == group:
                j += 1
            if j > i:
                spans.append((i, j))
            i = j + 1
        return spans

    def _titles(self) -> list[list[str]]:
        if len(self._folded) != len(self.header_rows):
            self._folded = [[words(c) for c in header] for header in self.header_rows]
        return self._folded

    def is_repeat(self, cells: list[str]) -> bool:
        """Is this row the header again (after a page break), perhaps cut short ("Thời gian hoàn")?"""
        if any(len(c) > 120 for c in cells):
            return False
        texts = [(i, words(c)) for i, c in enumerate(cells) if c.strip()]
        if not texts:
            return False
        for titles in self._titles():
            matched = 0
            for i, text in texts:
                candidates = [titles[i]] if i < len(titles) and titles[i] else [t for t in titles if t]
                if any(t == text or (len(text) >= 2 and t.startswith(text)) for t in candidates):
                    matched += 1
            if matched == len(texts) and (matched >= 2 or len(texts) == len([t for t in titles if t])):
                return True
        return False


def _is_subheader(cells: list[str], first: list[str], kind: str) -> bool:
    """Is `cells` the lower row of a two-level header under `first`?"""
    texts = [c for c in cells if c.strip()]
    if not texts or any(len(c) > 60 for c in texts) or not all(key_of(kind, c, []) for c in texts):
        return False
    if not cells[0].strip():
        return True  # the number column spans both rows
    return len(texts) < len([c for c in first if c.strip()]) and table_kind(cells) is None


def layout_from(rows: list[list[str]], kind: str | None = None) -> tuple[Layout, int] | None:
    """The layout a header starting at rows[0] gives, and how many rows the header takes; None if no header.
    `kind` reads the header as that kind of table (the classifier's or the clerk's choice)."""
    if not rows:
        return None
    first = [c.strip() for c in rows[0]]
    while first and not first[-1]:
        first.pop()
    kind = kind or table_kind(first)
    if kind is None:
        return None
    if kind == OTHER:
        return Layout(OTHER, [Column(None, t) for t in first], [list(rows[0])]), 1
    second = [c.strip() for c in rows[1]] if len(rows) > 1 else []
    while second and not second[-1]:
        second.pop()
    if second and _is_subheader(second, first, kind):
        full = [c.strip() for c in rows[0]]  # with the empty cells a merged upper cell leaves
        columns = _two_levels(full[: max(len(first), len(second))], second, kind)
        if columns:
            return Layout(kind, _with_main(kind, columns), [list(rows[0]), list(rows[1])]), 2
    columns = []
    for i, title in enumerate(first):
        others = [t for j, t in enumerate(first) if j != i]
        columns.append(Column(key_of(kind, title, others) if title else None, title))
    return Layout(kind, _with_main(kind, _dedupe(columns)), [list(rows[0])]), 1


def _with_main(kind: str, columns: list[Column]) -> list[Column]:
    """A table read as a kind its header words do not name (the clerk's choice): its first column of free text
    (the first with no key, after the number) holds the task, the indicator's name or the event."""
    if set(_MAIN[kind]) & {c.key for c in columns}:
        return columns
    spare = next((i for i, c in enumerate(columns) if c.key is None and c.title), None)
    if spare is None:
        spare = next((i for i, c in enumerate(columns) if c.key != "stt"), None)
    if spare is None:
        return columns
    return [Column(_MAIN[kind][0], c.title, c.group) if i == spare else c for i, c in enumerate(columns)]


def _two_levels(first: list[str], second: list[str], kind: str) -> list[Column] | None:
    if not second[0] or len(second) >= len(first):
        # Positional: the lower cells sit under the grid columns of the upper ones.
        columns = []
        owner = None
        for i in range(max(len(first), len(second))):
            upper = first[i] if i < len(first) else ""
            lower = second[i] if i < len(second) else ""
            if upper:
                owner = upper
            if lower:
                columns.append(Column(key_of(kind, lower, []), lower, owner))
            elif upper:
                columns.append(Column(key_of(kind, upper, []), upper))
            else:
                return None  # an empty grid column with no lower cell: not a header we understand
        return _regroup(columns)
    # Compact: the lower row holds only the lower cells; they replace the upper cell they belong under.
    lower_keys = {key_of(kind, c, []) for c in second}
    target = None
    for i, upper in enumerate(first):
        key = key_of(kind, upper, [])
        if lower_keys <= {"lead_units", "cooperating_units", "units"} and key == "units" or (
            lower_keys <= {"objective", "content"} and key == "content"
        ):
            target = i
            break
    if target is None:
        target = next((i for i, c in enumerate(first) if key_of(kind, c, []) is None), None)
    if target is None:
        return None
    columns = [Column(key_of(kind, c, []), c) for c in first[:target]]
    columns += [Column(key_of(kind, c, []), c, first[target]) for c in second]
    columns += [Column(key_of(kind, c, []), c) for c in first[target + 1:]]
    return _regroup(columns)


def _regroup(columns: list[Column]) -> list[Column]:
    """A group of one column is just that column (its upper title kept as the title when the lower was empty)."""
    out = []
    for column in columns:
        same = [c for c in columns if c.group and c.group == column.group]
        if column.group and len(same) == 1:
            out.append(Column(column.key, column.title))
        else:
            out.append(column)
    return _dedupe(out)


def _dedupe(columns: list[Column]) -> list[Column]:
    """A key used twice keeps its first column; later ones become unknown columns (their text is kept)."""
    seen: set[str] = set()
    out = []
    for column in columns:
        if column.key and column.key in seen:
            out.append(Column(None, column.title, column.group))
        else:
            if column.key:
                seen.add(column.key)
            out.append(column)
    return out
