"""Core messages with a count (ngettext) agree with it in English and read as before in Vietnamese."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tthc_desktop import i18n
from tthc_desktop.i18n import ngettext


@pytest.fixture
def language() -> Iterator[None]:
    before = i18n.language()
    yield
    i18n.set_language(before)


def _task_line(count: int) -> str:
    return ngettext("{unit}: {count} task", "{unit}: {count} tasks", count).format(unit="Tư pháp", count=count)


def test_a_counted_core_message_agrees_with_its_count(language: None) -> None:  # noqa: ARG001
    i18n.set_language("en")
    assert [_task_line(n) for n in (0, 1, 2)] == ["Tư pháp: 0 tasks", "Tư pháp: 1 task", "Tư pháp: 2 tasks"]
    i18n.set_language("vi")
    assert [_task_line(n) for n in (1, 2)] == ["Tư pháp: 1 nhiệm vụ", "Tư pháp: 2 nhiệm vụ"]
    late = ngettext("due {dates}, {days} day late", "due {dates}, {days} days late", 1).format(dates="01/04", days=1)
    assert late == "hạn 01/04, trễ 1 ngày"
