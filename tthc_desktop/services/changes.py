"""What a write changed, as Anki's OpChanges: which plans, and which parts of them, so each view refreshes only what
it shows of that.

`Service._write` takes the parts as a required argument and announces the description once its transaction is
committed (never for a write that failed); the plans touched are named where the write finds them (`touched`).
A write that names no plan concerns them all (the commune's settings, its units, Biểu 06), so a view that forgets
nothing can only refresh too much, never too little. Listeners are told on the thread that wrote; the window's hub
(ui/changes_hub.py) carries it to the GUI thread.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Part(StrEnum):
    """The parts of the data a view may show."""

    PLANS = "plans"  # a plan made, copied, deleted or issued: the list of plans, a plan's state
    OUTLINE = "outline"  # groups and tasks of a plan
    INDICATORS = "indicators"  # the plan's indicator table
    DOCUMENTS = "documents"  # the decision and the plan as documents: headers, lists, sections, signer, number
    TRACKING = "tracking"  # progress, evidence and attached files of tasks
    FIGURES = "figures"  # indicator figures entered per period, Biểu 06 (the commune's, for every plan)
    REPORTS = "reports"  # period reports: drafts, sections, issuing
    SETTINGS = "settings"  # the commune's profile, reporting days, document format, registers
    ORGANIZATION = "organization"  # units, officials, unit names matched
    OUTBOX = "outbox"  # mail waiting, sent or failed; mail settings
    CHASING = "chasing"  # reminder slips saved or sent, the calendar's events as last exported


@dataclass(frozen=True)
class Changes:
    """The parts a write touched, for `plans` (None: not one plan in particular, so every plan may show it).
    `deltas` are what outline writes did, row by row (services.outline.OutlineDelta), in the order done."""

    parts: frozenset[Part]
    plans: frozenset[int] | None = None
    deltas: tuple[Any, ...] = ()

    def touches(self, part: Part | Iterable[Part], plan_id: int | None = None) -> bool:
        """Whether a view of `part` (any of several) for `plan_id` (None: any plan) must look again."""
        wanted = {part} if isinstance(part, Part) else set(part)
        if not wanted & self.parts:
            return False
        return plan_id is None or self.plans is None or plan_id in self.plans

    def merged(self, other: Changes | None) -> Changes:
        """Both descriptions as one (a view that was hidden catches up once)."""
        if other is None:
            return self
        plans = None if self.plans is None or other.plans is None else self.plans | other.plans
        return Changes(self.parts | other.parts, plans, self.deltas + other.deltas)

    def __str__(self) -> str:  # for the log
        plans = "all plans" if self.plans is None else "plans " + ",".join(map(str, sorted(self.plans)))
        return f"{'+'.join(sorted(self.parts))} ({plans})"


@dataclass
class Recorder:
    """What one write is touching, filled in while its transaction runs (`touched`)."""

    parts: frozenset[Part]
    plans: set[int] = field(default_factory=set)
    deltas: list[Any] = field(default_factory=list)

    def changes(self) -> Changes:
        return Changes(self.parts, frozenset(self.plans) if self.plans else None, tuple(self.deltas))


def parts_of(parts: tuple[Part | Iterable[Part], ...]) -> frozenset[Part]:
    """The parts given to `_write`, refused when there are none: a write must say what it changes."""
    found: set[Part] = set()
    for part in parts:
        found |= {part} if isinstance(part, Part) else {Part(p) for p in part}
    if not found:
        raise TypeError("a write must name the parts it changes (services.changes.Part)")
    return frozenset(found)


Listener = Callable[[Changes], None]


class Announcer:
    """The listeners of one database's writes. Told after each committed write, on the thread that wrote."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()
        self.attached: dict[str, object] = {}  # what a caller keeps with it (the window's hub)

    def listen(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` after every write; returns the function that stops it."""
        with self._lock:
            self._listeners.append(listener)

        def stop() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return stop

    def announce(self, changes: Changes) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(changes)


_ANNOUNCERS: weakref.WeakKeyDictionary[object, Announcer] = weakref.WeakKeyDictionary()
_ANNOUNCERS_LOCK = threading.Lock()


def announcer_of(session_factory: object) -> Announcer:
    """The one announcer of a database (keyed by its session factory): every service on it announces there. A
    service built without a database (the CLI reading a file) gets one of its own."""
    if session_factory is None:
        return Announcer()
    with _ANNOUNCERS_LOCK:
        found = _ANNOUNCERS.get(session_factory)
        if found is None:
            found = _ANNOUNCERS[session_factory] = Announcer()
        return found


EVERYTHING = frozenset(Part)  # a write that makes or remakes whole plans and the commune (the demo, a restore)
