"""Which of the commune's units a unit text of a plan names ("Văn phòng – Thống kê .", "Công chức VH-XH").

Plans are typed, copied and imported by hand, so one unit comes in many spellings: the Hành Dũng plan alone writes
"Văn phòng - Thống kê", "Văn phòng – Thống kê", "Văn phòng – Thống kê ." and "VP-TK theo dõi, tổng hợp". The rule,
applied alike to the text and to every unit's name and abbreviation:

1. The key of a text: no case, no diacritics ("Văn hoá" and "Văn hóa" alike), every dash a "-" with one space on
   each side ("VH-XH" is "vh - xh"), "&" likewise, spaces collapsed, punctuation at the ends dropped; then the
   words that say who rather than which unit are dropped: "Các công chức tại", "Công chức", "Cán bộ" in front,
   "của UBND xã", "thuộc UBND xã", "UBND xã", "xã" (and the same for phường, thị trấn) at the end.
2. A unit is known by the keys of its name and its abbreviation, and by every key of the same group of known
   abbreviations (`KNOWN`: VP-TK, VH-XH, TP-HT, TC-KT, ĐC-XD…, "Một cửa" and "Bộ phận Tiếp nhận và Trả kết quả").
   A key two units share names neither.
3. The clerk's own matches come first (a text mapped once is remembered: `aliases`, None meaning "not one of the
   commune's units"); then a unit whose key equals the text's; then the unit whose key begins the text, the longest
   first, at a word boundary ("Văn phòng – Thống kê chủ trì tổng hợp báo cáo" names the office: the lead is
   written first). Otherwise the text is unmatched and shown to the clerk, with a suggestion when a unit's key
   appears inside it: never matched silently.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tthc_desktop.domain.vnformat import fold

# Groups of names and abbreviations that mean one unit, written as keys are (see unit_key).
KNOWN: tuple[tuple[str, ...], ...] = (
    ("van phong - thong ke", "vp - tk", "vptk"),
    ("van hoa - xa hoi", "vh - xh", "vhxh"),
    ("tu phap - ho tich", "tp - ht", "tpht"),
    ("tai chinh - ke toan", "tc - kt", "tckt"),
    ("dia chinh - xay dung", "dc - xd"),
    ("dia chinh - nong nghiep - xay dung va moi truong", "dc - nn - xd - mt"),
    ("bo phan tiep nhan va tra ket qua", "bo phan tiep nhan va tra ket qua mot cua", "bo phan mot cua", "mot cua",
     "bo phan tn & tkq", "tn & tkq", "bo phan tn va tkq", "bo phan mot cua, mot cua lien thong"),
    ("trung tam phuc vu hanh chinh cong", "tt phvhcc", "trung tam phvhcc"),
    ("van phong hdnd va ubnd", "van phong hdnd & ubnd", "van phong hdnd - ubnd", "vp hdnd va ubnd",
     "vp hdnd & ubnd"),
)
_DASHES = re.compile(r"[-‐‑‒–—―−]")
# Matched before diacritics are dropped: "Một cửa xã" ends in "xã", not in "của xã" ("cửa" is not "của").
_WHO = re.compile(r"^(?:(?:các|những)\s+)?(?:công chức chuyên môn|công chức|cán bộ|cbcc|cb, cc)"
                  r"(?:\s+(?:tại|thuộc|của))?\s*[:,]?\s*")
_PLACE = re.compile(r"\s+(?:xã|phường|thị trấn)$")
_BODY = re.compile(r"(?<!&)(?<!\bvà)(?<!-)(?:^|\s+)(?:(?:của|thuộc)\s+)?(?:ubnd|[uủ]y ban nhân dân|uỷ ban nhân dân)$")
_OF = re.compile(r"\s+(?:của|thuộc)$")
_ENDS = " .,;:-–—•·*+()\t\n"
MIN_PREFIX = 4  # a key shorter than this never matches as the start of a longer text


def unit_key(text: str | None) -> str:
    """The form a unit text is compared in (rule 1 of the module)."""
    key = unicodedata.normalize("NFC", text or "").casefold()
    key = _DASHES.sub(" - ", key)
    key = re.sub(r"\s*&\s*", " & ", key)
    key = " ".join(key.split()).strip(_ENDS)
    for _ in range(3):  # "Các công chức tại Bộ phận Một cửa của UBND xã."
        shorter = _OF.sub("", _BODY.sub("", _PLACE.sub("", _WHO.sub("", key)))).strip(_ENDS)
        if shorter == key or not shorter:
            break
        key = shorter
    return fold(key)


@dataclass(frozen=True)
class UnitName:
    """What the rule knows of a unit: its id, name and abbreviation."""

    id: int
    name: str
    abbreviation: str | None = None


@dataclass(frozen=True)
class Match:
    unit_id: int | None  # None: not one of the commune's units (unmatched, or mapped to none by the clerk)
    how: str  # "mapped", "name", "start", "unmatched"
    suggestion: int | None = None  # for an unmatched text: a unit whose key appears inside it


class UnitMatcher:
    """The rule over one commune's units and the clerk's matches (`aliases`: key -> unit id or None)."""

    def __init__(self, units: Iterable[UnitName], aliases: Mapping[str, int | None] | None = None) -> None:
        owners: dict[str, set[int]] = {}
        for unit in units:
            own = {unit_key(unit.name), unit_key(unit.abbreviation)} - {""}
            for group in KNOWN:
                if own & set(group):
                    own |= set(group)
            for key in own:
                owners.setdefault(key, set()).add(unit.id)
        self.keys = {key: next(iter(ids)) for key, ids in owners.items() if len(ids) == 1}
        self.by_length = sorted((k for k in self.keys if len(k) >= MIN_PREFIX), key=len, reverse=True)
        self.aliases = dict(aliases or {})

    def match(self, text: str | None) -> Match:
        key = unit_key(text)
        if not key:
            return Match(None, "unmatched")
        if key in self.aliases:
            return Match(self.aliases[key], "mapped")
        if key in self.keys:
            return Match(self.keys[key], "name")
        for candidate in self.by_length:
            if key.startswith(candidate) and not key[len(candidate):len(candidate) + 1].isalnum():
                return Match(self.keys[candidate], "start")
        inside = next((k for k in self.by_length if re.search(rf"(?<!\w){re.escape(k)}(?!\w)", key)), None)
        return Match(None, "unmatched", self.keys[inside] if inside else None)

    def unit_of(self, text: str | None) -> int | None:
        return self.match(text).unit_id
