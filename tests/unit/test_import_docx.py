"""The Word importer: documents built here with python-docx (merged cells, two-level headers, old fonts), the
app's own Word output read back (the round trip), and damaged files."""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tthc_desktop.documents.compose import compose_plan
from tthc_desktop.documents.docx import DocxRenderer
from tthc_desktop.documents.model import Issuer
from tthc_desktop.importers import PlanImportError, import_docx, import_text
from tthc_desktop.services.demo import demo_data

SEEDS = Path("/work/shared/seeds")


def without(data: Any, *keys: str) -> Any:
    if isinstance(data, dict):
        return {k: without(v, *keys) for k, v in data.items() if k not in keys}
    if isinstance(data, list):
        return [without(v, *keys) for v in data]
    return data


def saved(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def render(plan: dict[str, Any], name: str) -> bytes:
    return DocxRenderer().render(compose_plan(copy.deepcopy(plan), Issuer(name, "xã")))


# ---------------------------------------------------------------- a plan built in Word, with merged cells


def _plan_document() -> bytes:
    d = docx.Document()
    header = d.add_table(rows=2, cols=2)  # the borderless header block: read as lines, column by column
    header.cell(0, 0).text = "ỦY BAN NHÂN DÂN"
    header.cell(0, 0).add_paragraph("XÃ AN BÌNH")
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    header.cell(0, 1).add_paragraph("Độc lập - Tự do - Hạnh phúc")
    header.cell(1, 0).text = "Số: 12/KH-UBND"
    header.cell(1, 1).text = "An Bình, ngày 05 tháng 01 năm 2026"
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Kiểm soát thủ tục hành chính năm 2026 trên địa bàn xã An Bình")
    d.add_paragraph("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ;")
    d.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    d.add_paragraph("1. Mục đích")
    d.add_paragraph("- Nâng cao chất lượng giải quyết thủ tục hành chính.")
    d.add_paragraph("II. NHIỆM VỤ")
    t = d.add_table(rows=2, cols=6)
    t.cell(0, 0).merge(t.cell(1, 0)).text = "STT"
    t.cell(0, 1).merge(t.cell(0, 2)).text = "Nội dung thực hiện"
    t.cell(0, 3).merge(t.cell(0, 4)).text = "Phân công thực hiện"
    t.cell(0, 5).merge(t.cell(1, 5)).text = "Thời gian thực hiện"
    for column, title in ((1, "Mục tiêu"), (2, "Nhiệm vụ"), (3, "Bộ phận chủ trì"), (4, "Bộ phận phối hợp")):
        t.cell(1, column).text = title

    def row(values: list[str | None]) -> int:
        cells = t.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            if value is not None:
                cell.text = value
        return len(t.rows) - 1

    group = row(["I", "Công bố, công khai TTHC", None, None, None, None])
    t.cell(group, 1).merge(t.cell(group, 5))  # a group row: its title across the row
    first = row(["1", "100% TTHC công khai đúng hạn", "Niêm yết TTHC tại Bộ phận Một cửa", "Văn phòng - Thống kê",
                 "Các bộ phận chuyên môn", "Quý I"])
    second = row([None, None, "Đăng tải TTHC lên Trang thông tin điện tử", "Văn phòng - Thống kê", "",
                  "Thường xuyên"])
    t.cell(first, 0).merge(t.cell(second, 0)).text = "1"  # one number and one objective over two tasks
    t.cell(first, 1).merge(t.cell(second, 1)).text = "100% TTHC công khai đúng hạn"
    third = row(["2", "", "Rà soát TTHC", None, "Văn phòng", "Tháng 6"])
    fourth = row(["3", "", "Báo cáo kết quả kiểm soát TTHC", None, "", "Định kỳ hằng quý"])
    t.cell(third, 3).merge(t.cell(fourth, 3)).text = "Tư pháp - Hộ tịch"  # one lead unit for two tasks
    row(["a", "", "Báo cáo quý I", "", "", "Trước ngày 15/3"])
    row(["b", "", "Báo cáo 6 tháng", "", "", "Trước ngày 15/6"])
    last = row(["4", "", "Tập huấn nghiệp vụ", "Văn phòng", "", "Quý II"])
    more = row([None, None, None, None, "Các bộ phận", None])
    for column in (0, 1, 2, 3, 5):
        t.cell(last, column).merge(t.cell(more, column))
    t.cell(last, 2).text = "Tập huấn nghiệp vụ"
    d.add_paragraph("Nơi nhận:")
    d.add_paragraph("- UBND huyện;")
    d.add_paragraph("- Lưu: VT.")
    d.add_paragraph("TM. ỦY BAN NHÂN DÂN")
    d.add_paragraph("KT. CHỦ TỊCH")
    d.add_paragraph("PHÓ CHỦ TỊCH")
    d.add_paragraph("Lê Văn Bình")
    d.add_paragraph("Phụ lục")
    d.add_paragraph("CHỈ TIÊU NĂM 2026")
    t = d.add_table(rows=2, cols=6)
    for column, title in enumerate(["Số TT", "Nội dung chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2026"]):
        t.cell(0, column).merge(t.cell(1, column)).text = title
    t.cell(0, 4).merge(t.cell(0, 5)).text = "Cơ quan thực hiện"
    t.cell(1, 4).text, t.cell(1, 5).text = "Chủ trì", "Phối hợp"
    for values in (["1", "Tỷ lệ hồ sơ trực tuyến", "%", "Tối thiểu 60", "Bộ phận Một cửa", "Văn phòng"],
                   ["2", "Tỷ lệ hồ sơ đúng hạn", "%", "100", "Bộ phận Một cửa", ""]):
        for cell, value in zip(t.add_row().cells, values, strict=True):
            cell.text = value
    return saved(d)


@pytest.fixture(scope="module")
def an_binh() -> Any:
    return import_docx(_plan_document())


def test_a_word_plan_two_level_headers_map_to_their_keys(an_binh) -> None:  # noqa: ANN001
    plan = an_binh.plan
    assert plan["task_columns"] == [
        {"key": "stt", "title": "STT", "group": None},
        {"key": "objective", "title": "Mục tiêu", "group": "Nội dung thực hiện"},
        {"key": "content", "title": "Nhiệm vụ", "group": "Nội dung thực hiện"},
        {"key": "lead_units", "title": "Bộ phận chủ trì", "group": "Phân công thực hiện"},
        {"key": "cooperating_units", "title": "Bộ phận phối hợp", "group": "Phân công thực hiện"},
        {"key": "schedule", "title": "Thời gian thực hiện", "group": None},
    ]
    assert [c["key"] for c in plan["indicator_columns"]] == [
        "stt", "name", "unit", "target", "lead_units", "cooperating_units"]
    assert plan["indicator_columns"][4]["group"] == "Cơ quan thực hiện"


def test_a_word_plan_merged_cells(an_binh) -> None:  # noqa: ANN001
    [group] = an_binh.plan["outline"]
    assert (group["kind"], group["label"], group["text"]) == ("group", "I", "Công bố, công khai TTHC")
    first, second, third, fourth = group["children"]
    # Number and objective merged down two rows: one task with its objective, and a sub-item under it.
    assert (first["label"], first["objective"], first["text"]) == (
        "1", "100% TTHC công khai đúng hạn", "Niêm yết TTHC tại Bộ phận Một cửa")
    [sub] = first["children"]
    assert (sub["label"], sub["objective"], sub["text"]) == (None, None, "Đăng tải TTHC lên Trang thông tin điện tử")
    assert sub["lead_units"] == ["Văn phòng - Thống kê"] and sub["schedule"] == {"kind": "ongoing"}
    # A lead unit merged down two rows applies to both tasks.
    assert second["label"] == "2" and second["lead_units"] == ["Tư pháp - Hộ tịch"]
    assert third["label"] == "3" and third["lead_units"] == ["Tư pháp - Hộ tịch"]
    assert second["cooperating_units"] == ["Văn phòng"] and third["cooperating_units"] == []
    assert [p["label"] for p in third["children"]] == ["a", "b"]  # lettered points under their task
    assert third["children"][0]["schedule"] == {"kind": "due", "due": "2026-03-15"}
    # A task whose row continues (number and text merged down): the new cell adds a line to the same task.
    assert (fourth["label"], fourth["text"], fourth["children"]) == ("4", "Tập huấn nghiệp vụ", [])
    assert fourth["cooperating_units"] == ["Các bộ phận"] and fourth["schedule_text"] == "Quý II"


def test_a_word_plan_document_and_indicators(an_binh) -> None:  # noqa: ANN001
    plan = an_binh.plan
    [document] = plan["documents"]
    assert (document["type"], document["number"], document["status"], document["place"]) == (
        "KH", "12/KH-UBND", "issued", "An Bình")
    assert document["date"] == {"year": 2026, "month": 1, "day": 5}
    assert document["subject"] == "Kiểm soát thủ tục hành chính năm 2026 trên địa bàn xã An Bình"
    assert document["legal_bases"] == ["Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ;"]
    assert [(s["label"], s["text"]) for s in document["sections"]] == [("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NHIỆM VỤ")]
    assert document["sections"][0]["children"][0]["children"][0]["text"] == (
        "Nâng cao chất lượng giải quyết thủ tục hành chính.")
    assert document["signer"] == {"authority": "TM. ỦY BAN NHÂN DÂN", "position": "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                                  "name": "Lê Văn Bình"}
    assert document["recipients"] == ["UBND huyện;", "Lưu: VT."]
    first, second = plan["indicators"]
    assert (first["comparator"], first["target"], first["unit"]) == (">=", 60.0, "%")
    assert (first["lead_units"], first["cooperating_units"]) == (["Bộ phận Một cửa"], ["Văn phòng"])
    assert (second["comparator"], second["target"]) == ("=", 100.0)
    assert plan["indicator_appendix_title"] == "CHỈ TIÊU NĂM 2026" and plan["year"] == 2026


def test_paths_and_file_objects_are_read_too(tmp_path: Path) -> None:
    data = _plan_document()
    path = tmp_path / "ke-hoach.docx"
    path.write_bytes(data)
    expected = import_docx(data).plan
    assert import_docx(path).plan == expected
    assert import_docx(str(path)).plan == expected
    with path.open("rb") as handle:
        assert import_docx(handle).plan == expected


# ---------------------------------------------------------------- the app's own Word output, read back


def test_the_demo_plan_round_trips_through_the_apps_word_renderer() -> None:
    demo = demo_data()["plan"]
    assert demo["documents"][0]["date"] == {"year": 2025, "month": 3, "day": 3}
    result = import_docx(render(demo, "Hành Dũng"))
    plan = result.plan
    assert without(plan["outline"], "schedule") == demo["outline"]
    assert without(plan["indicators"], "group_title") == demo["indicators"]
    assert plan["documents"] == demo["documents"]
    assert plan["year"] == demo["year"]
    assert without(plan["task_columns"], "group") == demo["task_columns"]
    assert without(plan["indicator_columns"], "group") == demo["indicator_columns"]
    assert plan["task_appendix_title"] is None
    assert plan["indicator_appendix_title"] == demo["indicator_appendix_title"]
    assert result.notices == []


@pytest.mark.parametrize(("name", "place"), [("000_375297f20dd8c941", "Hành Dũng"),
                                              ("002_9e03fbf4f3d2e073", "Giang Điền"),
                                              ("003_bb5b16c61907f147", "Sơn Kỳ")])
def test_each_seed_round_trips_text_to_word_and_back(name: str, place: str) -> None:
    """Sections, two-level headers, sub-items, signers, drafts and appendix titles (kept in capitals, as the
    legal format prints them) all survive the trip through our Word file."""
    plan = import_text((SEEDS / f"{name}.txt").read_text(encoding="utf-8")).plan
    again = import_docx(render(plan, place)).plan
    assert again == plan


def test_a_plan_without_sections_keeps_its_table_apart_from_the_signature_after_it() -> None:
    """With no sections the renderer prints the task table right under the title and the signature table
    right after it: the signature must not be read as more rows of the task table."""
    plan = import_text((SEEDS / "002_9e03fbf4f3d2e073.txt").read_text(encoding="utf-8")).plan
    plan["documents"][0]["sections"] = []
    again = import_docx(render(plan, "Giang Điền"))
    assert again.plan == plan and again.notices == []


def test_a_table_split_in_two_without_repeating_its_header_is_one_table() -> None:
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Kiểm soát thủ tục hành chính năm 2026")
    first = d.add_table(rows=3, cols=5)
    for r, values in enumerate([["STT", "Nội dung công việc", "Kết quả công việc", "Cơ quan thực hiện", "Thời gian"],
                                ["I", "Công bố TTHC", "", "", ""],
                                ["1", "Niêm yết TTHC", "Bộ TTHC", "Văn phòng", "Quý I"]]):
        for c, value in enumerate(values):
            first.cell(r, c).text = value
    d.add_paragraph("")
    second = d.add_table(rows=2, cols=5)
    for r, values in enumerate([["2", "Rà soát TTHC", "Báo cáo", "Văn phòng", "Quý II"],
                                ["II", "Báo cáo", "", "", ""]]):
        for c, value in enumerate(values):
            second.cell(r, c).text = value
    outline = import_docx(saved(d)).plan["outline"]
    assert [(g["label"], [t["label"] for t in g["children"]]) for g in outline] == [("I", ["1", "2"]), ("II", [])]


# ---------------------------------------------------------------- old fonts


def test_runs_in_tcvn3_and_vni_fonts_are_converted() -> None:
    d = docx.Document()
    for text, font in (("KÕ HO¹CH", ".VnTimeH"), ("KiÓm so¸t thñ tôc hµnh chÝnh n¨m 2026", ".VnTime"),
                       ("Caên cöù Nghò ñònh soá 63/2010/NÑ-CP;", "VNI-Times")):
        run = d.add_paragraph().add_run(text)
        run.font.name = font
    t = d.add_table(rows=2, cols=5)
    for i, title in enumerate(["STT", "Néi dung c«ng viÖc", "KÕt qu¶", "C¬ quan thùc hiÖn", "Thêi gian"]):
        run = t.cell(0, i).paragraphs[0].add_run(title)
        run.font.name = ".VnTime"
    for i, value in enumerate(["1", "Rµ so¸t TTHC", "B¸o c¸o", "V¨n phßng", "Quý I"]):
        run = t.cell(1, i).paragraphs[0].add_run(value)
        run.font.name = ".VnTime"
    result = import_docx(saved(d))
    [document] = result.plan["documents"]
    assert document["type"] == "KH"
    assert document["subject"] == "Kiểm soát thủ tục hành chính năm 2026"
    assert document["legal_bases"] == ["Căn cứ Nghị định số 63/2010/NĐ-CP;"]
    [task] = result.plan["outline"]
    assert (task["text"], task["expected_result"], task["lead_units"]) == ("Rà soát TTHC", "Báo cáo", ["Văn phòng"])
    assert result.plan["task_columns"][1]["title"] == "Nội dung công việc"


def test_tcvn3_text_under_a_unicode_font_name_is_converted_with_a_notice() -> None:
    d = docx.Document()
    for text in ("KÕ ho¹ch".upper(), "KiÓm so¸t thñ tôc hµnh chÝnh n¨m 2026", "C¨n cø NghÞ ®Þnh sè 63/2010/N§-CP;"):
        d.add_paragraph(text)
    result = import_docx(saved(d))
    assert "encoding_converted" in result.kinds()
    assert result.plan["documents"][0]["legal_bases"] == ["Căn cứ Nghị định số 63/2010/NĐ-CP;"]


# ---------------------------------------------------------------- damaged and foreign files


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _with_document_xml(xml: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(_plan_document()))
    files = {info.filename: source.read(info.filename) for info in source.infolist()}
    files["word/document.xml"] = xml
    return _zip(files)


@pytest.mark.parametrize(("data", "kinds"), [
    (b"", {"empty"}),
    (b"not a word file at all", {"malformed_docx"}),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, {"not_docx"}),
    (_zip({"hello.txt": b"hi"}), {"not_docx"}),
    (_plan_document()[:3000], {"malformed_docx"}),
    (_with_document_xml(b"<w:document><broken"), {"malformed_docx"}),
    (_with_document_xml(b"<?xml version='1.0'?><nothing/>"), {"malformed_docx", "not_a_plan"}),
], ids=["empty", "text", "old-doc", "zip-without-document", "truncated", "broken-xml", "foreign-xml"])
def test_a_damaged_or_foreign_file_raises_the_clear_error(data: bytes, kinds: set[str]) -> None:
    with pytest.raises(PlanImportError) as caught:
        import_docx(data)
    assert caught.value.kind in kinds and caught.value.message


def test_a_missing_file_and_a_word_file_without_a_plan(tmp_path: Path) -> None:
    with pytest.raises(PlanImportError) as caught:
        import_docx(tmp_path / "missing.docx")
    assert caught.value.kind == "unreadable"
    d = docx.Document()
    d.add_paragraph("Kính gửi: UBND huyện")
    d.add_paragraph("Báo cáo tình hình tháng 3.")
    with pytest.raises(PlanImportError) as caught:
        import_docx(saved(d))
    assert caught.value.kind == "not_a_plan"


def test_a_zip_bomb_is_refused_before_it_is_unpacked() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<a/>")
        archive.writestr("word/padding.xml", b"\0" * 210_000_000)
    with pytest.raises(PlanImportError) as caught:
        import_docx(buffer.getvalue())
    assert caught.value.kind == "too_large"


def test_a_grid_span_larger_than_the_table_does_not_hang() -> None:
    data = _plan_document()
    source = zipfile.ZipFile(io.BytesIO(data))
    xml = source.read("word/document.xml").replace(b"<w:tcPr>", b'<w:tcPr><w:gridSpan w:val="99999999"/>', 1)
    try:
        import_docx(_with_document_xml(xml))
    except PlanImportError:
        pass


_SMALL = None


def _small_docx() -> bytes:
    global _SMALL
    if _SMALL is None:
        d = docx.Document()
        d.add_paragraph("KẾ HOẠCH")
        d.add_paragraph("Kiểm soát thủ tục hành chính năm 2026")
        t = d.add_table(rows=2, cols=5)
        for i, text in enumerate(["STT", "Nội dung công việc", "Kết quả", "Cơ quan thực hiện", "Thời gian"]):
            t.cell(0, i).text = text
        for i, text in enumerate(["1", "Rà soát", "Báo cáo", "Văn phòng", "Quý I"]):
            t.cell(1, i).text = text
        t.cell(1, 0).merge(t.cell(1, 1))
        _SMALL = saved(d)
    return _SMALL


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_bytes_give_a_plan_or_the_clear_error(data: st.DataObject) -> None:
    original = bytearray(_small_docx())
    operation = data.draw(st.sampled_from(["flip", "truncate", "splice"]))
    if operation == "flip":
        for _ in range(data.draw(st.integers(1, 20))):
            original[data.draw(st.integers(0, len(original) - 1))] = data.draw(st.integers(0, 255))
        damaged = bytes(original)
    elif operation == "truncate":
        damaged = bytes(original[: data.draw(st.integers(0, len(original)))])
    else:
        start = data.draw(st.integers(0, len(original)))
        damaged = bytes(original[:start]) + data.draw(st.binary(max_size=200)) + bytes(original[start:])
    try:
        import_docx(damaged)
    except PlanImportError as error:
        assert error.kind and error.message


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(["", "1", "I", "a", "STT", "Nội dung công việc", "Thời gian thực hiện",
                                          "Kết quả", "Cơ quan chủ trì", "Quý I", "hướng dẫn", "Văn phòng"]),
                         min_size=1, max_size=5), min_size=1, max_size=12),
       st.lists(st.tuples(st.integers(0, 11), st.integers(0, 4), st.integers(0, 11), st.integers(0, 4)), max_size=4))
def test_random_word_tables_with_merges_never_crash(rows: list[list[str]], merges: list[tuple[int, ...]]) -> None:
    d = docx.Document()
    width = max(len(r) for r in rows)
    table = d.add_table(rows=len(rows), cols=width)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    for r1, c1, r2, c2 in merges:
        try:
            table.cell(min(r1, len(rows) - 1), min(c1, width - 1)).merge(
                table.cell(min(r2, len(rows) - 1), min(c2, width - 1)))
        except Exception:  # noqa: BLE001 - python-docx refuses some shapes; the others are the test
            continue
    try:
        result = import_docx(saved(d))
    except PlanImportError:
        return
    assert isinstance(result.plan["outline"], list)


def test_the_importers_import_neither_qt_nor_the_other_layers() -> None:
    package = Path(__file__).resolve().parents[2] / "tthc_desktop" / "importers"
    import ast

    for path in package.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                assert top not in {"PySide6", "shiboken6", "sqlalchemy"}, (path.name, name)
                if top == "tthc_desktop":
                    assert name.startswith(("tthc_desktop.domain", "tthc_desktop.importers")), (path.name, name)
    assert qn("w:p")  # python-docx's namespaces are what the reader walks
