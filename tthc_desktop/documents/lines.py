"""The lines of a centred title, subject or note, chosen once and printed the same in PDF and Word.

A careful secretary breaks a long subject into as few lines as fit, of even length, between phrases:
"Ban hành Kế hoạch hoạt động kiểm soát thủ tục hành chính / năm 2025 trên địa bàn xã Hành Dũng", never
"… kiểm soát thủ tục / hành chính …". The pieces and the cost of each break come from `domain.phrases`;
widths from the font the document prints in (reportlab's metrics, which Word's Times New Roman shares).
Both renderers print the lines with explicit line breaks, so Word and the PDF show the same lines.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfbase.pdfmetrics import stringWidth

from tthc_desktop.domain import phrases

Measure = Callable[[str], float]

EVENNESS = 10.0  # weight of uneven lines against the phrase costs below
SPARE = 6.0  # points a line leaves of its box, so that Word (which cuts a line's last word if it overflows) keeps it
PHRASES = 0.3  # weight of domain.phrases.break_cost


def room(width: float, box: float) -> float:
    """The width lines are balanced to: `width`, and never closer than SPARE to the edges of `box`."""
    return min(width, box - SPARE)


def measure_with(font: str, size: float) -> Measure:
    return lambda text: stringWidth(text, font, size)


def balanced_lines(text: str, measure: Measure, max_width: float) -> list[str]:
    """`text` as lines no wider than `max_width` (a piece that is wider alone gets a line of its own): as few
    lines as fit, then the most even ones, broken between phrases. A "\\n" in `text` is kept as a break."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += _balance(phrases.words(paragraph), measure, max_width)
    return lines


def _greedy_count(widths: list[float], space: float, max_width: float) -> int:
    count, line = 1, -1.0
    for width in widths:
        if line < 0:
            line = width
        elif line + space + width <= max_width:
            line += space + width
        else:
            count, line = count + 1, width
    return count


def _balance(pieces: list[str], measure: Measure, max_width: float) -> list[str]:
    if not pieces:
        return [""]
    widths = [measure(p) for p in pieces]
    space = measure(" ")
    count = _greedy_count(widths, space, max_width)
    if count == 1:
        return [_plain(" ".join(pieces))]
    total = sum(widths) + space * (len(pieces) - 1)
    mean = (total - space * (count - 1)) / count
    n = len(pieces)
    # prefix[i]: width of pieces[:i] with their spaces, so a line of pieces[i:j] is prefix[j] - prefix[i] - space.
    prefix = [0.0]
    for width in widths:
        prefix.append(prefix[-1] + width + space)

    def line_width(i: int, j: int) -> float:
        return prefix[j] - prefix[i] - space

    infinity = float("inf")
    # best[k][j]: the least cost of pieces[:j] in k lines; back[k][j]: where its last line starts.
    best = [[infinity] * (n + 1) for _ in range(count + 1)]
    back = [[0] * (n + 1) for _ in range(count + 1)]
    best[0][0] = 0.0
    for k in range(1, count + 1):
        for j in range(1, n + 1):
            for i in range(j - 1, -1, -1):
                width = line_width(i, j)
                if width > max_width and j - i > 1:
                    break
                if best[k - 1][i] == infinity:
                    continue
                # A last line longer than the others reads top-light: it costs half as much again.
                uneven = EVENNESS * ((width - mean) / max_width) ** 2 * (1.5 if j == n and width > mean else 1)
                cost = best[k - 1][i] + uneven
                if j < n:
                    cost += PHRASES * phrases.break_cost(pieces[j - 1], pieces[j])
                if cost < best[k][j]:
                    best[k][j], back[k][j] = cost, i
    if best[count][n] == infinity:  # cannot happen with count from the greedy pass; kept as a guard
        return [_plain(" ".join(pieces))]
    lines, j = [], n
    for k in range(count, 0, -1):
        i = back[k][j]
        lines.append(_plain(" ".join(pieces[i:j])))
        j = i
    return lines[::-1]


def _plain(line: str) -> str:
    """No-break spaces back to spaces, except in a blank to fill in (two or more in a row)."""
    out, run = [], 0
    for char in line + "\0":
        if char == phrases.NBSP:
            run += 1
            continue
        if run:
            out.append(" " if run == 1 else phrases.NBSP * run)
            run = 0
        out.append(char)
    return "".join(out[:-1])
