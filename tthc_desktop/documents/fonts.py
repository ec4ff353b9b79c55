"""The serif the documents print in: Times New Roman where the system has it, else bundled Liberation Serif."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from tthc_desktop.paths import resources_dir

STYLES = ("regular", "bold", "italic", "bold_italic")
_WINDOWS_TIMES = {"regular": "times.ttf", "bold": "timesbd.ttf", "italic": "timesi.ttf", "bold_italic": "timesbi.ttf"}
_LIBERATION = {"regular": "LiberationSerif-Regular.ttf", "bold": "LiberationSerif-Bold.ttf",
               "italic": "LiberationSerif-Italic.ttf", "bold_italic": "LiberationSerif-BoldItalic.ttf"}

# Word documents always name Times New Roman: Word on Windows has it, LibreOffice substitutes Liberation Serif.
WORD_FONT = "Times New Roman"


@dataclass(frozen=True)
class FontSet:
    family: str  # human name, for the record
    files: dict[str, Path]


@cache
def serif_fonts() -> FontSet:
    windows_fonts = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    times = {style: windows_fonts / name for style, name in _WINDOWS_TIMES.items()}
    if all(path.exists() for path in times.values()):
        return FontSet("Times New Roman", times)
    bundled = resources_dir() / "fonts"
    return FontSet("Liberation Serif", {style: bundled / name for style, name in _LIBERATION.items()})


@cache
def reportlab_family() -> dict[str, str]:
    """Registers the four faces with reportlab under distinct names (one name per file, or only the first
    would be embedded) and as one family, so <b> and <i> in paragraphs pick the right face."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = serif_fonts()
    names = {style: f"TTHCSerif-{style}" for style in STYLES}
    for style in STYLES:
        pdfmetrics.registerFont(TTFont(names[style], str(fonts.files[style])))
    pdfmetrics.registerFontFamily("TTHCSerif", normal=names["regular"], bold=names["bold"],
                                  italic=names["italic"], boldItalic=names["bold_italic"])
    faces: tuple[tuple[Literal[0, 1], Literal[0, 1], str], ...] = (
        (0, 0, "regular"), (1, 0, "bold"), (0, 1, "italic"), (1, 1, "bold_italic"))
    for bold, italic, style in faces:
        addMapping(names["regular"], bold, italic, names[style])
    return names
