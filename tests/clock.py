"""The clock tests inject into the tracking service and the tracker, and move by hand."""

from __future__ import annotations

from datetime import date


class Clock:
    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day
