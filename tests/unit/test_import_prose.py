"""Plans written as prose (issue 15 item 4): tasks from numbered paragraphs and bullets, their particulars from
lines, from words inside their text and from a unit in brackets; the plan's other sections untouched."""

from __future__ import annotations

from tthc_desktop.importers import import_text
from tthc_desktop.importers.prose import particular

TEXT = "\n".join([
    "KẾ HOẠCH", "Kiểm soát thủ tục hành chính năm 2026",
    "I. MỤC ĐÍCH, YÊU CẦU", "- Nâng cao chất lượng.",
    "II. CÁC NHIỆM VỤ, GIẢI PHÁP",
    "Cụ thể như sau:",
    "- Rà soát, công bố TTHC (Văn phòng - Thống kê chủ trì; thời gian: Quý II).",
    "- Tiếp nhận phản ánh, kiến nghị; Đơn vị chủ trì: Công chức Tư pháp - Hộ tịch; Thời gian: Thường xuyên.",
    "1. Số hóa hồ sơ; Đơn vị thực hiện: Bộ phận Một cửa; Thời gian: Hằng tháng.",
    "2. Tập huấn nghiệp vụ cho công chức (Văn phòng).",
    "3. Kiểm tra việc thực hiện:",
    "- Kiểm tra tại Bộ phận Một cửa.",
    "- Kết quả dự kiến: Thông báo kết luận.",
    "- Đơn vị phối hợp: Công an xã; Quân sự xã.",
    "- Thời hạn hoàn thành: Sau quý III.",
    "III. TỔ CHỨC THỰC HIỆN", "1. Văn phòng - Thống kê: chủ trì, theo dõi.",
])


def test_tasks_and_their_particulars_from_prose() -> None:
    result = import_text(TEXT)
    outline = result.plan["outline"]
    assert [(n["kind"], n["label"], n["text"], n["lead_units"], n["cooperating_units"], n["expected_result"],
             n["schedule_text"], n["schedule"]) for n in outline] == [
        ("task", None, "Rà soát, công bố TTHC", ["Văn phòng - Thống kê"], [], None, "Quý II",
         {"kind": "due", "due": "2026-06-30"}),
        ("task", None, "Tiếp nhận phản ánh, kiến nghị", ["Công chức Tư pháp - Hộ tịch"], [], None, "Thường xuyên",
         {"kind": "ongoing"}),
        ("task", "1", "Số hóa hồ sơ", ["Bộ phận Một cửa"], [], None, "Hằng tháng",
         {"kind": "recurring", "every": "month", "day": None, "also": []}),
        ("task", "2", "Tập huấn nghiệp vụ cho công chức", ["Văn phòng"], [], None, None, {"kind": "unknown"}),
        ("task", "3", "Kiểm tra việc thực hiện:\n- Kiểm tra tại Bộ phận Một cửa.", [], ["Công an xã; Quân sự xã"],
         "Thông báo kết luận", "Sau quý III", {"kind": "unknown"}),
    ]
    [notice] = [n for n in result.notices if n.kind == "schedule_unknown"]
    lines = {line.where: line.text for line in result.source}
    assert lines[notice.where] == "- Thời hạn hoàn thành: Sau quý III."  # marked where it was written
    sections = result.plan["documents"][0]["sections"]
    assert [(s["label"], s["text"], [c["text"] for c in s["children"]]) for s in sections] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU", ["Nâng cao chất lượng."]),
        ("II", "CÁC NHIỆM VỤ, GIẢI PHÁP", ["Cụ thể như sau:"]),  # the introduction stays in the plan's text
        ("III", "TỔ CHỨC THỰC HIỆN", ["Văn phòng - Thống kê: chủ trì, theo dõi."]),
    ]


def test_the_words_of_a_particular() -> None:
    assert particular("- Đơn vị chủ trì: Văn phòng.") == ("lead_units", "Văn phòng")
    assert particular("Cơ quan phối hợp: Công an xã") == ("cooperating_units", "Công an xã")
    assert particular("+ Thời gian thực hiện: Quý I") == ("schedule", "Quý I")
    assert particular("Sản phẩm dự kiến: Báo cáo") == ("expected_result", "Báo cáo")
    assert particular("Bộ phận thực hiện: Văn phòng") == ("lead_units", "Văn phòng")
    assert particular("Mục tiêu: 100% TTHC") == ("objective", "100% TTHC")
    assert particular("Căn cứ: Nghị định 63") is None
    assert particular("Văn phòng - Thống kê: chủ trì, theo dõi") is None
