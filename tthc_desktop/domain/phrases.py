"""Where a line of a title may break: between phrases, never inside the domain's compounds.

Vietnamese writes one syllable per word, so "thủ tục hành chính" is four "words" a renderer would happily break
after any of ("thủ tục hành / chính", "THỦ / TỤC"). A clerk breaks a centred title between phrases. This module
holds the compounds and the small rules that keep words together; `bind` joins them with no-break spaces
(U+00A0), which reportlab and Word both honour, and `break_cost` says how good a break between two words is.
Used by every renderer (documents/lines.py) for titles, subjects and notes; not for justified body text.
"""

from __future__ import annotations

import re
from functools import cache

NBSP = "\u00a0"

# Compounds of the domain, longest first when matched (case and upper case alike). A break may fall between two
# of them, never inside one. Keep them lower case, NFC, single-spaced.
COMPOUNDS: tuple[str, ...] = (
    # bodies and people
    "ủy ban nhân dân", "hội đồng nhân dân", "chủ tịch", "phó chủ tịch", "thủ tướng chính phủ", "chính phủ",
    "văn phòng", "thống kê", "công chức", "cán bộ", "bộ phận", "cơ quan", "đơn vị", "tổ chức", "cá nhân",
    "người dân", "doanh nghiệp", "nhân dân", "nhà nước", "chính quyền", "địa phương", "chuyên môn",
    "bộ phận một cửa", "tiếp nhận và trả kết quả", "trung tâm phục vụ hành chính công",
    "cổng dịch vụ công quốc gia", "hệ thống thông tin",
    # the work itself
    "kiểm soát thủ tục hành chính", "thủ tục hành chính", "kiểm soát", "cải cách hành chính", "quy định hành chính",
    "hành chính",
    "một cửa, một cửa liên thông", "một cửa liên thông", "một cửa", "liên thông",
    "dịch vụ công trực tuyến", "dịch vụ công", "trực tuyến", "trực tiếp", "bưu chính công ích",
    "phản ánh, kiến nghị", "phản ánh", "kiến nghị", "môi trường điện tử", "điện tử", "số hóa",
    "chuyển đổi số", "công nghệ thông tin", "thông tin", "cơ sở dữ liệu", "dữ liệu",
    "kế hoạch", "quyết định", "báo cáo", "nhiệm vụ", "chỉ tiêu", "hồ sơ", "giải quyết", "thực hiện",
    "triển khai", "hoạt động", "công tác", "tình hình", "kết quả", "rà soát", "đánh giá", "công bố",
    "công khai", "niêm yết", "ứng dụng", "quản lý", "tiếp nhận", "xử lý", "ban hành", "kèm theo",
    "tuyên truyền", "kiểm tra", "chỉ đạo", "điều hành", "sửa đổi", "bổ sung", "thay thế", "bãi bỏ",
    "trên địa bàn", "địa bàn", "phụ lục", "biểu mẫu", "thời gian", "thời hạn", "đầu năm", "cuối năm",
    "6 tháng", "9 tháng", "nghị định", "thông tư", "văn bản", "cơ chế", "quy trình", "trình tự", "giấy tờ",
    "lĩnh vực", "phục vụ", "hướng dẫn", "nội dung", "yêu cầu", "mục đích", "tổng hợp", "chất lượng", "hiệu quả",
    "thường xuyên", "định kỳ", "đề án", "pháp luật", "chỉ số", "hài lòng", "tổng số", "giải pháp", "khó khăn",
    "vướng mắc", "đề xuất", "phối hợp", "chủ trì", "đề nghị", "căn cứ", "quốc gia", "liên quan",
)

# Words that open a phrase: a break before one is good, a line ending with one is bad ("… của / UBND" is right,
# "… của" at a line's end is not).
PHRASE_OPENERS = frozenset({
    "của", "và", "về", "trên", "tại", "theo", "cho", "trong", "năm", "đối", "nhằm", "để", "với", "thuộc", "kèm",
    "giai", "từ", "đến", "các", "những", "việc", "ban", "quý", "tháng", "ngày",
})

# A level word binds the name that follows (two syllables: "xã Hành Dũng", "XÃ HÀNH DŨNG").
_PLACE = re.compile(r"(?i)\b(xã|phường|thị trấn|huyện|tỉnh|thành phố|quận)((?:[ \u00a0][^\W\d_]+){1,2})")
# A word and the figure after it: "năm 2025", "số 48/QĐ-UBND", "Điều 4", "ngày 03".
_BEFORE_FIGURE = re.compile(r"(?<=\S) (?=[0-9])")
# A blank left to fill in by hand ("số      /BC-UBND"): two spaces or more, kept as they are.
_BLANK = re.compile(r" {2,}")
# Roman numerals after "quý": "quý I", "QUÝ IV".
_QUARTER = re.compile(r"(?i)\b(quý) (?=[IV]+\b)")


@cache
def _compound_pattern() -> re.Pattern[str]:
    alternatives = sorted(COMPOUNDS, key=len, reverse=True)
    body = "|".join(re.escape(c).replace(r"\ ", "[ \u00a0]+") for c in alternatives)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def _join(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", NBSP)


def bind(text: str) -> str:
    """`text` with no-break spaces inside every compound, place name and "word + figure" pair."""
    text = _compound_pattern().sub(_join, text)
    text = _PLACE.sub(_join, text)
    text = _QUARTER.sub(lambda m: m.group(1) + NBSP, text)
    return _BEFORE_FIGURE.sub(NBSP, text)


def words(text: str) -> list[str]:
    """The pieces a line may break between: `bind`'s output split at ordinary spaces (a blank to fill in binds
    the words on either side of it)."""
    text = _BLANK.sub(lambda m: NBSP * len(m.group(0)), text)
    return [w for w in bind(text).split(" ") if w]


def break_cost(before: str, after: str) -> float:
    """How bad a line break between the pieces `before` and `after` is: below 0 for a break between phrases
    (after a comma, before a word that opens a phrase), above 0 for a line that ends on an opener."""
    if before.endswith((",", ";", ":")):
        return -1.0
    last = before.split(NBSP)[-1].lower()
    first = after.split(NBSP)[0].lower()
    if last in PHRASE_OPENERS:
        return 1.0
    if first in PHRASE_OPENERS or after.startswith("("):
        return -0.5
    return 0.0
