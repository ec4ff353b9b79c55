"""TCVN3 (ABC, .VnTime) and VNI text read back as Unicode NFC.

The encoders here are the tests' own, written from the code charts independently of the importer's tables:
TCVN3 as the chart's rows typed out glyph by glyph, VNI as its base-letter-plus-mark-byte scheme.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from tthc_desktop.importers.encodings import (
    TCVN3,
    VNI,
    decode_run,
    decode_tcvn3,
    decode_vni,
    detect,
    font_encoding,
    score,
    to_unicode,
)
from tthc_desktop.importers.text import import_text

SEEDS = Path("/work/shared/seeds")
SEED_NAMES = ["000_375297f20dd8c941", "002_9e03fbf4f3d2e073", "003_bb5b16c61907f147"]
WORDS = ["Cộng hòa xã hội chủ nghĩa Việt Nam", "Ủy ban nhân dân", "thủ tục hành chính",
         "Độc lập - Tự do - Hạnh phúc", "Quyết định số 48/QĐ-UBND ngày 03/3/2025",
         "Kế hoạch kiểm soát thủ tục hành chính năm 2025 trên địa bàn xã Hành Dũng",
         "người đứng đầu cơ quan; hướng dẫn; ưu tiên; khuyến khích; quyền lợi; thuở ấy; ỷ lại; Ỹ"]

# ---------------------------------------------------------------- the tests' own TCVN3 encoder

# Each row: the Unicode letter with its tones in the chart's order (none, huyền, hỏi, ngã, sắc, nặng), then
# the TCVN3 glyphs at those positions, as a .VnTime document shows them in a Unicode font.
_TCVN3_CHART = """
a à ả ã á ạ | a µ ¶ · ¸ ¹
ă ằ ẳ ẵ ắ ặ | ¨ » ¼ ½ ¾ Æ
â ầ ẩ ẫ ấ ậ | © Ç È É Ê Ë
e è ẻ ẽ é ẹ | e Ì Î Ï Ð Ñ
ê ề ể ễ ế ệ | ª Ò Ó Ô Õ Ö
i ì ỉ ĩ í ị | i × Ø Ü Ý Þ
o ò ỏ õ ó ọ | o ß á â ã ä
ô ồ ổ ỗ ố ộ | « å æ ç è é
ơ ờ ở ỡ ớ ợ | ¬ ê ë ì í î
u ù ủ ũ ú ụ | u ï ñ ò ó ô
ư ừ ử ữ ứ ự | \u00ad õ ö ÷ ø ù
y ỳ ỷ ỹ ý ỵ | y ú û ü ý þ
đ Đ Ă Â Ê Ô Ơ Ư | ® § ¡ ¢ £ ¤ ¥ ¦
"""


def _tcvn3_table() -> dict[str, str]:
    table = {}
    for row in _TCVN3_CHART.strip().splitlines():
        letters, glyphs = (part.split() for part in row.split("|"))
        glyphs = [g.replace("\\u00ad", "\u00ad") for g in glyphs]
        table.update(zip(letters, glyphs, strict=True))
    return table


TO_TCVN3 = _tcvn3_table()


def to_tcvn3(text: str) -> str:
    """TCVN3 has no toned capitals: like a clerk typing in .VnTime, those get the lower-case code."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        out.append(TO_TCVN3.get(ch) or (TO_TCVN3.get(ch.lower(), ch) if not ch.isascii() else ch))
    return "".join(out)


# ---------------------------------------------------------------- the tests' own VNI encoder

_TONE = {"\u0300": "ø", "\u0301": "ù", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_CIRCUMFLEX = {"": "â", "\u0300": "à", "\u0301": "á", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_BREVE = {"": "ê", "\u0300": "è", "\u0301": "é", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_TONED_I = {"\u0300": "ì", "\u0301": "í", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def _vni_letter(ch: str) -> str:
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    tone = next((m for m in marks if m in _TONE), "")
    upper = base.isupper()

    def case(glyph: str) -> str:
        return glyph.upper() if upper else glyph

    if base in "iI" and tone:
        return case(_TONED_I[tone])
    if base in "yY" and tone == "\u0323":
        return case("î")
    if "\u031b" in marks:  # horn: ơ ư are single bytes
        return {"o": "ô", "u": "ö", "O": "Ô", "U": "Ö"}[base] + (case(_TONE[tone]) if tone else "")
    if "\u0302" in marks:
        return base + case(_CIRCUMFLEX[tone])
    if "\u0306" in marks:
        return base + case(_BREVE[tone])
    return base + case(_TONE[tone]) if tone else ch


def to_vni(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "đĐ":
            out.append("ñ" if ch == "đ" else "Ñ")
        elif not ch.isascii() and ch.isalpha():
            out.append(_vni_letter(ch))
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- literal samples, typed from the charts


def test_a_tcvn3_sample_typed_by_hand_from_the_chart() -> None:
    assert decode_tcvn3("Céng hoµ x· héi chñ nghÜa ViÖt Nam") == "Cộng hoà xã hội chủ nghĩa Việt Nam"
    assert decode_tcvn3("§éc lËp - Tù do - H¹nh phóc") == "Độc lập - Tự do - Hạnh phúc"
    assert decode_tcvn3("thñ tôc hµnh chÝnh") == "thủ tục hành chính"
    assert decode_tcvn3("Sè: 48/Q§-UBND") == "Số: 48/QĐ-UBND"
    assert decode_tcvn3("ng\u00adêi") == "người"


def test_a_vni_sample_typed_by_hand_from_the_scheme() -> None:
    assert decode_vni("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam") == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert decode_vni("UÛy ban nhaân daân") == "Ủy ban nhân dân"
    assert decode_vni("thuû tuïc haønh chính") == "thủ tục hành chính"
    assert decode_vni("ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC") == "ĐỘC LẬP - TỰ DO - HẠNH PHÚC"
    assert decode_vni("ngöôøi ñöùng ñaàu; naêm; khuyeán khích; kyø; Myõ; yù kieán; Mî") == (
        "người đứng đầu; năm; khuyến khích; kỳ; Mỹ; ý kiến; Mỵ")


@pytest.mark.parametrize("words", WORDS)
def test_words_round_trip_through_tcvn3(words: str) -> None:
    legacy = to_tcvn3(words)
    assert legacy != words
    expected = "".join(ch.lower() if not ch.isascii() and ch not in "ĐĂÂÊÔƠƯ" else ch for ch in words)
    assert decode_tcvn3(legacy) == unicodedata.normalize("NFC", expected)
    assert to_unicode(legacy).text == unicodedata.normalize("NFC", expected)
    assert to_unicode(legacy).encoding == TCVN3


@pytest.mark.parametrize("words", WORDS)
def test_words_round_trip_through_vni(words: str) -> None:
    legacy = to_vni(words)
    assert legacy != words
    assert decode_vni(legacy) == words
    assert to_unicode(legacy).text == words
    assert to_unicode(legacy).encoding == VNI


def test_capitals_typed_in_the_upper_case_font_come_back_as_capitals() -> None:
    """.VnTimeH shows the lower-case codes as capitals; a line whose ASCII letters are all capitals is one."""
    assert to_unicode(to_tcvn3("ỦY BAN NHÂN DÂN XÃ HÀNH DŨNG")).text == "ỦY BAN NHÂN DÂN XÃ HÀNH DŨNG"
    assert to_unicode(to_tcvn3("QUYẾT ĐỊNH")).text == "QUYẾT ĐỊNH"
    assert to_unicode(to_tcvn3("- TT HĐND xã;")).text == "- TT HĐND xã;"


def test_unicode_text_is_left_alone() -> None:
    for name in SEED_NAMES:
        text = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
        assert detect(text) is None
        result = to_unicode(text)
        assert result.encoding is None and result.lines == 0
        assert result.text == unicodedata.normalize("NFC", text)
    assert to_unicode("Thông tin; Các văn bản; Quý I").encoding is None


def test_decomposed_unicode_becomes_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Cộng hòa xã hội chủ nghĩa Việt Nam")
    assert decomposed != "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert to_unicode(decomposed).text == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert to_unicode(decomposed).encoding is None


def test_a_document_mixing_unicode_and_tcvn3_keeps_its_unicode_lines() -> None:
    mixed = "\n".join(["Kế hoạch kiểm soát thủ tục hành chính", to_tcvn3("Cộng hòa xã hội chủ nghĩa Việt Nam"),
                       "Thông tin điện tử", to_tcvn3("Ủy ban nhân dân xã"), to_tcvn3("thủ tục hành chính")])
    result = to_unicode(mixed)
    assert result.encoding == TCVN3 and result.lines == 3
    assert result.text.split("\n") == ["Kế hoạch kiểm soát thủ tục hành chính", "Cộng hòa xã hội chủ nghĩa Việt Nam",
                                       "Thông tin điện tử", "ủy ban nhân dân xã", "thủ tục hành chính"]


def test_the_syllable_reader_tells_vietnamese_from_look_alikes() -> None:
    assert score("Cộng hòa xã hội chủ nghĩa Việt Nam") == (7, 0)
    assert score("người quyết giữa khuya xuyên gì quốc HĐND") == (7, 0)  # "khuya" is ASCII: no evidence
    good, bad = score("Céng hoµ x· héi chñ nghÜa ViÖt Nam")
    assert bad >= 5
    assert score("Coäng hoøa xaõ hoäi") == (1, 3)  # "xaõ" happens to spell a syllable ("xão")


def test_word_fonts_name_their_encoding() -> None:
    assert font_encoding(".VnTime") == (TCVN3, False)
    assert font_encoding(".VnTimeH") == (TCVN3, True)
    assert font_encoding(".VnArial") == (TCVN3, False)
    assert font_encoding("VNI-Times") == (VNI, False)
    assert font_encoding("Times New Roman") == (None, False)
    assert font_encoding(None) == (None, False)
    assert decode_run("Céng hoµ", ".VnTime") == "Cộng hoà"
    assert decode_run("céng hoµ", ".VnTimeH") == "CỘNG HOÀ"
    assert decode_run("Coäng hoøa", "VNI-Times") == "Cộng hòa"
    assert decode_run("Céng hoµ", "Times New Roman") == "Céng hoµ"


@pytest.mark.parametrize("name", SEED_NAMES)
@pytest.mark.parametrize("encode", [to_tcvn3, to_vni], ids=["tcvn3", "vni"])
def test_a_seed_typed_in_an_old_encoding_imports_like_the_unicode_one(name: str, encode) -> None:  # noqa: ANN001
    text = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
    unicode_plan = import_text(text).plan
    result = import_text(encode(text))
    notices = [n for n in result.notices if n.kind == "encoding_converted"]
    assert len(notices) == 1 and (TCVN3 if encode is to_tcvn3 else VNI) in notices[0].message
    # Appendix titles are kept in capitals, so TCVN3's missing toned capitals ("Về" for "VỀ") do not show.
    assert result.plan == unicode_plan
