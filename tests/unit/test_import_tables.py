"""Every table read as what it is (issue 15 item 1): tasks, indicators with their comparators, a schedule of
inspections or events, or another table left out; a table whose kind is unclear is flagged, and the clerk's
choice of kind (by table number) is read back."""

from __future__ import annotations

import pytest

from tthc_desktop.importers import import_text

WARD = "\n".join([
    "ỦY BAN NHÂN DÂN", "PHƯỜNG HÒA KHÁNH", "Số: 07/KH-UBND", "Hòa Khánh, ngày 12 tháng 01 năm 2026",
    "KẾ HOẠCH", "Kiểm soát thủ tục hành chính năm 2026 trên địa bàn phường Hòa Khánh",
    "Căn cứ Kế hoạch số 15/KH-UBND ngày 05/01/2026 của UBND thành phố;",
    "I. MỤC ĐÍCH, YÊU CẦU", "- Bảo đảm các chỉ tiêu được giao.",
    "II. CHỈ TIÊU VÀ NHIỆM VỤ", "Chỉ tiêu tại Phụ lục I, nhiệm vụ tại Phụ lục II kèm theo.",
    "Nơi nhận:", "- UBND thành phố;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phan Văn Đức",
    "Phụ lục I", "GIAO CHỈ TIÊU KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2026", "",
    "STT\tNội dung\tĐơn vị tính\tMục tiêu năm 2026\tCơ sở pháp lý\tBộ phận thực hiện",
    "1\tTỷ lệ hồ sơ giải quyết đúng hạn\t%\tTối thiểu 98\tNghị quyết số 02/NQ-CP\tBộ phận Một cửa",
    "2\tTỷ lệ hồ sơ trực tuyến\t%\t≥ 60\tKế hoạch số 15/KH-UBND\tBộ phận Một cửa",
    "3\tSố hồ sơ trễ hạn\thồ sơ\tTối đa 5\tKế hoạch số 15/KH-UBND\tVăn phòng",
    "4\tTỷ lệ công khai TTHC\t%\t100%\tThông tư số 02/2017/TT-VPCP\tVăn phòng",
    "",
    "Phụ lục II", "NHIỆM VỤ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2026", "",
    "STT\tNội dung công việc\tPhân công thực hiện\t\tSản phẩm\tThời hạn",
    "\t\tChủ trì\tPhối hợp\t\t",
    "A\tCông bố, công khai TTHC\t\t\t\t",
    "1\tNiêm yết TTHC tại Bộ phận Một cửa\tVăn phòng\tCác bộ phận\tTTHC được niêm yết\tQuý I",
    "B\tKiểm tra\t\t\t\t",
    "2\tTự kiểm tra hoạt động kiểm soát TTHC\tVăn phòng\t\tBáo cáo kiểm tra\tTháng 11",
])


def test_a_ward_plan_with_an_indicator_appendix_and_a_task_appendix() -> None:
    result = import_text(WARD)
    plan = result.plan
    assert [(t.number, t.kind, t.doubtful) for t in result.tables] == [(1, "indicators", False), (2, "tasks", False)]
    assert [(i["label"], i["name"], i["unit"], i["comparator"], i["target"], i["basis"], i["lead_units"])
            for i in plan["indicators"]] == [
        ("1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", ">=", 98.0, "Nghị quyết số 02/NQ-CP", ["Bộ phận Một cửa"]),
        ("2", "Tỷ lệ hồ sơ trực tuyến", "%", ">=", 60.0, "Kế hoạch số 15/KH-UBND", ["Bộ phận Một cửa"]),
        ("3", "Số hồ sơ trễ hạn", "hồ sơ", "<=", 5.0, "Kế hoạch số 15/KH-UBND", ["Văn phòng"]),
        ("4", "Tỷ lệ công khai TTHC", "%", "=", 100.0, "Thông tư số 02/2017/TT-VPCP", ["Văn phòng"]),
    ]
    assert [(c["key"], c["title"]) for c in plan["indicator_columns"]] == [
        ("stt", "STT"), ("name", "Nội dung"), ("unit", "Đơn vị tính"), ("target", "Mục tiêu năm 2026"),
        ("basis", "Cơ sở pháp lý"), ("units", "Bộ phận thực hiện")]
    [a, b] = plan["outline"]
    assert (a["label"], a["text"], b["label"], b["text"]) == ("A", "Công bố, công khai TTHC", "B", "Kiểm tra")
    [first] = a["children"]
    assert (first["label"], first["text"], first["lead_units"], first["cooperating_units"],
            first["expected_result"], first["schedule"]) == (
        "1", "Niêm yết TTHC tại Bộ phận Một cửa", ["Văn phòng"], ["Các bộ phận"], "TTHC được niêm yết",
        {"kind": "due", "due": "2026-03-31"})
    [second] = b["children"]
    assert (second["label"], second["lead_units"], second["schedule"]) == (
        "2", ["Văn phòng"], {"kind": "due", "due": "2026-11-30"})
    assert plan["indicator_appendix_title"] == "GIAO CHỈ TIÊU KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2026"
    assert plan["task_appendix_title"] == "NHIỆM VỤ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2026"


EVENTS = "\n".join([
    "KẾ HOẠCH", "Kiểm tra công tác kiểm soát thủ tục hành chính năm 2026",
    "STT\tNội dung công việc\tKết quả\tCơ quan thực hiện\tThời gian thực hiện",
    "1\tBan hành kế hoạch kiểm tra\tKế hoạch\tVăn phòng\tQuý I",
    "",
    "Phụ lục", "LỊCH KIỂM TRA NĂM 2026", "",
    "STT\tĐơn vị được kiểm tra\tThời gian kiểm tra\tNội dung kiểm tra\tThành phần đoàn kiểm tra",
    "1\tBộ phận Một cửa phường\tTháng 5/2026\tViệc tiếp nhận, giải quyết hồ sơ\tVăn phòng; Tư pháp - Hộ tịch",
    "2\tCông chức Địa chính - Xây dựng\tTừ 8 giờ 00 ngày 12 tháng 10\tViệc niêm yết TTHC\tVăn phòng",
])


def test_a_schedule_of_inspections_becomes_tasks_with_their_dates() -> None:
    result = import_text(EVENTS)
    assert [(t.kind, t.doubtful) for t in result.tables] == [("tasks", False), ("events", False)]
    task, group = result.plan["outline"]
    assert task["text"] == "Ban hành kế hoạch kiểm tra"
    assert (group["kind"], group["label"], group["text"]) == ("group", None, "LỊCH KIỂM TRA NĂM 2026")
    first, second = group["children"]
    assert (first["label"], first["text"], first["lead_units"], first["schedule_text"], first["schedule"]) == (
        "1", "Bộ phận Một cửa phường: Việc tiếp nhận, giải quyết hồ sơ", ["Văn phòng; Tư pháp - Hộ tịch"],
        "Tháng 5/2026", {"kind": "due", "due": "2026-05-31"})
    assert (second["text"], second["schedule"]) == (
        "Công chức Địa chính - Xây dựng: Việc niêm yết TTHC", {"kind": "due", "due": "2026-10-12"})
    # the row sources walk the group too: one entry per outline row
    assert len(result.row_sources) == 4


OTHER = "\n".join([
    "KẾ HOẠCH", "Rà soát thủ tục hành chính năm 2026",
    "STT\tNội dung công việc\tKết quả\tCơ quan thực hiện\tThời gian thực hiện",
    "1\tRà soát TTHC lĩnh vực hộ tịch\tBáo cáo\tTư pháp - Hộ tịch\tQuý II",
    "",
    "Phụ lục", "DANH MỤC THỦ TỤC HÀNH CHÍNH RÀ SOÁT", "",
    "STT\tTên thủ tục hành chính\tLĩnh vực\tMức độ dịch vụ công",
    "1\tĐăng ký khai sinh\tHộ tịch\tToàn trình",
    "2\tChứng thực bản sao\tChứng thực\tMột phần",
])


def test_a_table_of_another_kind_is_left_out_with_a_notice_and_can_be_assigned() -> None:
    result = import_text(OTHER)
    assert [(t.number, t.kind, t.doubtful, t.rows) for t in result.tables] == [
        (1, "tasks", False, 1), (2, "other", True, 2)]
    assert [t["text"] for t in result.plan["outline"]] == ["Rà soát TTHC lĩnh vực hộ tịch"]
    assert "table_other" in result.kinds()
    chosen = import_text(OTHER, table_kinds={2: "tasks"})
    assert chosen.tables[1].kind == "tasks" and chosen.tables[1].by_clerk and not chosen.tables[1].doubtful
    assert [(t["label"], t["text"]) for t in chosen.plan["outline"]] == [
        ("1", "Rà soát TTHC lĩnh vực hộ tịch"), ("1", "Đăng ký khai sinh"), ("2", "Chứng thực bản sao")]


UNCLEAR = "\n".join([
    "KẾ HOẠCH", "Tuyên truyền về cải cách thủ tục hành chính năm 2026",
    "STT\tNội dung\tThời gian\tĐơn vị thực hiện",
    "1\tTuyên truyền trên loa truyền thanh\tHằng tháng\tĐài truyền thanh",
    "2\tPhát tờ rơi\tQuý II\tVăn phòng",
])


def test_a_table_whose_words_do_not_settle_its_kind_is_flagged_and_the_clerk_decides() -> None:
    result = import_text(UNCLEAR)
    [table] = result.tables
    assert table.kind == "tasks" and table.doubtful and not table.by_clerk
    assert "table_kind_doubtful" in result.kinds()
    assert [t["schedule"]["kind"] for t in result.plan["outline"]] == ["recurring", "due"]
    events = import_text(UNCLEAR, table_kinds={1: "events"})
    assert events.tables[0].kind == "events" and not events.tables[0].doubtful
    assert "table_kind_doubtful" not in events.kinds()
    assert [(t["text"], t["lead_units"]) for t in events.plan["outline"]] == [
        ("Tuyên truyền trên loa truyền thanh", ["Đài truyền thanh"]), ("Phát tờ rơi", ["Văn phòng"])]
    indicators = import_text(UNCLEAR, table_kinds={1: "indicators"})
    assert indicators.plan["outline"] == [] and [i["name"] for i in indicators.plan["indicators"]] == [
        "Tuyên truyền trên loa truyền thanh", "Phát tờ rơi"]


@pytest.mark.parametrize(("target", "notice"), [("95.5", "number_refused"), ("60 - 70%", "figure_ambiguous")])
def test_a_figure_the_number_reader_refuses_is_a_notice_not_a_guess(target: str, notice: str) -> None:
    text = "\n".join([
        "Phụ lục", "CHỈ TIÊU NĂM 2026",
        "STT\tNội dung chỉ tiêu\tĐơn vị tính\tChỉ tiêu năm 2026",
        f"1\tTỷ lệ hồ sơ đúng hạn\t%\t{target}",
    ])
    result = import_text(text)
    [indicator] = result.plan["indicators"]
    [found] = [n for n in result.notices if n.kind == notice]
    assert found.where == "line 4"
    if notice == "number_refused":
        assert indicator["target"] is None and "95,5" in found.message
    else:
        assert indicator["target"] == 60.0
