"""Vietnamese formatting: the date rule of Nghị định 30/2020, numbers, labels, dictionary order and search."""

from __future__ import annotations

import datetime
import random
import re
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from tthc_desktop.domain.vnformat import (
    BLANK,
    date_line,
    fold,
    letter,
    number,
    number_line,
    percent,
    roman,
    short_date,
    sort_key,
)

# Written out by hand, not computed: the rule is "day below 10 padded; months 1 and 2 padded, others not".
DAYS = ("01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31").split()
MONTHS = {1: "01", 2: "02", 3: "3", 4: "4", 5: "5", 6: "6", 7: "7", 8: "8", 9: "9", 10: "10", 11: "11", 12: "12"}
LAST_DAY_2025 = {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


# --- the date line ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("year", "month", "day", "expected"),
    [
        (2026, 1, 5, "ngày 05 tháng 01 năm 2026"),
        (2023, 2, 3, "ngày 03 tháng 02 năm 2023"),
        (2025, 6, 29, "ngày 29 tháng 6 năm 2025"),
        (2025, 11, 15, "ngày 15 tháng 11 năm 2025"),
    ],
)
def test_the_examples_of_the_format_document(year: int, month: int, day: int, expected: str) -> None:
    assert date_line("Hành Dũng", year, month, day) == f"Hành Dũng, {expected}"


def test_the_header_example() -> None:
    assert date_line("Hành Dũng", 2025, 3, 3) == "Hành Dũng, ngày 03 tháng 3 năm 2025"


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_follows_the_month_rule(month: int) -> None:
    assert date_line("Hành Dũng", 2025, month, 15) == f"Hành Dũng, ngày 15 tháng {MONTHS[month]} năm 2025"
    last = LAST_DAY_2025[month]
    assert date_line("Hành Dũng", 2025, month, last) == f"Hành Dũng, ngày {last} tháng {MONTHS[month]} năm 2025"


@pytest.mark.parametrize("day", range(1, 32))
@pytest.mark.parametrize("month", [1, 3, 12])
def test_every_day_follows_the_day_rule(day: int, month: int) -> None:
    expected = f"Thống Nhất, ngày {DAYS[day - 1]} tháng {MONTHS[month]} năm 2024"
    assert date_line("Thống Nhất", 2024, month, day) == expected


@pytest.mark.parametrize("value", [10, 11, 12, 19, 20, 28, 31])
def test_numbers_from_ten_are_not_padded(value: int) -> None:
    line = date_line("X", 2025, 12 if value > 12 else value, value)
    assert f"ngày {value} " in line
    assert "ngày 0" not in line
    assert "tháng 0" not in line


def test_the_leap_day_exists_only_in_leap_years() -> None:
    assert date_line("X", 2024, 2, 29) == "X, ngày 29 tháng 02 năm 2024"
    with pytest.raises(ValueError):
        date_line("X", 2025, 2, 29)


def test_a_draft_leaves_the_day_blank() -> None:
    assert BLANK == " " * 6
    assert date_line("Hành Dũng", 2026, 2) == "Hành Dũng, ngày      tháng 02 năm 2026"


def test_a_draft_leaves_day_and_month_blank() -> None:
    assert date_line("Hành Dũng", 2026) == "Hành Dũng, ngày      tháng      năm 2026"


def test_a_draft_may_leave_the_year_blank_too() -> None:
    assert date_line("Hành Dũng", None) == "Hành Dũng, ngày      tháng      năm      "
    assert date_line("Hành Dũng", None, 2, 29) == "Hành Dũng, ngày 29 tháng 02 năm      "


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [(2025, 2, 31), (2025, 2, 29), (2024, 2, 30), (2025, 4, 31), (2025, 6, 31), (2025, 9, 31), (2025, 11, 31),
     (2025, 13, 1), (2025, 0, 1), (2025, 1, 0), (2025, 1, 32), (2025, 1, -1), (None, 2, 30), (None, None, 32),
     (2025, 13, None), (0, 1, 1)],
)
def test_an_impossible_date_is_refused(year: int | None, month: int | None, day: int | None) -> None:
    with pytest.raises(ValueError, match=r"\S"):
        date_line("Hành Dũng", year, month, day)


def test_the_date_line_is_nfc_when_the_place_is_not() -> None:
    line = date_line(nfd("Hành Dũng"), 2025, 3, 3)
    assert line == "Hành Dũng, ngày 03 tháng 3 năm 2025"
    assert is_nfc(line)


@given(st.dates(min_value=datetime.date(1000, 1, 1)))
def test_every_date_line_reads_back_as_its_date(d: datetime.date) -> None:
    line = date_line("Hành Dũng", d.year, d.month, d.day)
    match = re.fullmatch(r"Hành Dũng, ngày (\d\d) tháng (0[12]|[3-9]|1[0-2]) năm (\d{4})", line)
    assert match is not None
    assert datetime.date(int(match[3]), int(match[2]), int(match[1])) == d


# --- short dates and number lines ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (datetime.date(2025, 3, 3), "03/3/2025"),
        (datetime.date(2008, 2, 14), "14/02/2008"),
        (datetime.date(2010, 6, 8), "08/6/2010"),
        (datetime.date(2022, 1, 6), "06/01/2022"),
        (datetime.date(2022, 6, 24), "24/6/2022"),
        (datetime.date(2021, 12, 6), "06/12/2021"),
        (datetime.date(2017, 10, 31), "31/10/2017"),
    ],
)
def test_short_dates_as_the_seed_documents_write_them(d: datetime.date, expected: str) -> None:
    assert short_date(d) == expected


@pytest.mark.parametrize("month", range(1, 13))
def test_short_dates_follow_the_month_rule(month: int) -> None:
    assert short_date(datetime.date(2025, month, 1)) == f"01/{MONTHS[month]}/2025"


@pytest.mark.parametrize(
    ("value", "symbol", "expected"),
    [(5, "KH-UBND", "Số: 05/KH-UBND"), (48, "QĐ-UBND", "Số: 48/QĐ-UBND"), (125, "QĐ-UBND", "Số: 125/QĐ-UBND"),
     (None, "KH-UBND", "Số:      /KH-UBND"), (None, "QĐ-UBND", "Số:      /QĐ-UBND")],
)
def test_number_lines(value: int | None, symbol: str, expected: str) -> None:
    assert number_line(value, symbol) == expected


def test_a_number_line_is_nfc_and_never_zero() -> None:
    line = number_line(48, nfd("QĐ-UBND"))
    assert line == "Số: 48/QĐ-UBND"
    assert is_nfc(line)
    with pytest.raises(ValueError):
        number_line(0, "QĐ-UBND")


# --- numbers and percentages -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("value", "expected"),
    [(1250, "1.250"), (1_250_000, "1.250.000"), (95.5, "95,5"), (100, "100"), (100.0, "100"), (0, "0"),
     (-1250.5, "-1.250,5"), (-3, "-3"), (999, "999"), (0.5, "0,5")],
)
def test_numbers_in_vietnamese_style(value: float, expected: str) -> None:
    assert number(value) == expected


def test_numbers_round_half_up() -> None:
    assert number(95.55) == "95,6"
    assert number(95.45) == "95,5"
    assert number(95.549) == "95,5"
    assert number(2.5, max_decimals=0) == "3"
    assert number(1234.5678, max_decimals=2) == "1.234,57"
    assert number(-0.04) == "0"


@pytest.mark.parametrize(
    ("value", "expected"),
    [(95.5, "95,5%"), (100, "100%"), (100.0, "100%"), (60, "60%"), (0.5, "0,5%"), (95.55, "95,6%"), (1250, "1.250%")],
)
def test_percentages(value: float, expected: str) -> None:
    assert percent(value) == expected


def test_a_stored_value_that_is_no_number_or_huge_still_prints() -> None:
    """An older file may hold ∞, NaN or 1e308: a report prints them (the checks flag them), it never fails."""
    assert [number(v) for v in (float("inf"), float("-inf"), float("nan"), Decimal("Infinity"))] == [
        "\u221e", "-\u221e", "NaN", "\u221e"]
    assert percent(float("inf")) == "\u221e%"
    assert number(1e30) == "1." + ".".join(["000"] * 10)
    assert number(1e308).startswith("100.000.000.") and number(-1e308).startswith("-100.000.")
    assert number(Decimal("1e400"), 3).count(".") == 133
    with pytest.raises(ValueError):
        number(1, max_decimals=-1)


# --- Roman numerals and letters --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, "I"), (2, "II"), (3, "III"), (4, "IV"), (5, "V"), (9, "IX"), (10, "X"), (11, "XI"), (14, "XIV"),
     (19, "XIX"), (40, "XL"), (90, "XC"), (400, "CD"), (1994, "MCMXCIV"), (2026, "MMXXVI"), (3999, "MMMCMXCIX")],
)
def test_roman_numerals(n: int, expected: str) -> None:
    assert roman(n) == expected


@pytest.mark.parametrize("n", [0, -1, 4000])
def test_roman_numerals_out_of_range(n: int) -> None:
    with pytest.raises(ValueError):
        roman(n)


def test_roman_numerals_are_distinct() -> None:
    assert len({roman(n) for n in range(1, 4000)}) == 3999


def read_roman(text: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for here, after in zip(text, text[1:] + " ", strict=True):
        total += -values[here] if values.get(after, 0) > values[here] else values[here]
    return total


@given(st.integers(min_value=1, max_value=3999))
def test_roman_numerals_use_only_their_letters_and_read_back(n: int) -> None:
    text = roman(n)
    assert set(text) <= set("IVXLCDM")
    assert read_roman(text) == n


def test_letters_follow_the_vietnamese_alphabet() -> None:
    assert [letter(n, upper=False) for n in range(1, 24)] == list("abcdđeghiklmnopqrstuvxy")
    assert [letter(n) for n in range(1, 8)] == ["A", "B", "C", "D", "Đ", "E", "G"]
    assert letter(5, upper=False) == "đ"
    assert letter(5) == "Đ"
    assert letter(23) == "Y"


def test_letters_have_no_f_j_w_z() -> None:
    labels = {letter(n, upper=False) for n in range(1, 24)}
    assert not labels & {"f", "j", "w", "z"}
    assert letter(6, upper=False) == "e"
    assert letter(7, upper=False) == "g"


def test_letters_past_the_alphabet_and_before_it() -> None:
    assert letter(24) == "AA"
    assert letter(25, upper=False) == "ab"
    assert letter(23 + 23) == "AY"
    assert letter(23 * 24 + 1) == "AAA"
    assert len({letter(n) for n in range(1, 2000)}) == 1999
    with pytest.raises(ValueError):
        letter(0)


def test_the_group_labels_of_the_seeds() -> None:
    assert [letter(n) for n in range(1, 5)] == ["A", "B", "C", "D"]


# --- dictionary order and search -------------------------------------------------------------------------------

def test_the_example_sorts_in_vietnamese_order() -> None:
    names = ["Đông", "Dương", "An", "Ân", "Ăn", "Ba", "bà"]
    assert sorted(names, key=sort_key) == ["An", "Ăn", "Ân", "Ba", "bà", "Dương", "Đông"]


def test_the_letters_sort_in_alphabet_order() -> None:
    alphabet = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n", "o", "ô", "ơ",
                "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y"]
    shuffled = alphabet[::-1]
    assert sorted(shuffled, key=sort_key) == alphabet
    assert sorted([s.upper() for s in shuffled], key=sort_key) == [s.upper() for s in alphabet]


def test_tones_sort_after_the_letters_in_dictionary_order() -> None:
    tones = ["ma", "mà", "mả", "mã", "má", "mạ"]  # ngang, huyền, hỏi, ngã, sắc, nặng
    assert sorted(reversed(tones), key=sort_key) == tones
    assert sorted(["mạch", "mai", "mác"], key=sort_key) == ["mác", "mạch", "mai"]  # letters before tones
    assert sorted(["ấn", "Ân", "ăn"], key=sort_key) == ["ăn", "Ân", "ấn"]


def test_unit_names_sort_in_dictionary_order() -> None:
    expected = [
        "Ban Chỉ huy Quân sự xã",
        "Bộ phận Một cửa",
        "Công an xã",
        "Dân quân tự vệ",
        "Đài Truyền thanh",
        "Đoàn Thanh niên",
        "Hội Cựu chiến binh",
        "Hội Liên hiệp Phụ nữ",
        "Hội Nông dân",
        "Mặt trận Tổ quốc",
        "Thôn 2",
        "Thôn 10",
        "Thôn Đông",
        "Trạm Y tế",
        "Trụ sở",
        "Trường Mầm non",
        "Trường THCS",
        "Trường Tiểu học",
        "Ủy ban Nhân dân",
        "Văn phòng - Thống kê",
        "Văn phòng HĐND và UBND",
    ]
    for seed in range(5):
        shuffled = expected[:]
        random.Random(seed).shuffle(shuffled)
        assert sorted(shuffled, key=sort_key) == expected


def test_lower_case_sorts_before_upper_case_only_when_all_else_is_equal() -> None:
    assert sorted(["Ba", "ba", "BA"], key=sort_key) == ["ba", "Ba", "BA"]
    assert sorted(["ba", "Bà"], key=sort_key) == ["ba", "Bà"]


def test_decomposed_text_sorts_as_composed_text() -> None:
    for word in ["Đông", "Dương", "Ăn", "ấn", "Trường", "mạ"]:
        assert sort_key(nfd(word)) == sort_key(word)


VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyfjwzàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ 0123-."
vietnamese_text = st.text(alphabet=VIETNAMESE + VIETNAMESE.upper(), max_size=12)


@given(vietnamese_text, st.lists(st.sampled_from(["upper", "lower", "title", "swapcase", "capitalize"]), max_size=3))
def test_texts_equal_but_for_case_share_letters_and_tones(text: str, changes: list[str]) -> None:
    other = text
    for change in changes:
        other = getattr(other, change)()
    assume(other.casefold() == text.casefold())
    assert sort_key(other)[:2] == sort_key(text)[:2]
    assert fold(other) == fold(text)


@given(st.text(max_size=8), st.text(max_size=8), st.text(max_size=8))
def test_sort_keys_are_a_total_order(a: str, b: str, c: str) -> None:
    ka, kb, kc = sort_key(a), sort_key(b), sort_key(c)
    assert (ka == kb) == (unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b))
    assert (ka < kb) + (kb < ka) + (ka == kb) == 1
    if ka <= kb and kb <= kc:
        assert ka <= kc


@given(vietnamese_text)
def test_sort_keys_ignore_the_normal_form(text: str) -> None:
    assert sort_key(nfd(text)) == sort_key(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Kiểm soát", "kiem soat"), ("Đ", "d"), ("ĐƯỜNG ĐÔNG", "duong dong"), ("Thủ tục hành chính", "thu tuc hanh chinh"),
     ("Ủy ban", "uy ban"), ("Phường 10", "phuong 10"), ("", "")],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected
    assert fold(nfd(text)) == expected


def test_fold_finds_what_the_clerk_typed() -> None:
    assert fold("kiem soat") in fold("Kế hoạch Kiểm soát thủ tục hành chính năm 2026")
