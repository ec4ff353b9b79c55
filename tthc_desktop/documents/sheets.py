"""What the tracker's printed sheets share (the list as shown, the timeline): landscape A4 or A3, a heading that says
what is printed (the plan, the filters, the date), "Trang n/N" on every page. Words come from the caller, already in
the clerk's language; this module only lays them out."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from tthc_desktop.documents.fonts import reportlab_family
from tthc_desktop.documents.rules import MM
from tthc_desktop.domain.text import printable

PAPERS = {"A4": landscape(A4), "A3": landscape(A3)}
MARGIN = 10 * MM
TITLE_SIZE = 12.0
LINE_SIZE = 9.0
FOOTER_SIZE = 8.0


@dataclass(frozen=True)
class Heading:
    title: str  # what is printed: "Theo dõi nhiệm vụ — Kế hoạch … năm 2026"
    lines: tuple[str, ...] = ()  # the filters, the sort, the date printed
    page_label: str = "{page}/{pages}"  # "Trang {page}/{pages}"
    author: str = "TTHC Desktop"


def text(value: str, font: str | None = None) -> str:
    """One line of stored text as reportlab draws it: NFC, printable, no line breaks; with `font`, without the
    marks it has no glyph for (the list's "⚠" and "✔" beside the status words), never an empty box."""
    value = printable(value).replace("\n", " ")
    return drawable(value, font) if font else value


def drawable(value: str, font: str) -> str:
    """`value` without the characters `font` cannot draw (line breaks kept), and the spaces they leave in front."""
    glyphs = getattr(getattr(pdfmetrics.getFont(font), "face", None), "charToGlyph", None)  # TrueType fonts only
    if glyphs is None:
        return value
    kept = "".join(c for c in value if c in "\n\t" or ord(c) in glyphs)
    return kept.lstrip(" ") if kept != value else value


def fonts() -> dict[str, str]:
    return reportlab_family()


def page_size(paper: str) -> tuple[float, float]:
    if paper not in PAPERS:
        raise ValueError(f"paper {paper!r}: A4 or A3")
    return PAPERS[paper]


def draw_page_number(canvas: Canvas, heading: Heading, page: int, pages: int, width: float) -> None:
    """ "Trang n/N" at the right of the foot of a page `width` points wide, the heading's title at the left."""
    canvas.saveState()
    canvas.setFont(fonts()["regular"], FOOTER_SIZE)
    canvas.drawRightString(width - MARGIN, MARGIN / 2, heading.page_label.format(page=page, pages=pages))
    canvas.drawString(MARGIN, MARGIN / 2, text(heading.title))
    canvas.restoreState()


def numbered_canvas(heading: Heading, width: float) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so that each can say "n/N" (reportlab's two-pass idiom);
    `width`: the pages'."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:  # noqa: N802
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # the two-pass idiom's; not in types-reportlab

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_page_number(self, heading, number, total, width)
                super().showPage()
            super().save()

    return NumberedCanvas
