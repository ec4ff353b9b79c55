"""Signature blocks in every spacing, laid out in two columns and read back beside 'Nơi nhận' (issue 15 item 5)."""

from __future__ import annotations

import io

import docx
import pytest

from tthc_desktop.domain.enums import SigningAuthority
from tthc_desktop.domain.signature import parse_authority
from tthc_desktop.importers import import_docx, import_text
from tthc_desktop.importers.signature import authority_line

HEAD = ["KẾ HOẠCH", "Kiểm soát thủ tục hành chính năm 2026",
        "STT\tNội dung công việc\tKết quả\tCơ quan thực hiện\tThời gian thực hiện",
        "1\tRà soát TTHC\tBáo cáo\tVăn phòng\tQuý I", ""]


@pytest.mark.parametrize(("line", "expected"), [
    ("KT.CHỦ TỊCH", "KT. CHỦ TỊCH"), ("KT. CHỦ TỊCH", "KT. CHỦ TỊCH"), ("KT . CHỦ TỊCH", "KT. CHỦ TỊCH"),
    ("KT CHỦ TỊCH", "KT. CHỦ TỊCH"), ("K/T CHỦ TỊCH", "KT. CHỦ TỊCH"), ("TM.ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN"),
    ("T/M UBND XÃ", "TM. UBND XÃ"), ("TM: ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN"), ("Q.CHỦ TỊCH", "Q. CHỦ TỊCH"),
    ("TL. CHỦ TỊCH", "TL. CHỦ TỊCH"), ("TUQ.CHỦ TỊCH", "TUQ. CHỦ TỊCH"), ("kt. chủ tịch", "KT. CHỦ TỊCH"),
    ("TM. BAN CHỈ ĐẠO", "TM. BAN CHỈ ĐẠO"),
])
def test_the_authority_in_every_spacing_is_written_as_the_format_prints_it(line: str, expected: str) -> None:
    assert authority_line(line) == expected
    assert parse_authority(expected) is not SigningAuthority.NONE


@pytest.mark.parametrize("line", ["KẾ HOẠCH", "TRƯỞNG BAN", "Q Lợi", "TL", "KTXH phối hợp", "TM"])
def test_other_lines_are_not_authorities(line: str) -> None:
    assert authority_line(line) is None


@pytest.mark.parametrize("authority", ["KT.CHỦ TỊCH", "KT. CHỦ TỊCH", "KT .CHỦ TỊCH", "KT  CHỦ TỊCH"])
def test_a_pasted_signature_in_every_spacing(authority: str) -> None:
    text = "\n".join([*HEAD, "Nơi nhận:", "- UBND huyện;", "- Lưu: VT.", authority, "PHÓ CHỦ TỊCH", "", "Lê Thị Hoa"])
    [document] = import_text(text).plan["documents"]
    assert document["signer"] == {"authority": "KT. CHỦ TỊCH", "position": "PHÓ CHỦ TỊCH", "name": "Lê Thị Hoa"}
    assert document["recipients"] == ["UBND huyện;", "Lưu: VT."]


def test_a_two_column_signature_copied_side_by_side_is_read_interleaved() -> None:
    text = "\n".join([
        *HEAD,
        "Nơi nhận:                                              TM. ỦY BAN NHÂN DÂN",
        "- Văn phòng UBND tỉnh;                                  KT.CHỦ TỊCH",
        "- TT Đảng ủy, HĐND xã;                                  PHÓ CHỦ TỊCH",
        "- Lưu: VT, VP.",
        "                                                        (Đã ký)",
        "                                                        Nguyễn Văn Bình",
    ])
    [document] = import_text(text).plan["documents"]
    assert document["signer"] == {"authority": "TM. ỦY BAN NHÂN DÂN", "position": "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                                  "name": "Nguyễn Văn Bình"}
    assert document["recipients"] == ["Văn phòng UBND tỉnh;", "TT Đảng ủy, HĐND xã;", "Lưu: VT, VP."]


def test_a_two_column_signature_table_in_word_and_one_set_out_with_tabs() -> None:
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Kiểm soát thủ tục hành chính năm 2026")
    t = d.add_table(rows=2, cols=5)
    for i, v in enumerate(["STT", "Nội dung công việc", "Kết quả", "Cơ quan thực hiện", "Thời gian thực hiện"]):
        t.cell(0, i).text = v
    for i, v in enumerate(["1", "Rà soát TTHC", "Báo cáo", "Văn phòng", "Quý I"]):
        t.cell(1, i).text = v
    d.add_paragraph("")
    sign = d.add_table(rows=1, cols=2)  # borderless in real plans: the recipients left, the signer right
    left, right = sign.cell(0, 0), sign.cell(0, 1)
    left.text = "Nơi nhận:"
    for line in ("- UBND huyện;", "- Lưu: VT."):
        left.add_paragraph(line)
    right.text = "KT.CHỦ TỊCH"
    for line in ("PHÓ CHỦ TỊCH", "", "", "Đỗ Minh Tâm"):
        right.add_paragraph(line)
    buffer = io.BytesIO()
    d.save(buffer)
    [document] = import_docx(buffer.getvalue()).plan["documents"]
    assert document["signer"] == {"authority": "KT. CHỦ TỊCH", "position": "PHÓ CHỦ TỊCH", "name": "Đỗ Minh Tâm"}
    assert document["recipients"] == ["UBND huyện;", "Lưu: VT."]
    # The same block typed with tabs in paragraphs, as many clerks align it.
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Kiểm soát thủ tục hành chính năm 2026")
    d.add_paragraph("Nội dung như sau.")
    for line in ("Nơi nhận:\t\t\tTM. ỦY BAN NHÂN DÂN", "- UBND huyện;\t\t\tCHỦ TỊCH", "- Lưu: VT.",
                 "\t\t\tĐỗ Minh Tâm"):
        d.add_paragraph(line)
    buffer = io.BytesIO()
    d.save(buffer)
    [document] = import_docx(buffer.getvalue()).plan["documents"]
    assert document["signer"] == {"authority": "TM. ỦY BAN NHÂN DÂN", "position": "CHỦ TỊCH", "name": "Đỗ Minh Tâm"}
    assert document["recipients"] == ["UBND huyện;", "Lưu: VT."]
