"""The test corpus of plans (issue 15 item 7): twelve plans written for the importers' tests, each as the text a
clerk pastes (<name>.txt) and as a Word file made with Word's features (<name>.docx). Both are committed;
run this script to write them again:

    python tests/data/plans/make_plans.py

Varied on purpose: communes, a ward, a township and a province office; tables and prose; labels typed every way
and labels made by Word's numbering (restarts, overrides, numbering carried by styles, legal numbering);
merged cells; two-level headers; two appendices; an inspection schedule; a table of another kind; two-column
signatures; "-" and "–". What each must import to is written out in tests/unit/test_import_corpus.py.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from writer import Cell, Num, Signature, Source, Table  # noqa: E402

HERE = Path(__file__).resolve().parent
HEADER_TASKS = ["STT", "Nội dung công việc", "Kết quả công việc", "Cơ quan, đơn vị thực hiện", "Thời gian thực hiện"]


def _head(s: Source, issuer: list[str], number: str, date_line: str) -> None:
    s.table(Table([[issuer[0], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                   [issuer[1], "Độc lập - Tự do - Hạnh phúc"],
                   [number, date_line]], borderless=True))


def ward_hoa_khanh() -> Source:
    """A ward plan: Word-numbered sections, an indicator appendix (unit, target, legal basis) and a task appendix
    under a two-level assignment header, a two-column signature table."""
    s = Source()
    s.define("sec", [("upperRoman", "%1.", 1), ("decimal", "%2.", 1)])
    _head(s, ["ỦY BAN NHÂN DÂN", "PHƯỜNG HÒA KHÁNH"], "Số: 07/KH-UBND", "Hòa Khánh, ngày 12 tháng 01 năm 2026")
    s.p("KẾ HOẠCH", bold=True, center=True)
    s.p("Kiểm soát thủ tục hành chính năm 2026 trên địa bàn phường Hòa Khánh", bold=True, center=True)
    s.p("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;")
    s.p("Căn cứ Kế hoạch số 15/KH-UBND ngày 05/01/2026 của UBND thành phố về kiểm soát thủ tục hành chính;")
    s.n(Num("sec", 0, "I.", "MỤC ĐÍCH, YÊU CẦU"))
    s.n(Num("sec", 1, "1.", "Mục đích"))
    s.p("- Bảo đảm hoàn thành các chỉ tiêu được giao.")
    s.n(Num("sec", 1, "2.", "Yêu cầu"))
    s.p("- Các bộ phận thực hiện nghiêm túc, đúng tiến độ.")
    s.n(Num("sec", 0, "II.", "CHỈ TIÊU VÀ NHIỆM VỤ"))
    s.p("Các chỉ tiêu tại Phụ lục I, các nhiệm vụ tại Phụ lục II kèm theo Kế hoạch này.")
    s.n(Num("sec", 0, "III.", "TỔ CHỨC THỰC HIỆN"))
    s.p("Văn phòng HĐND và UBND phường theo dõi, đôn đốc, báo cáo kết quả thực hiện./.")
    s.signature(Signature(["Nơi nhận:", "- UBND thành phố;", "- Đảng ủy phường;", "- Lưu: VT, VP."],
                          ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Phan Văn Đức"]))
    s.p("Phụ lục I", bold=True, center=True)
    s.p("GIAO CHỈ TIÊU KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2026", bold=True, center=True)
    s.table(Table([
        ["STT", "Nội dung", "Đơn vị tính", "Mục tiêu năm 2026", "Cơ sở pháp lý", "Bộ phận thực hiện"],
        ["1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "Tối thiểu 98", "Nghị quyết số 02/NQ-CP",
         "Bộ phận Một cửa"],
        ["2", "Tỷ lệ hồ sơ trực tuyến", "%", "≥ 60", "Kế hoạch số 15/KH-UBND", "Bộ phận Một cửa"],
        ["3", "Số hồ sơ trễ hạn", "hồ sơ", "Tối đa 5", "Kế hoạch số 15/KH-UBND", "Văn phòng"],
        ["4", "Tỷ lệ công khai TTHC", "%", "100%", "Thông tư số 02/2017/TT-VPCP", "Văn phòng"],
    ]))
    s.p("Phụ lục II", bold=True, center=True)
    s.p("NHIỆM VỤ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2026", bold=True, center=True)
    s.table(Table([
        [Cell("STT", rowspan=2), Cell("Nội dung công việc", rowspan=2), Cell("Phân công thực hiện", colspan=2), None,
         Cell("Sản phẩm", rowspan=2), Cell("Thời hạn", rowspan=2)],
        [None, None, "Chủ trì", "Phối hợp", None, None],
        ["A", Cell("Công bố, công khai thủ tục hành chính", colspan=5), None, None, None, None],
        ["1", "Niêm yết TTHC tại Bộ phận Một cửa phường", "Văn phòng", "Các bộ phận chuyên môn",
         "TTHC được niêm yết", "Quý I"],
        ["2", "Đăng tải TTHC trên Trang thông tin điện tử phường", "Văn hóa - Xã hội", "Văn phòng",
         "TTHC được đăng tải", "Thường xuyên"],
        ["B", Cell("Kiểm tra", colspan=5), None, None, None, None],
        ["3", "Tự kiểm tra hoạt động kiểm soát TTHC", "Văn phòng", "", "Báo cáo kiểm tra", "Tháng 11"],
    ]))
    return s


def province_office() -> Source:
    """A province office's plan: its own signer, deadlines wrapped in words, en-dashes in units."""
    s = Source()
    _head(s, ["UBND TỈNH QUẢNG TRỊ", "VĂN PHÒNG"], "Số: 31/KH-VP", "Quảng Trị, ngày 20 tháng 01 năm 2026")
    s.p("KẾ HOẠCH", bold=True, center=True)
    s.p("Kiểm soát thủ tục hành chính năm 2026 của Văn phòng UBND tỉnh", bold=True, center=True)
    s.p("Căn cứ Quyết định số 150/QĐ-UBND ngày 15/01/2026 của UBND tỉnh;")
    s.table(Table([
        ["TT", "Nhiệm vụ", "Sản phẩm", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành"],
        ["I", "Rà soát, đơn giản hóa TTHC", "", "", "", ""],
        ["1", "Xây dựng Kế hoạch rà soát, đánh giá TTHC năm 2026", "Kế hoạch", "Phòng Kiểm soát TTHC",
         "Các phòng thuộc Văn phòng", "Xây dựng kế hoạch chậm nhất ngày 20/02/2026, triển khai trong năm"],
        ["2", "Tổng hợp phương án đơn giản hóa TTHC trình Chủ tịch UBND tỉnh", "Quyết định phê duyệt",
         "Phòng Kiểm soát TTHC", "", "Trước 15/01 năm sau"],
        ["II", "Thông tin, báo cáo", "", "", "", ""],
        ["3", "Báo cáo tình hình kiểm soát TTHC hằng tháng", "Báo cáo tháng", "Trung tâm Phục vụ hành chính công",
         "Phòng Kiểm soát TTHC", "Trước ngày 10 của tháng sau"],
        ["4", "Báo cáo kết quả kiểm soát TTHC", "Báo cáo", "Phòng Kiểm soát TTHC",
         "– Trung tâm Phục vụ hành chính công\n– Phòng Hành chính – Tổ chức",
         "Báo cáo theo quy định; định kỳ hằng quý"],
        ["5", "Kiểm tra việc thực hiện TTHC tại các sở, ngành", "Thông báo kết luận kiểm tra", "Phòng Kiểm soát TTHC",
         "", "Tổ chức kiểm tra từ tháng 4 đến hết tháng 10 năm 2026"],
    ]))
    s.signature(Signature(["Nơi nhận:", "- UBND tỉnh;", "- Lãnh đạo Văn phòng;", "- Lưu: VT, KSTT."],
                          ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", "Hoàng Thị Mai"], side_by_side=False))
    return s


def prose_tan_phu() -> Source:
    """A plan written as prose: tasks are numbered paragraphs, their particulars are lines and words."""
    s = Source()
    s.define("h", [("upperRoman", "%1.", 1), ("decimal", "%2.", 1), ("lowerLetter", "%3)", 1)], suffix="space")
    _head(s, ["ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ"], "Số: 25/KH-UBND", "Tân Phú, ngày 10 tháng 02 năm 2026")
    s.p("KẾ HOẠCH", bold=True, center=True)
    s.p("Hoạt động kiểm soát thủ tục hành chính năm 2026", bold=True, center=True)
    s.p("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ;")
    s.n(Num("h", 0, "I.", "MỤC ĐÍCH, YÊU CẦU"))
    s.n(Num("h", 1, "1.", "Mục đích"))
    s.p("- Nâng cao chất lượng giải quyết thủ tục hành chính.")
    s.n(Num("h", 1, "2.", "Yêu cầu"))
    s.p("- Thực hiện nghiêm túc, đúng tiến độ.")
    s.n(Num("h", 0, "II.", "NHIỆM VỤ TRỌNG TÂM"))
    s.n(Num("h", 1, "1.", "Công bố, công khai thủ tục hành chính"))
    s.n(Num("h", 2, "a)", "Niêm yết công khai đầy đủ TTHC tại Bộ phận Một cửa xã."))
    s.p("- Đơn vị chủ trì: Văn phòng - Thống kê.")
    s.p("- Đơn vị phối hợp: Công chức Tư pháp - Hộ tịch.")
    s.p("- Thời gian thực hiện: Thường xuyên.")
    s.n(Num("h", 2, "b)", "Cập nhật TTHC trên Trang thông tin điện tử xã (Văn phòng - Thống kê chủ trì; "
                          "thời gian: trong quý I)."))
    s.n(Num("h", 1, "2.", "Rà soát, đơn giản hóa thủ tục hành chính"))
    s.p("Rà soát các TTHC thuộc thẩm quyền giải quyết của UBND xã. Kết quả: Báo cáo rà soát. "
        "Thời gian: trước ngày 30/9/2026.")
    s.n(Num("h", 1, "3.", "Tiếp nhận, xử lý phản ánh, kiến nghị"))
    s.p("- Cơ quan chủ trì: Công chức Văn phòng - Thống kê; Cơ quan phối hợp: Công an xã.")
    s.p("- Sản phẩm: Sổ theo dõi phản ánh, kiến nghị.")
    s.p("- Thời hạn: Khi có phát sinh.")
    s.n(Num("h", 0, "III.", "TỔ CHỨC THỰC HIỆN"))
    s.p("Văn phòng - Thống kê theo dõi, đôn đốc việc thực hiện Kế hoạch này./.")
    s.signature(Signature(["Nơi nhận:", "- UBND huyện;", "- Lưu: VT."],
                          ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Văn An"]))
    return s


def prose_tables_an_lac() -> Source:
    """Prose with small task tables inside its sections: each table belongs to its section."""
    s = Source()
    _head(s, ["ỦY BAN NHÂN DÂN", "XÃ AN LẠC"], "Số: 09/KH-UBND", "An Lạc, ngày 05 tháng 02 năm 2026")
    s.p("KẾ HOẠCH", bold=True, center=True)
    s.p("Kiểm soát thủ tục hành chính năm 2026", bold=True, center=True)
    s.p("I. MỤC ĐÍCH, YÊU CẦU")
    s.p("- Tạo thuận lợi cho người dân khi thực hiện thủ tục hành chính.")
    s.p("II. NỘI DUNG THỰC HIỆN")
    s.p("1. Công khai thủ tục hành chính")
    s.table(Table([
        ["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"],
        ["1", "Niêm yết bộ TTHC mới được công bố", "Văn phòng – Thống kê", "Thường xuyên"],
        ["2", "Đăng tải TTHC lên Trang thông tin điện tử", "Văn hóa – Xã hội", "Quý I"],
    ]))
    s.p("2. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính")
    s.table(Table([
        ["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"],
        ["1", "Số hóa kết quả giải quyết TTHC còn hiệu lực", "Tư pháp – Hộ tịch", "Từ tháng 3 đến tháng 9"],
        ["2", "Tập huấn số hóa cho công chức Bộ phận Một cửa", "Văn phòng – Thống kê", "Tháng 5"],
    ]))
    s.p("III. TỔ CHỨC THỰC HIỆN")
    s.p("Các bộ phận chuyên môn căn cứ Kế hoạch tổ chức thực hiện./.")
    s.signature(Signature(["Nơi nhận:", "- UBND huyện;", "- Lưu: VT."],
                          ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Trần Thị Lan"]))
    return s


def labels_my_thanh() -> Source:
    """Labels typed every way, group rows typed with a space, rows continued below and rows cut by a page."""
    s = Source()
    _head(s, ["ỦY BAN NHÂN DÂN", "XÃ MỸ THẠNH"], "Số: 14/KH-UBND", "Mỹ Thạnh, ngày 15 tháng 01 năm 2026")
    s.p("KẾ HOẠCH", bold=True, center=True)
    s.p("Kiểm soát thủ tục hành chính năm 2026 trên địa bàn xã Mỹ Thạnh", bold=True, center=True)
    s.table(Table([
        HEADER_TASKS,
        ["V-", "Công bố, công khai TTHC", "", "", ""],
        ["5)", "Niêm yết TTHC tại trụ sở", "TTHC được niêm yết", "Văn phòng - Thống kê chủ trì", "Quý I"],
        ["", "a. Niêm yết tại Bộ phận Một cửa", "Bảng niêm yết", "Văn phòng - Thống kê", "Tháng 02"],
        ["", "b. Niêm yết tại nhà văn hóa các ấp", "Bảng niêm yết", "Văn hóa - Xã hội", "Tháng 3"],
        ["6.", "Công khai kết quả giải quyết hồ sơ trên Cổng dịch vụ công", "Kết quả được công khai",
         "- Bộ phận Một cửa chủ trì.\n- Văn phòng - Thống kê phối hợp.", "Hằng tháng"],
        ["VI.", "Tiếp nhận, xử lý phản ánh, kiến nghị", "", "", ""],
        ["7", "Tiếp nhận, phân loại phản ánh, kiến nghị của người dân, doanh nghiệp về quy định",
         "Sổ theo dõi", "Văn phòng - Thống kê", "Thường xuyên"],
        ["", "hành chính thuộc thẩm quyền của UBND xã", "", "", ""],
        ["8", "Trả lời phản ánh, kiến nghị", "Văn bản trả lời", "Các công chức chuyên môn",
         "Khi có phát sinh"],
    ], text_breaks={7: ["", "2", ""]}))
    s.signature(Signature(["Nơi nhận:", "- UBND huyện;", "- Lưu: VT."],
                          ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Lâm Văn Hậu"]))
    return s


def events_hoa_binh() -> Source:
    """A task table and an appendix of inspections (events with dates and an hour)."""
    s = Source()
    _head(s, ["ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH"], "Số: 11/KH-UBND", "Hòa Bình, ngày 02 tháng 02 năm 2026")
    s.p("KẾ HOẠCH", bold=True, center=True)
    s.p("Kiểm tra công tác kiểm soát thủ tục hành chính năm 2026", bold=True, center=True)
    s.table(Table([
        HEADER_TASKS,
        ["1", "Ban hành Kế hoạch kiểm tra năm 2026", "Kế hoạch", "Văn phòng - Thống kê", "Tháng 02"],
        ["2", "Tổng hợp kết quả kiểm tra, báo cáo Chủ tịch UBND xã", "Báo cáo", "Văn phòng - Thống kê",
         "Trước ngày 15/12/2026"],
    ]))
    s.signature(Signature(["Nơi nhận:", "- UBND huyện;", "- Lưu: VT."],
                          ["CHỦ TỊCH", "", "Vũ Đình Khoa"]))
    s.p("Phụ lục", bold=True, center=True)
    s.p("LỊCH KIỂM TRA NĂM 2026", bold=True, center=True)
    s.table(Table([
        ["STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra", "Nội dung kiểm tra", "Thành phần đoàn kiểm tra"],
        ["1", "Bộ phận Một cửa xã", "Tháng 5/2026", "Việc tiếp nhận, giải quyết hồ sơ", "Văn phòng - Thống kê"],
        ["2", "Công chức Địa chính - Xây dựng", "Từ 8 giờ 00 ngày 12 tháng 10", "Việc niêm yết TTHC",
         "Văn phòng - Thống kê"],
    ]))
    return s


def decision_dong_son() -> Source:
    """A decision with its plan attached, an indicator appendix with every comparator, 'KT.CHỦ TỊCH'."""
    s = Source()
    _head(s, ["ỦY BAN NHÂN DÂN", "XÃ ĐÔNG SƠN"], "Số: 52/QĐ-UBND", "Đông Sơn, ngày 06 tháng 3 năm 2026")
    s.p("QUYẾT ĐỊNH", bold=True, center=True)
    s.p("Ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2026 trên địa bàn xã Đông Sơn", bold=True, center=True)
    s.p("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN", bold=True, center=True)
    s.p("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/02/2025;")
    s.p("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ;")
    s.p("Theo đề nghị của Văn phòng HĐND và UBND xã,")
    s.p("QUYẾT ĐỊNH:", bold=True, center=True)
    s.p("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm soát thủ tục hành chính năm 2026.")
    s.p("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.")
    s.p("Điều 3. Văn phòng HĐND và UBND xã, các phòng chuyên môn chịu trách nhiệm thi hành Quyết định này./.")
    s.signature(Signature(["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT."],
                          ["KT.CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Lê Quang Vinh"]))
    s.p("KẾ HOẠCH", bold=True, center=True)
    s.p("Kiểm soát thủ tục hành chính năm 2026 trên địa bàn xã Đông Sơn", bold=True, center=True)
    s.p("(Ban hành kèm theo Quyết định số 52/QĐ-UBND ngày 06/3/2026 của Chủ tịch UBND xã)")
    s.table(Table([
        HEADER_TASKS,
        ["1", "Công bố, công khai TTHC mới ban hành", "TTHC được công khai", "Văn phòng HĐND và UBND xã",
         "Thường xuyên"],
        ["2", "Đánh giá sự hài lòng của người dân", "Báo cáo đánh giá", "Trung tâm Phục vụ hành chính công xã",
         "6 tháng đầu năm"],
    ]))
    s.p("Phụ lục", bold=True, center=True)
    s.p("CHỈ TIÊU KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2026", bold=True, center=True)
    s.table(Table([
        ["STT", "Nội dung chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2026", "Chỉ tiêu tỉnh giao", "Kết quả năm 2025",
         "Cơ quan chủ trì"],
        ["I", "Chỉ tiêu về dịch vụ công trực tuyến", "", "", "", "", ""],
        ["1", "Tỷ lệ hồ sơ trực tuyến", "%", "Tối thiểu 60", "50", "45,5", "Trung tâm Phục vụ hành chính công xã"],
        ["2", "Tỷ lệ thanh toán trực tuyến", "%", "≥ 45", "40", "38", "Trung tâm Phục vụ hành chính công xã"],
        ["II", "Chỉ tiêu về giải quyết hồ sơ", "", "", "", "", ""],
        ["3", "Tỷ lệ hồ sơ trễ hạn", "%", "Tối đa 2", "", "3,2", "Văn phòng HĐND và UBND xã"],
        ["4", "Tỷ lệ kết quả giải quyết TTHC điện tử", "%", "100%", "100", "", "Văn phòng HĐND và UBND xã"],
        ["5", "Số văn bản được rà soát", "văn bản", "1.250", "", "", "Văn phòng HĐND và UBND xã"],
    ]))
    return s


def word_restarts_phu_my() -> Source:
    """A ward table whose numbers are Word's: groups in upper Roman, tasks counting on through the groups
    (lvlRestart 0), points in lower letters restarting under each task; the STT cells hold no text at all."""
    s = Source()
    s.define("stt", [("upperRoman", "%1", 1), ("decimal", "%2.", 1), ("lowerLetter", "%3)", 1)], no_restart=(1,))
    _head(s, ["ỦY BAN NHÂN DÂN", "PHƯỜNG PHÚ MỸ"], "Số: 18/KH-UBND", "Phú Mỹ, ngày 22 tháng 01 năm 2026")
    s.p("KẾ HOẠCH", bold=True, center=True)
    s.p("Kiểm soát thủ tục hành chính năm 2026 của phường Phú Mỹ", bold=True, center=True)
    s.table(Table([
        HEADER_TASKS,
        [Num("stt", 0, "I"), "Công bố, công khai TTHC", "", "", ""],
        [Num("stt", 1, "1."), "Niêm yết TTHC", "TTHC được niêm yết", "Văn phòng", "Quý I"],
        [Num("stt", 1, "2."), "Công khai tiến độ giải quyết hồ sơ", "Tiến độ được công khai", "Bộ phận Một cửa",
         "Hằng tháng"],
        [Num("stt", 2, "a)"), "Trên Cổng dịch vụ công", "Dữ liệu đồng bộ", "Bộ phận Một cửa", "Hằng tháng"],
        [Num("stt", 2, "b)"), "Tại Bộ phận Một cửa", "Màn hình tra cứu", "Bộ phận Một cửa", "Quý II"],
        [Num("stt", 0, "II"), "Kiểm tra", "", "", ""],
        [Num("stt", 1, "3."), "Tự kiểm tra nội bộ", "Báo cáo", "Văn phòng", "Quý IV"],
        [Num("stt", 2, "a)"), "Kiểm tra hồ sơ tồn đọng", "Biên bản", "Văn phòng", "Tháng 11"],
    ]))
    s.signature(Signature(["Nơi nhận:", "- UBND thành phố;", "- Lưu: VT."],
                          ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Đặng Thị Thu"]))
    return s


def style_headings_thanh_son() -> Source:
    """Prose whose headings are numbered by their paragraph styles (Heading 1 and 2 carry the numbering, as Word's
    numbered headings do), with legal numbering (1.1) and a list that Word restarts."""
    s = Source()
    s.define("outline", [("upperRoman", "%1.", 1), ("decimal", "%1.%2.", 1)], legal=True,
             style_links={0: "Heading1", 1: "Heading2"})
    s.define("points", [("lowerLetter", "%1)", 1)], suffix="space")
    s.style("Heading1", "outline", 0)
    s.style("Heading2", "outline", 1)
    _head(s, ["ỦY BAN NHÂN DÂN", "XÃ THANH SƠN"], "Số: 06/KH-UBND", "Thanh Sơn, ngày 08 tháng 01 năm 2026")
    s.p("KẾ HOẠCH", bold=True, center=True)
    s.p("Kiểm soát thủ tục hành chính năm 2026", bold=True, center=True)
    s.n(Num("outline", 0, "I.", "MỤC ĐÍCH, YÊU CẦU", style="Heading1"))
    s.p("Nâng cao hiệu quả công tác kiểm soát thủ tục hành chính.")
    s.n(Num("outline", 0, "II.", "NHIỆM VỤ", style="Heading1"))
    s.n(Num("outline", 1, "2.1.", "Rà soát thủ tục hành chính", style="Heading2"))
    s.n(Num("points", 0, "a)", "Rà soát TTHC lĩnh vực hộ tịch (Tư pháp - Hộ tịch chủ trì; thời gian: Quý II)."))
    s.n(Num("points", 0, "b)", "Rà soát TTHC lĩnh vực đất đai (Địa chính - Xây dựng chủ trì; thời gian: Quý III)."))
    s.n(Num("outline", 1, "2.2.", "Tập huấn nghiệp vụ", style="Heading2"))
    s.restart("points")
    s.n(Num("points", 0, "a)", "Tập huấn kỹ năng số hóa hồ sơ (Văn phòng - Thống kê chủ trì; thời gian: Tháng 4)."))
    s.n(Num("outline", 0, "III.", "TỔ CHỨC THỰC HIỆN", style="Heading1"))
    s.p("Các công chức chuyên môn tổ chức thực hiện Kế hoạch này./.")
    s.signature(Signature(["Nơi nhận:", "- UBND huyện;", "- Lưu: VT."],
                          ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Hà Văn Thắng"]))
    return s


def township_phong_dien() -> Source:
    """A township plan with a two-level 'Nội dung thực hiện: Mục tiêu | Nhiệm vụ' header and one objective merged
    over two tasks."""
    s = Source()
    _head(s, ["ỦY BAN NHÂN DÂN", "THỊ TRẤN PHONG ĐIỀN"], "Số: 04/KH-UBND", "Phong Điền, ngày 09 tháng 01 năm 2026")
    s.p("KẾ HOẠCH", bold=True, center=True)
    s.p("Kiểm soát thủ tục hành chính thị trấn Phong Điền năm 2026", bold=True, center=True)
    s.table(Table([
        [Cell("Stt", rowspan=2), Cell("Nội dung thực hiện", colspan=2), None, Cell("Kết quả/ Sản phẩm", rowspan=2),
         Cell("Cơ quan chủ trì", rowspan=2), Cell("Cơ quan phối hợp", rowspan=2),
         Cell("Thời gian hoàn thành", rowspan=2)],
        [None, "Mục tiêu", "Nhiệm vụ", None, None, None, None],
        ["1.", Cell("Công khai thủ tục hành chính", colspan=6), None, None, None, None, None],
        [Cell("1.1", rowspan=2), Cell("100% TTHC công khai đúng hạn", rowspan=2),
         "Niêm yết TTHC tại Bộ phận Một cửa", "TTHC được niêm yết", "VP UBND thị trấn", "Các bộ phận", "Quý I/2026"],
        [None, None, "Đăng tải TTHC trên Trang thông tin điện tử", "TTHC được đăng tải", "VP UBND thị trấn", "",
         "Thường xuyên"],
        ["1.2", "Tối thiểu 80% hồ sơ được số hóa", "Số hóa hồ sơ TTHC", "Hồ sơ được số hóa",
         "CC Tư pháp - Hộ tịch", "VP UBND thị trấn", "Hàng Quý/Năm"],
    ]))
    s.signature(Signature(["Nơi nhận:", "- UBND huyện;", "- Lưu: VT."],
                          ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Bùi Thanh Tùng"]))
    return s


def deadlines_kim_lien() -> Source:
    """Deadlines as clerks write them: inside sentences, with hours, with 'tháng sau', several clauses."""
    s = Source()
    _head(s, ["ỦY BAN NHÂN DÂN", "XÃ KIM LIÊN"], "Số: 21/KH-UBND", "Kim Liên, ngày 16 tháng 01 năm 2026")
    s.p("KẾ HOẠCH", bold=True, center=True)
    s.p("Kiểm soát thủ tục hành chính năm 2026", bold=True, center=True)
    s.table(Table([
        HEADER_TASKS,
        ["1", "Xây dựng kế hoạch truyền thông về kiểm soát TTHC", "Kế hoạch", "Văn hóa - Xã hội",
         "Ban hành kế hoạch trước ngày 31/01/2026"],
        ["2", "Tổ chức Hội nghị đối thoại với người dân về TTHC", "Hội nghị", "Văn phòng - Thống kê",
         "Từ 8 giờ 00 ngày 12 tháng 5"],
        ["3", "Báo cáo tình hình giải quyết hồ sơ", "Báo cáo tháng", "Bộ phận Một cửa",
         "Trước ngày 05 của tháng liền kề"],
        ["4", "Tập huấn cho công chức tiếp nhận hồ sơ", "Lớp tập huấn", "Văn phòng - Thống kê",
         "Tổ chức 02 lớp tập huấn trong quý III"],
        ["5", "Thực hiện chế độ báo cáo", "Báo cáo", "Văn phòng - Thống kê",
         "Theo Kế hoạch số 140/KH-UBND ngày 14/10/2021 của UBND tỉnh; định kỳ 6 tháng"],
        ["6", "Sơ kết việc thực hiện Kế hoạch", "Báo cáo sơ kết", "Văn phòng - Thống kê", "Giữa năm"],
    ]))
    s.signature(Signature(["Nơi nhận:", "- UBND huyện;", "- Lưu: VT."],
                          ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Ngô Thị Hạnh"]))
    return s


def other_table_hiep_hoa() -> Source:
    """A task table, a table of procedures the plan has no place for, and indicators with a figure typed in the
    English convention."""
    s = Source()
    _head(s, ["ỦY BAN NHÂN DÂN", "XÃ HIỆP HÒA"], "Số: 03/KH-UBND", "Hiệp Hòa, ngày 07 tháng 01 năm 2026")
    s.p("KẾ HOẠCH", bold=True, center=True)
    s.p("Rà soát, đánh giá thủ tục hành chính năm 2026", bold=True, center=True)
    s.table(Table([
        ["STT", "Nội dung công việc", "Sản phẩm", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
        ["1", "Rà soát TTHC lĩnh vực hộ tịch", "Báo cáo rà soát", "Tư pháp - Hộ tịch", "Văn phòng - Thống kê",
         "Quý II"],
        ["2", "Rà soát TTHC lĩnh vực chứng thực", "Báo cáo rà soát", "Tư pháp - Hộ tịch", "", "Quý III"],
    ]))
    s.signature(Signature(["Nơi nhận:", "- UBND huyện;", "- Lưu: VT."],
                          ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Trịnh Văn Lực"]))
    s.p("Phụ lục I", bold=True, center=True)
    s.p("DANH MỤC THỦ TỤC HÀNH CHÍNH RÀ SOÁT", bold=True, center=True)
    s.table(Table([
        ["STT", "Tên thủ tục hành chính", "Lĩnh vực", "Mức độ dịch vụ công"],
        ["1", "Đăng ký khai sinh", "Hộ tịch", "Toàn trình"],
        ["2", "Chứng thực bản sao từ bản chính", "Chứng thực", "Một phần"],
    ]))
    s.p("Phụ lục II", bold=True, center=True)
    s.p("CHỈ TIÊU NĂM 2026", bold=True, center=True)
    s.table(Table([
        ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giao", "Căn cứ giao"],
        ["1", "Tỷ lệ TTHC được rà soát", "%", "100", "Kế hoạch số 10/KH-UBND"],
        ["2", "Tỷ lệ hồ sơ đúng hạn", "%", "Tối thiểu 95.5", "Kế hoạch số 10/KH-UBND"],
    ]))
    return s


PLANS: dict[str, Callable[[], Source]] = {
    "01_ward_hoa_khanh": ward_hoa_khanh,
    "02_province_office": province_office,
    "03_prose_tan_phu": prose_tan_phu,
    "04_prose_tables_an_lac": prose_tables_an_lac,
    "05_labels_my_thanh": labels_my_thanh,
    "06_events_hoa_binh": events_hoa_binh,
    "07_decision_dong_son": decision_dong_son,
    "08_word_restarts_phu_my": word_restarts_phu_my,
    "09_style_headings_thanh_son": style_headings_thanh_son,
    "10_township_phong_dien": township_phong_dien,
    "11_deadlines_kim_lien": deadlines_kim_lien,
    "12_other_table_hiep_hoa": other_table_hiep_hoa,
}


def main() -> None:
    for name, make in PLANS.items():
        source = make()
        (HERE / f"{name}.txt").write_text(source.text(), encoding="utf-8")
        source.docx(HERE / f"{name}.docx")
        print(name)


if __name__ == "__main__":
    main()
