"""Draws the app icon (resources/icons/tthc.png and tthc.ico) with Pillow; run once, the results are committed.

A script rather than a hand-made file so the icon can be redrawn at any size without a graphics program.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
FONT = ROOT / "resources" / "fonts" / "LiberationSerif-Bold.ttf"
NAVY = (31, 78, 121, 255)
RED = (192, 0, 0, 255)
WHITE = (255, 255, 255, 255)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw(size: int = 256) -> Image.Image:
    """A navy rounded square holding a white sheet with "TT" and a red tick: a document that is being checked."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    unit = size / 16
    pen.rounded_rectangle((0, 0, size - 1, size - 1), radius=3 * unit, fill=NAVY)
    pen.rectangle((3.5 * unit, 2 * unit, 12.5 * unit, 14 * unit), fill=WHITE)
    font = ImageFont.truetype(str(FONT), int(5.5 * unit))
    pen.text((8 * unit, 6.2 * unit), "TT", font=font, fill=NAVY, anchor="mm")
    pen.line([(5.5 * unit, 10.5 * unit), (7.5 * unit, 12.5 * unit), (11 * unit, 8.5 * unit)],
             fill=RED, width=max(1, int(1.3 * unit)), joint="curve")
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    image = draw(256)
    image.save(ICONS / "tthc.png")
    image.save(ICONS / "tthc.ico", sizes=ICO_SIZES)


if __name__ == "__main__":
    main()
