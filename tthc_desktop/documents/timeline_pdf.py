"""The timeline of the year on landscape A4 or A3 pages, drawn from the rows the screen shows (domain.timeline: the
same bars, ticks and shades) with reportlab, like every other PDF of the app (its fonts embedded, text that
pdftotext reads back), off the GUI thread.

The year is cut into page-wide parts by the zoom (the year, its quarters or its months); each part takes as many
pages as its rows need, the task names repeated at the left of every page, the months along the top, a legend and
"Trang n/N" at the bottom. A group row is never the last of a page. Names wrap on two lines, the rest cut with "…".
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from tthc_desktop.documents.rules import MM
from tthc_desktop.documents.sheets import (
    FOOTER_SIZE,
    LINE_SIZE,
    MARGIN,
    TITLE_SIZE,
    Heading,
    draw_page_number,
    fonts,
    page_size,
    text,
)
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.domain.timeline import GROUP, SHADES, Row, Scale, fit, months, spans

NAME_SIZE = 8.0
NAME_LINES = 2
NAMES_WIDTH = {"A4": 78 * MM, "A3": 110 * MM}
HEADER_HEIGHT = 26.0  # two lines: quarters or days above, months below
LEGEND_HEIGHT = 14.0
TICK_COLOURS = {TaskStatus.DONE: "#146c43", TaskStatus.DONE_LATE: "#6f7c12", TaskStatus.OVERDUE: "#b02a37"}
TICK_OTHER = "#495057"
TODAY = "#d63384"
GROUP_BAND = "#f1f3f5"
GRID = "#dee2e6"
QUARTER_GRID = "#adb5bd"


@dataclass(frozen=True)
class TimelineWords:
    """The words on the page, in the clerk's language."""

    names: str = "Tasks"  # above the names
    months: tuple[str, ...] = tuple(str(m) for m in range(1, 13))  # "Tháng 1" … "Tháng 12"
    quarter: str = "Quarter {number} / {year}"
    part: dict[str, str] = field(default_factory=dict)  # a page's part of the year by zoom: "{first} – {last}"
    no_dates: str = "no dates: {schedule}"
    today: str = "Today"
    legend: dict[str, str] = field(default_factory=dict)  # shade → its words
    check_point: str = "check-point"


@dataclass(frozen=True)
class Page:
    first: date
    last: date
    rows: tuple[int, ...]  # indexes into the rows


def _wrap(value: str, font: str, width: float) -> list[str]:
    lines = simpleSplit(text(value, font), font, NAME_SIZE, width) or [""]
    if len(lines) > NAME_LINES:
        kept = lines[NAME_LINES - 1]
        while kept and stringWidth(kept + "…", font, NAME_SIZE) > width:
            kept = kept[:-1]
        lines = [*lines[:NAME_LINES - 1], kept.rstrip() + "…"]
    return lines


def _name(row: Row) -> str:
    return f"{row.label}. {row.text}" if row.label else row.text


class TimelineRenderer:
    def __init__(self, heading: Heading, rows: Sequence[Row], year: int, today: date | None, zoom: str = "year",
                 paper: str = "A4", shades: dict[str, str] | None = None, words: TimelineWords | None = None) -> None:
        self.heading, self.rows, self.year, self.today = heading, list(rows), year, today
        self.zoom, self.paper = zoom, paper
        self.shades = shades or {s: "#e9ecef" for s in SHADES}
        self.words = words or TimelineWords()
        self.face = fonts()
        self.size = page_size(paper)
        self.names_width = NAMES_WIDTH[paper]
        self.indent = 8.0
        self.lines = [_wrap(_name(r), self.face["bold" if r.kind == GROUP else "regular"],
                            self.names_width - 6 - self.indent * r.depth) for r in self.rows]

    # ---------------------------------------------------------------- pages

    def _top(self) -> float:
        """Where the rows begin, from the top of the page: under the heading and the months."""
        return MARGIN + TITLE_SIZE * 1.3 + LINE_SIZE * 1.3 * max(len(self.heading.lines), 1) + 4 + HEADER_HEIGHT

    def row_height(self, number: int) -> float:
        return len(self.lines[number]) * NAME_SIZE * 1.2 + 5

    def pages(self) -> list[Page]:
        room = self.size[1] - self._top() - MARGIN - LEGEND_HEIGHT - 8
        chunks: list[tuple[int, ...]] = []
        current: list[int] = []
        used = 0.0
        for number in range(len(self.rows)):
            height = self.row_height(number)
            if current and used + height > room:
                carried: list[int] = []
                while current and self.rows[current[-1]].kind == GROUP and len(current) > 1:
                    carried.insert(0, current.pop())  # a group row goes with its first task
                chunks.append(tuple(current))
                current = carried
                used = sum((self.row_height(n) for n in carried), 0.0)
            current.append(number)
            used += height
        chunks.append(tuple(current))
        return [Page(first, last, chunk) for first, last in spans(self.year, self.zoom) for chunk in chunks]

    def render(self) -> bytes:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=self.size, pageCompression=1,  # never an unembedded Helvetica
                        initialFontName=self.face["regular"])  # type: ignore[arg-type]  # types-reportlab: float
        canvas.setTitle(text(self.heading.title))
        canvas.setAuthor(self.heading.author)
        canvas.setCreator("TTHC Desktop")
        pages = self.pages()
        for number, page in enumerate(pages, start=1):
            self._page(canvas, page)
            draw_page_number(canvas, self.heading, number, len(pages), self.size[0])
            canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    # ---------------------------------------------------------------- drawing (reportlab: y grows upwards)

    def _y(self, from_top: float) -> float:
        return self.size[1] - from_top

    def _page(self, canvas: Canvas, page: Page) -> None:
        width, _height = self.size
        left = MARGIN + self.names_width
        scale = fit(page.first, page.last, left, width - MARGIN - left)
        self._heading(canvas, page)
        top = self._top()
        heights = [self.row_height(n) for n in page.rows]
        bottom = top + sum(heights)
        self._months(canvas, scale, top)
        y = top
        for number, height in zip(page.rows, heights, strict=True):
            row = self.rows[number]
            if row.kind == GROUP:
                canvas.setFillColor(colors.HexColor(GROUP_BAND))
                canvas.rect(MARGIN, self._y(y + height), width - 2 * MARGIN, height, stroke=0, fill=1)
            self._name(canvas, number, y)
            if row.bar is not None:
                self._bar(canvas, scale, row, y, height)
            elif row.kind != GROUP:
                canvas.setFont(self.face["italic"], NAME_SIZE)
                canvas.setFillColor(colors.HexColor("#6c757d"))
                canvas.drawString(left + 4, self._y(y + height / 2 + NAME_SIZE / 3),
                                  text(self.words.no_dates.format(schedule=row.note or "—")))
            canvas.setStrokeColor(colors.HexColor(GRID))
            canvas.setLineWidth(0.3)
            canvas.line(MARGIN, self._y(y + height), width - MARGIN, self._y(y + height))
            y += height
        self._grid(canvas, scale, top, bottom)
        if self.today is not None and (x := scale.tick_x(self.today)) is not None:
            canvas.setStrokeColor(colors.HexColor(TODAY))
            canvas.setLineWidth(1.2)
            canvas.line(x, self._y(top - HEADER_HEIGHT / 2), x, self._y(bottom))
        canvas.setStrokeColor(colors.HexColor(QUARTER_GRID))
        canvas.setLineWidth(0.8)
        canvas.line(left, self._y(top - HEADER_HEIGHT), left, self._y(bottom))
        self._legend(canvas)

    def _heading(self, canvas: Canvas, page: Page) -> None:
        y = MARGIN + TITLE_SIZE
        canvas.setFillColor(colors.black)
        canvas.setFont(self.face["bold"], TITLE_SIZE)
        title = text(self.heading.title)
        part = self.words.part.get(self.zoom)
        if part:
            title += " — " + part.format(first=f"{page.first.day:02d}/{page.first.month:02d}",
                                         last=f"{page.last.day:02d}/{page.last.month:02d}/{page.last.year}")
        canvas.drawString(MARGIN, self._y(y), title)
        canvas.setFont(self.face["regular"], LINE_SIZE)
        for line in self.heading.lines:
            y += LINE_SIZE * 1.3
            canvas.drawString(MARGIN, self._y(y), text(line))

    def _months(self, canvas: Canvas, scale: Scale, top: float) -> None:
        width = self.size[0]
        head = top - HEADER_HEIGHT
        canvas.setFillColor(colors.HexColor("#e9ecef"))
        canvas.rect(MARGIN, self._y(top), width - 2 * MARGIN, HEADER_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        canvas.setFont(self.face["bold"], LINE_SIZE)
        canvas.drawString(MARGIN + 3, self._y(top - HEADER_HEIGHT / 2 + LINE_SIZE / 3), text(self.words.names))
        canvas.setFont(self.face["regular"], LINE_SIZE - 1)
        for begin, end in months(scale.first, scale.last):
            left, right = scale.span(begin, end) or (0.0, 0.0)
            name = self.words.months[begin.month - 1]
            if stringWidth(name, self.face["regular"], LINE_SIZE - 1) > right - left - 2:
                name = str(begin.month)
            canvas.drawCentredString((left + right) / 2, self._y(top - 4), text(name))
        canvas.setFont(self.face["regular"], LINE_SIZE - 1)
        if self.zoom == "month":
            step = 1 if scale.per_day >= stringWidth("30", self.face["regular"], LINE_SIZE - 2) + 2 else 5
            canvas.setFont(self.face["regular"], LINE_SIZE - 2)
            for offset in range(scale.days):
                day = date.fromordinal(scale.first.toordinal() + offset)
                if step == 1 or day.day % step == 1:
                    canvas.drawCentredString(scale.x(day) + scale.per_day / 2, self._y(head + 10), str(day.day))
        else:
            for name, (first, last) in zip(("I", "II", "III", "IV"), spans(self.year, "quarter"), strict=True):
                span = scale.span(first, last)
                if span is not None:
                    label = self.words.quarter.format(number=name, year=self.year)
                    canvas.drawCentredString((span[0] + span[1]) / 2, self._y(head + 10), text(label))

    def _grid(self, canvas: Canvas, scale: Scale, top: float, bottom: float) -> None:
        for begin, _end in months(scale.first, scale.last):
            quarter = begin.month in (1, 4, 7, 10) and begin.day == 1
            canvas.setStrokeColor(colors.HexColor(QUARTER_GRID if quarter else GRID))
            canvas.setLineWidth(0.6 if quarter else 0.3)
            x = scale.x(begin)
            canvas.line(x, self._y(top - HEADER_HEIGHT / 2), x, self._y(bottom))

    def _name(self, canvas: Canvas, number: int, y: float) -> None:
        row = self.rows[number]
        canvas.setFillColor(colors.black)
        canvas.setFont(self.face["bold" if row.kind == GROUP else "regular"], NAME_SIZE)
        for line_number, line in enumerate(self.lines[number]):
            canvas.drawString(MARGIN + 3 + self.indent * row.depth,
                              self._y(y + 2.5 + NAME_SIZE * (line_number + 1) * 1.2 - NAME_SIZE * 0.25), line)

    def _bar(self, canvas: Canvas, scale: Scale, row: Row, y: float, height: float) -> None:
        bar = row.bar
        assert bar is not None
        inset = min(height / 4, 4.0)
        span = scale.span(bar.start, bar.end)
        if span is not None:
            fill = colors.HexColor(self.shades.get(bar.shade, "#e9ecef"))
            canvas.setFillColor(fill)
            canvas.setStrokeColor(colors.HexColor("#495057"))
            canvas.setLineWidth(0.5)
            canvas.rect(span[0], self._y(y + height - inset), max(span[1] - span[0], 1.5), height - 2 * inset,
                        stroke=1, fill=1)
        for tick in bar.ticks:
            x = scale.tick_x(tick.day)
            if x is None:
                continue
            canvas.setStrokeColor(colors.HexColor(TICK_COLOURS.get(tick.status, TICK_OTHER)))
            canvas.setLineWidth(0.5 if tick.period else 1.6)
            low = y + (height / 2 if tick.period else inset - 1.5)
            canvas.line(x, self._y(low), x, self._y(y + height - inset + 1.5))

    def _legend(self, canvas: Canvas) -> None:
        x, y = MARGIN, self._y(self.size[1] - MARGIN - LEGEND_HEIGHT + 4)
        canvas.setFont(self.face["regular"], FOOTER_SIZE)
        for shade in SHADES:
            words = self.words.legend.get(shade)
            if not words:
                continue
            canvas.setFillColor(colors.HexColor(self.shades.get(shade, "#e9ecef")))
            canvas.setStrokeColor(colors.HexColor("#495057"))
            canvas.setLineWidth(0.5)
            canvas.rect(x, y - 1, 14, 7, stroke=1, fill=1)
            canvas.setFillColor(colors.black)
            canvas.drawString(x + 18, y, text(words))
            x += 24 + stringWidth(text(words), self.face["regular"], FOOTER_SIZE)
        canvas.setStrokeColor(colors.HexColor(TICK_OTHER))
        canvas.setLineWidth(1.6)
        canvas.line(x + 4, y - 2, x + 4, y + 7)
        canvas.drawString(x + 9, y, text(self.words.check_point))
        x += 20 + stringWidth(text(self.words.check_point), self.face["regular"], FOOTER_SIZE)
        canvas.setStrokeColor(colors.HexColor(TODAY))
        canvas.setLineWidth(1.2)
        canvas.line(x + 4, y - 2, x + 4, y + 7)
        canvas.drawString(x + 9, y, text(self.words.today))


def render_timeline(heading: Heading, rows: Sequence[Row], year: int, today: date | None, zoom: str = "year",
                    paper: str = "A4", shades: dict[str, str] | None = None,
                    words: TimelineWords | None = None) -> bytes:
    return TimelineRenderer(heading, rows, year, today, zoom, paper, shades, words).render()
