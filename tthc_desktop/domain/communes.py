"""Which commune a document names as its own: "UBND XÃ GIANG ĐIỀN", "… trên địa bàn phường Hòa Khánh", "thị trấn
Phong Điền". An imported plan that names other communes and never ours is another commune's plan (a neighbour's
file taken as a model): the clerk is told before it becomes a draft of ours.

A name is the capitalised words after "xã", "phường" or "thị trấn" (in any case), up to the first word that is not
part of a name ("năm 2026", "về", a number); "UBND xã ban hành", "cấp xã", the national motto ("XÃ HỘI CHỦ
NGHĨA") and "Văn hóa - Xã hội" name nobody."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tthc_desktop.domain.vnformat import fold

_LEVEL = re.compile(r"(?<![\w])(xã|phường|thị trấn)\s+", re.IGNORECASE)
_NOT_A_NAME = {"nam", "ve", "tren", "tai", "va", "ban", "giai", "theo", "de", "cua", "trong", "thuoc", "den", "quy",
               "thang", "dot", "kiem", "so", "ubnd", "uy"}
MAX_WORDS = 4


def named_communes(texts: Iterable[str]) -> list[tuple[str, str]]:
    """(level, name) of every commune the texts name, in order, each once: ("xã", "Giang Điền"), ("phường", "Hòa
    Khánh"). A name in capitals ("XÃ GIANG ĐIỀN") is given in title case."""
    found: dict[str, tuple[str, str]] = {}
    for text in texts:
        for match in _LEVEL.finditer(text or ""):
            words: list[str] = []
            for word in text[match.end():].split()[:MAX_WORDS]:
                word = word.strip(",.;:()\u201c\u201d\"")
                if not word or not word[0].isupper() or not word.isalpha() or fold(word) in _NOT_A_NAME:
                    break
                if words and words[0].isupper() != word.isupper():
                    break  # "XÃ TÂN PHÚ Độc lập - Tự do": a header's two columns run together
                words.append(word)
            if words:
                name = " ".join(words)
                if fold(name) == "hoi" or fold(name).startswith("hoi chu nghia"):
                    continue  # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Văn hóa - Xã hội": no commune
                found.setdefault(fold(name), (match.group(1).lower(), name.title() if name.isupper() else name))
    return list(found.values())


def other_commune(texts: Iterable[str], own_name: str) -> str | None:
    """ "xã Giang Điền": the commune the texts name when they never name ours (`own_name`, "Hành Dũng"); None when
    they name ours, or nobody."""
    names = named_communes(texts)
    if not names or any(fold(name) == fold(own_name) for _level, name in names):
        return None
    level, name = names[0]
    return f"{level} {name}"
