"""The one number reader: Vietnamese spelling in, exact values out; other conventions refused with a suggestion."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tthc_desktop.domain.numbers import NumberReadError, edit_text, read, read_number


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.250", "1250"), ("95,5", "95.5"), ("1.250,5", "1250.5"), ("1250", "1250"), ("0,5", "0.5"),
     ("12.345.678", "12345678"), (" 7 ", "7"), ("-3", "-3"), ("\u22123", "-3"), ("95,5%", "95.5"), ("95,5 %", "95.5")],
)
def test_vietnamese_spelling_reads_as_meant(text: str, value: str) -> None:
    assert read_number(text) == Decimal(value)


def test_a_percent_sign_is_noticed() -> None:
    number = read("95,5%")
    assert number is not None and number.percent and number.value == Decimal("95.5")
    assert not read("95,5").percent  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["", "   ", None])
def test_nothing_written_is_none(text: str | None) -> None:
    assert read_number(text) is None


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [("95.5", "95,5"), ("1.25", "1,25"), ("1,250.5", "1.250,5"), ("95.50", "95,5"), ("1.2345", "1,2345")],
)
def test_the_english_convention_is_refused_with_the_vietnamese_spelling(text: str, suggestion: str) -> None:
    with pytest.raises(NumberReadError) as caught:
        read_number(text)
    assert caught.value.suggestion == suggestion


@pytest.mark.parametrize("text", ["abc", "inf", "nan", "1E30", "1e3", "1 250", "١٢", "１２", "12a", "1.250.5", "--1"])
def test_what_is_no_number_is_refused(text: str) -> None:
    with pytest.raises(NumberReadError):
        read_number(text)


@given(st.decimals(allow_nan=False, allow_infinity=False, places=4, min_value=-10**12, max_value=10**12))
def test_what_an_editor_shows_reads_back_as_the_same_value(value: Decimal) -> None:
    assert read_number(edit_text(value)) == value


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12))
def test_a_stored_float_shown_and_committed_unchanged_is_the_same_float(value: float) -> None:
    assert float(read_number(edit_text(value))) == value  # type: ignore[arg-type]


def test_shown_values() -> None:
    assert [edit_text(v) for v in (1250, 95.5, Decimal("1250.125"), 0.0, -0.0, None)] == [
        "1.250", "95,5", "1.250,125", "0", "0", ""]


def test_printable_text_keeps_breaks_and_drops_controls() -> None:
    from tthc_desktop.domain.text import printable

    assert printable("a\x0bb\x00c\x07d\r\ne\x0cf\u2028g\tz\x7f") == "a\nbcd\ne\nf\ng\tz"
    assert printable("Ho\u0300a") == "Hòa"


def test_huge_numbers_are_read_and_shown_exactly_never_an_unexpected_error() -> None:
    """babel's strict check re-formats the value in the default 28-digit context: 31 digits used to raise
    decimal.InvalidOperation (an "unexpected error" for the clerk); now they read, and the bounds refuse them."""
    thirty_one = "1" + ".000" * 10
    assert read_number(thirty_one) == Decimal("1e30")
    assert edit_text(1e30) == thirty_one and edit_text(Decimal("1e30")) == thirty_one
    assert read_number(edit_text(1e200)) == Decimal("1e200")
    with pytest.raises(NumberReadError):
        read_number("9" * 500)  # a paste, not a figure


def test_a_stored_value_that_is_no_number_shows_as_a_sign_not_an_error() -> None:
    assert [edit_text(v) for v in (float("inf"), float("-inf"), float("nan"))] == ["\u221e", "-\u221e", "NaN"]
    with pytest.raises(NumberReadError):
        read_number("\u221e")
