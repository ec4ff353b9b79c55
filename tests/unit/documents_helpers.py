"""Reading rendered documents back with poppler, for the document tests."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path


def pdftotext(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def pages(path: Path) -> list[str]:
    return pdftotext(path, "-layout").split("\f")[:-1]


def page_sizes(path: Path) -> list[tuple[float, float]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(path)], capture_output=True, text=True,
                          check=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]


def fonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:]]


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float


def words(path: Path) -> list[Word]:
    """Every word with its box (points, origin top-left), from pdftotext -bbox."""
    html = pdftotext(path, "-bbox")
    html = re.sub(r"<!DOCTYPE[^>]*>", "", html).replace("&nbsp;", " ")
    root = ET.fromstring(re.sub(r"\sxmlns=\"[^\"]+\"", "", html, count=1))
    result = []
    for number, page in enumerate(root.iter("page"), start=1):
        for word in page.iter("word"):
            box = (float(word.get(k)) for k in ("xMin", "yMin", "xMax", "yMax"))
            result.append(Word(number, word.text or "", *box))
    return result
