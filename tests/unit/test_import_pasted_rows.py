"""Rows pasted from Word, Excel or LibreOffice (importers/pasted_rows.py): the clipboard's text or HTML in, rows and
plan-JSON task nodes out, with no database; the service says a refusal in the clerk's words, and the nodes are
plan JSON the app stores as it stores an imported plan."""

from __future__ import annotations

import pytest

from tthc_desktop.errors import DataError
from tthc_desktop.importers import pasted_rows as importer
from tthc_desktop.importers.pasted_rows import PasteError, read_rows, read_table, task_node, task_nodes
from tthc_desktop.services import pasted_rows
from tthc_desktop.services.registry import Services

# Excel's plain text: tabs, CRLF, a cell with line breaks quoted, a quote inside it doubled.
EXCEL_TEXT = ('STT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\r\n'
              '1\t"Rà soát, công bố danh mục TTHC\r\ntheo ""Kế hoạch"" của huyện"\tVăn phòng - Thống kê\t'
              'Công an xã; Tư pháp - Hộ tịch\tQuý I/2026\r\n'
              '2\tNiêm yết công khai TTHC tại Bộ phận Một cửa\tVăn phòng - Thống kê\t\tThường xuyên\r\n')
# Word's HTML: paragraphs inside cells, a non-breaking space, an entity, decomposed accents.
WORD_HTML = ('<html><body><table class=MsoTableGrid border=1>'
             '<tr><td><p class=MsoNormal>STT</p></td><td><p>Nội dung</p></td><td><p>Kết quả</p></td>'
             '<td><p>Đơn vị thực hiện</p></td><td><p>Thời gian</p></td></tr>'
             '<tr><td><p>1</p></td><td><p>Tuyên truyền&nbsp;về cải cách TTHC</p>'
             '<p>trên loa truyền thanh</p></td><td><p>Tin, bài &amp; ảnh</p></td>'
             '<td><p>- Văn hóa - Xã hội (chủ trì)</p><p>- Đoàn Thanh niên (phối hợp)</p></td>'
             '<td><p>Hằng tha\u0301ng</p></td></tr></table></body></html>')
# Excel's HTML: styled cells, <br> inside a cell, an empty row between rows.
EXCEL_HTML = ('<table border=0 cellpadding=0 cellspacing=0 width=600><col width=64>'
              '<tr height=20><td class=xl65 height=20>a)</td><td class=xl66 style="white-space:normal">'
              'Kiểm tra việc giải quyết hồ sơ<br>đúng hạn</td><td>Quý II</td></tr>'
              '<tr height=20><td></td><td></td><td></td></tr>'
              '<tr height=20><td class=xl65>b)</td><td class=xl66>Xin lỗi người dân khi trễ hạn</td>'
              '<td>Khi phát sinh</td></tr></table>')


def test_excel_text_with_a_header_row_maps_columns_by_their_titles() -> None:
    table = read_table(EXCEL_TEXT)
    assert table.header == ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    assert table.mapping == ["label", "text", "lead_units", "cooperating_units", "schedule_text"]
    first, second = task_nodes(table.rows, table.mapping)
    assert first == {"kind": "task", "label": None,
                     "text": 'Rà soát, công bố danh mục TTHC\ntheo "Kế hoạch" của huyện',
                     "lead_units": ["Văn phòng - Thống kê"], "cooperating_units": ["Công an xã; Tư pháp - Hộ tịch"],
                     "schedule_text": "Quý I/2026", "children": []}
    assert "cooperating_units" not in second and second["schedule_text"] == "Thường xuyên"


def test_word_html_keeps_a_cells_paragraphs_and_reads_roles_in_a_units_cell() -> None:
    table = read_table("1\tTuyên truyền về cải cách TTHC trên loa truyền thanh", WORD_HTML)  # the HTML wins
    assert table.mapping == ["label", "text", "expected_result", "units", "schedule_text"]
    (node,) = task_nodes(table.rows, table.mapping)
    assert node["text"] == "Tuyên truyền về cải cách TTHC\ntrên loa truyền thanh"
    assert node["expected_result"] == "Tin, bài & ảnh"
    assert (node["lead_units"], node["cooperating_units"]) == (["Văn hóa - Xã hội"], ["Đoàn Thanh niên"])
    assert node["schedule_text"] == "Hằng tháng"  # NFC


def test_rows_without_a_header_are_read_by_position_labelled_or_not() -> None:
    table = read_table(None, EXCEL_HTML)
    assert table.header is None and len(table.rows) == 2  # the empty row dropped
    assert table.mapping == ["label", "text", "schedule_text"]  # "Quý II" is read as the deadline it is
    assert table.rows[0] == ["a)", "Kiểm tra việc giải quyết hồ sơ\nđúng hạn", "Quý II"]
    unlabelled = read_table("Cập nhật hồ sơ lên Cổng\tHồ sơ được cập nhật\tVăn phòng\tQuý III\n")
    assert unlabelled.mapping == ["text", "expected_result", "units", "schedule_text"]
    assert task_node(unlabelled.rows[0], unlabelled.mapping)["lead_units"] == ["Văn phòng"]


def test_a_headerless_deadline_column_is_found_by_its_cells_and_the_unit_column_before_it() -> None:
    """Task | unit | deadline copied from Word without a header: the deadline went to "units" and the unit to
    "result" by position alone; the cells that read as deadlines say which column is the schedule."""
    table = read_table("Công khai TTHC mới\tVăn phòng UBND xã\tQuý I/2027\n"
                       "Kiểm tra việc giải quyết hồ sơ\tCông chức Tư pháp\tTrước ngày 15/6/2027\n")
    assert table.mapping == ["text", "units", "schedule_text"]
    node = task_node(table.rows[1], table.mapping)
    assert node["lead_units"] == ["Công chức Tư pháp"] and node["schedule_text"] == "Trước ngày 15/6/2027"
    wide = read_table("1\tRà soát TTHC\tBáo cáo\tVăn phòng\tThường xuyên\tghi chú\n")
    assert wide.mapping == ["label", "text", "expected_result", "units", "schedule_text", "ignore"]  # as before
    late = read_table("Rà soát\tBáo cáo\tVăn phòng\tTư pháp\tQuý II\n")
    assert late.mapping == ["text", "expected_result", "lead_units", "cooperating_units", "schedule_text"]


def test_the_clerks_mapping_decides_and_a_label_column_is_left_to_automatic_numbering() -> None:
    table = read_table("7\tTổ chức hội nghị\tGhi chú riêng\n")
    node = task_node(table.rows[0], ["label", "objective", "note"])
    assert node == {"kind": "task", "label": None, "text": "", "objective": "Tổ chức hội nghị",
                    "note": "Ghi chú riêng", "children": []}


def test_control_characters_and_spaces_never_reach_a_node() -> None:
    node = task_node(read_rows("1\tCông\x0b khai\x07  TTHC\x00\tQuý\u00a0I\n")[0],
                     ["label", "text", "schedule_text"])
    assert (node["text"], node["schedule_text"]) == ("Công\nkhai TTHC", "Quý I")


@pytest.mark.parametrize(("text", "kind", "figures", "words"), [
    ("x" * (importer.MAX_CHARS + 1), "paste_too_long", {"size": importer.MAX_CHARS + 1}, "2.000.001 ký tự"),
    ("Rà soát\n" * (importer.MAX_ROWS + 1), "paste_too_many_rows", {"count": 2001, "limit": 2000}, "2001 dòng"),
    ("\n\t\n  \n", "paste_no_rows", {}, "không có dòng"),
])
def test_what_cannot_be_taken_is_refused_and_said_in_words(text: str, kind: str, figures: dict[str, int],
                                                           words: str) -> None:
    with pytest.raises(PasteError) as refused:
        read_table(text)
    assert (refused.value.kind, refused.value.figures) == (kind, figures)
    with pytest.raises(DataError) as said:
        pasted_rows.read(text)
    assert words in str(said.value).lower() or words in str(said.value)


def test_pasted_nodes_are_plan_json_the_app_stores(services: Services, demo_plan_id: int) -> None:
    table = read_table(EXCEL_TEXT)
    data = services.plans.export_json(demo_plan_id)
    data["outline"] = [{"kind": "group", "label": "I", "text": "Nhiệm vụ dán vào",
                        "children": task_nodes(table.rows, table.mapping)}]
    created = services.plans.create_from_json(data)
    (group,) = services.outline.tree(created.id)
    first, second = group.children
    assert first.text.startswith("Rà soát") and first.lead_units == ("Văn phòng - Thống kê",)
    assert first.cooperating_units == ("Công an xã; Tư pháp - Hộ tịch",) and second.schedule_text == "Thường xuyên"
    # and as the Plan editor stores them, one row at a time
    text, fields = pasted_rows.insert_fields(task_nodes(table.rows, table.mapping)[0])
    assert text == first.text and fields == {"lead_units": ["Văn phòng - Thống kê"],
                                             "cooperating_units": ["Công an xã; Tư pháp - Hộ tịch"],
                                             "schedule_text": "Quý I/2026"}
