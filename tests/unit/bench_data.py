"""The bench's ten-year database (bench/make_data.py, built through the services), made once per test run and
shared by the tests that compare the plain-sqlite3 reads with the services on it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


def ten_years(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The file, built at the first call of the run (about 6 s) and found again by the next (`ensure` caches)."""
    sys.path.insert(0, str(BENCH))
    try:
        from make_data import ensure
    finally:
        sys.path.remove(str(BENCH))
    return ensure("ten-years", tmp_path_factory.getbasetemp() / "bench-data", verbose=False)
