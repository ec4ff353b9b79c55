"""Damaging a database file on purpose, as a failing disk or an interrupted copy would."""

from __future__ import annotations

import random
from pathlib import Path

PAGE = 4096


def damage(path: Path, seed: int = 7) -> None:
    """Garbage over a run of pages in the middle of the file."""
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    rng = random.Random(seed)
    for page in range(pages // 3, pages // 3 + 8):
        data[page * PAGE:(page + 1) * PAGE] = rng.randbytes(PAGE)
    path.write_bytes(bytes(data))
