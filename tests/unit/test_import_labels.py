"""Labels however a clerk types them (issue 15 item 2): in their own cell or at the start of the text, after a tab
or a space; group rows typed without their tabs between the rows of a table."""

from __future__ import annotations

from typing import Any

import pytest

from tthc_desktop.importers import import_text
from tthc_desktop.importers.labels import cell_label, split_label


@pytest.mark.parametrize(("text", "label", "rest"), [
    ("V Kiểm tra công tác", "V", "Kiểm tra công tác"),
    ("V. Kiểm tra", "V", "Kiểm tra"),
    ("V- Kiểm tra", "V", "Kiểm tra"),
    ("V – Kiểm tra", "V", "Kiểm tra"),
    ("V:Kiểm tra", "V", "Kiểm tra"),
    ("IV/ Tiếp nhận", "IV", "Tiếp nhận"),
    ("5. Rà soát", "5", "Rà soát"),
    ("5) Rà soát", "5", "Rà soát"),
    ("(5) Rà soát", "5", "Rà soát"),
    ("05. Rà soát", "05", "Rà soát"),
    ("5\tRà soát", "5", "Rà soát"),
    ("5 Rà soát", "5", "Rà soát"),
    ("1.2 Tập huấn", "1.2", "Tập huấn"),
    ("1.2. Tập huấn", "1.2", "Tập huấn"),
    ("a) Niêm yết", "a", "Niêm yết"),
    ("a. Niêm yết", "a", "Niêm yết"),
    ("đ) Nâng cao", "đ", "Nâng cao"),
    ("c, Đẩy mạnh", "c", "Đẩy mạnh"),
    ("(b) công khai", "b", "công khai"),
    ("B. Thực hiện", "B", "Thực hiện"),
    ("I.Công bố", "I", "Công bố"),
    ("Phần II. RÀ SOÁT", "Phần II", "RÀ SOÁT"),
    ("Mục 3: Kiểm tra", "Mục 3", "Kiểm tra"),
    ("- Văn phòng", "-", "Văn phòng"),
    ("+ Bộ phận Một cửa", "+", "Bộ phận Một cửa"),
    ("• Công chức", "•", "Công chức"),
])
def test_a_label_at_the_start_of_the_text(text: str, label: str, rest: str) -> None:
    found = split_label(text)
    assert found is not None and (found[0].label, found[1]) == (label, rest)


@pytest.mark.parametrize("text", [
    "5 hồ sơ được số hóa", "1.5 triệu đồng", "5.000 hồ sơ", "1/2026 là năm", "E-mail công vụ", "Văn phòng - Thống kê",
    "Tư pháp-Hộ tịch", "Quý I", "MỤC ĐÍCH", "iv) nội dung", "A, B và C", "Quảng Ngãi, ngày 03 tháng 3", "",
])
def test_words_and_figures_are_not_labels(text: str) -> None:
    assert split_label(text) is None


@pytest.mark.parametrize(("cell", "label", "style"), [
    ("V", "V", "roman"), ("V.", "V", "roman"), ("V-", "V", "roman"), ("IV.", "IV", "roman"),
    ("5)", "5", "arabic"), ("10", "10", "arabic"), ("(a)", "a", "lower_letter"), ("a.", "a", "lower_letter"),
    ("1.2.", "1.2", "dotted"), ("A", "A", "upper_letter"), ("-", "-", "bullet"), ("+", "+", "bullet"),
])
def test_a_number_cell(cell: str, label: str, style: str) -> None:
    found = cell_label(cell)
    assert found is not None and (found.label, found.style) == (label, style)


def outline_of(text: str) -> list[Any]:
    def walk(nodes: list[dict[str, Any]]) -> list[Any]:
        return [(n["kind"], n["label"], n["text"], n.get("schedule_text"), walk(n["children"])) for n in nodes]

    return walk(import_text(text).plan["outline"])


def test_group_rows_typed_with_a_space_and_labels_in_every_style() -> None:
    text = "\n".join([
        "KẾ HOẠCH", "Kiểm soát thủ tục hành chính năm 2026", "",
        "STT\tNội dung công việc\tKết quả\tCơ quan thực hiện\tThời gian thực hiện",
        "I Công bố, công khai TTHC",  # a group row whose tabs were lost: a space after its label
        "1\tNiêm yết TTHC\tBộ TTHC\tVăn phòng\tQuý I",
        "2.\tRà soát\tBáo cáo\tVăn phòng\tQuý II",
        "II- Tiếp nhận phản ánh, kiến nghị",
        "3)\tTiếp nhận PAKN\tVăn bản\tVăn phòng\tThường xuyên",
        "\ta) Phân loại PAKN\tSổ theo dõi\tVăn phòng\tHằng tháng",  # its label at the start of its text
        "\tb. Trả lời PAKN\tVăn bản\tVăn phòng\tKhi có phát sinh",
        "V.\tKiểm tra\t\t\t",
        "\t4 Tự kiểm tra nội bộ\tBáo cáo\tVăn phòng\tQuý IV",
        "",
        "III. TỔ CHỨC THỰC HIỆN",
    ])
    assert outline_of(text) == [
        ("group", "I", "Công bố, công khai TTHC", None, [
            ("task", "1", "Niêm yết TTHC", "Quý I", []),
            ("task", "2", "Rà soát", "Quý II", [])]),
        ("group", "II", "Tiếp nhận phản ánh, kiến nghị", None, [
            ("task", "3", "Tiếp nhận PAKN", "Thường xuyên", [
                ("task", "a", "Phân loại PAKN", "Hằng tháng", []),
                ("task", "b", "Trả lời PAKN", "Khi có phát sinh", [])])]),
        ("group", "V", "Kiểm tra", None, [("task", "4", "Tự kiểm tra nội bộ", "Quý IV", [])]),
    ]
