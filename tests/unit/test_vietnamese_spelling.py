"""One spelling of the tone marks in the Vietnamese UI: the mark on the first vowel of an open "oa", "oe", "uy"
("xóa", "khóa", "hủy", "tùy"), as the rest of the app writes them; "Xoá chỉ tiêu" beside "Xóa dòng" reads as a slip."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2] / "translations"
# An open syllable ending "oá", "oè", "uý" … (not "quý", where u belongs to q; not "hoàn", where a consonant follows).
OLD_STYLE = re.compile(r"(?<![qQ])(?:[oO][áàảãạéèẻẽẹ]|[uU][ýỳỷỹỵ])(?![A-Za-zÀ-ỹĐđ])")


def vietnamese_texts() -> list[str]:
    texts = [t.text or "" for t in ET.parse(ROOT / "tthc_vi.ts").iter("translation")]
    texts += [t.text or "" for t in ET.parse(ROOT / "tthc_vi.ts").iter("numerusform")]
    with (ROOT / "core_vi.po").open("rb") as handle:
        texts += [m.string if isinstance(m.string, str) else " ".join(m.string) for m in read_po(handle) if m.id]
    return texts


def test_tone_marks_are_written_one_way() -> None:
    old = sorted({match.group(0) + " in " + text[:60] for text in vietnamese_texts()
                  for match in OLD_STYLE.finditer(text)})
    assert not old, old


def test_the_pattern_finds_the_old_style_and_spares_the_rest() -> None:
    assert OLD_STYLE.search("Xoá chỉ tiêu") and OLD_STYLE.search("huỷ") and OLD_STYLE.search("khoẻ")
    assert not any(OLD_STYLE.search(word) for word in ("Xóa", "Quý II", "hoàn thành", "khoản", "toán", "hủy"))
