"""The few WordprocessingML properties python-docx has no API for, written in the schema's order.

Inside w:pPr, w:rPr, w:sectPr, w:tblPr and w:trPr the children have ONE order (ISO/IEC 29500-1, CT_PPr, CT_RPr,
CT_SectPr, CT_TblPr, CT_TrPr); Word "repairs" a file that breaks it and may drop what it could not place (page
number restarts, borders). `child` finds or inserts an element before the first sibling that must follow it,
with python-docx's own `insert_element_before`, so each property appears once and in its place.
"""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

PPR = ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl", "w:numPr",
       "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
       "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
       "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap",
       "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
       "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
RPR = ("w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike", "w:dstrike",
       "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid", "w:vanish", "w:webHidden",
       "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect",
       "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout",
       "w:specVanish", "w:oMath")
SECTPR = ("w:headerReference", "w:footerReference", "w:footnotePr", "w:endnotePr", "w:type", "w:pgSz", "w:pgMar",
          "w:paperSrc", "w:pgBorders", "w:lnNumType", "w:pgNumType", "w:cols", "w:formProt", "w:vAlign",
          "w:noEndnote", "w:titlePg", "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings",
          "w:sectPrChange")
TBLPR = ("w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize", "w:tblStyleColBandSize",
         "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar",
         "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")
TRPR = ("w:cnfStyle", "w:divId", "w:gridBefore", "w:gridAfter", "w:wBefore", "w:wAfter", "w:cantSplit",
        "w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del", "w:trPrChange")
# The edges of w:tblBorders and w:tblCellMar, in their order (left/right are the transitional names of start/end).
BORDER_EDGES = ("top", "left", "bottom", "right", "insideH", "insideV")
MARGIN_EDGES = ("top", "left", "bottom", "right")


def child(parent: BaseOxmlElement, tag: str, order: tuple[str, ...], **attributes: str) -> BaseOxmlElement:
    """`parent`'s `tag` child (created in its place when missing), with `attributes` set ("w:val" ...)."""
    element: BaseOxmlElement | None = parent.find(qn(tag))
    if element is None:
        element = OxmlElement(tag)
        parent.insert_element_before(element, *order[order.index(tag) + 1:])
    for name, value in attributes.items():
        element.set(qn(name.replace("_", ":", 1)), value)
    return element


def on(parent: BaseOxmlElement, tag: str, order: tuple[str, ...]) -> None:
    """A true on/off property (w:cantSplit, w:tblHeader, w:keepNext): present, no value needed."""
    child(parent, tag, order)


def bottom_border(ppr: BaseOxmlElement, thickness_pt: float) -> None:
    """A solid rule under the paragraph, from its left indent to its right indent."""
    border = child(ppr, "w:pBdr", PPR)
    bottom = OxmlElement("w:bottom")
    for name, value in (("w:val", "single"), ("w:sz", str(max(2, round(thickness_pt * 8)))), ("w:space", "1"),
                        ("w:color", "000000")):
        bottom.set(qn(name), value)
    border.append(bottom)  # only child: w:top, w:left come before it, and there are none


def outline_level(ppr: BaseOxmlElement, level: int) -> None:
    """Word's Navigation pane lists the paragraph at `level` (0 = the top)."""
    child(ppr, "w:outlineLvl", PPR, w_val=str(level))


def language(rpr: BaseOxmlElement, tag: str = "vi-VN") -> None:
    """The proofing language of the text."""
    child(rpr, "w:lang", RPR, w_val=tag, w_eastAsia=tag)


def table_edges(tblpr: BaseOxmlElement, tag: str, values: dict[str, dict[str, str]]) -> None:
    """w:tblBorders or w:tblCellMar with one child per edge, in the schema's order."""
    container = child(tblpr, tag, TBLPR)
    for element in list(container):
        container.remove(element)
    edges = BORDER_EDGES if tag == "w:tblBorders" else MARGIN_EDGES
    for edge in edges:
        if edge in values:
            element = OxmlElement(f"w:{edge}")
            for name, value in values[edge].items():
                element.set(qn(name), value)
            container.append(element)


def page_numbers_from_one(sectpr: BaseOxmlElement) -> None:
    child(sectpr, "w:pgNumType", SECTPR, w_start="1")
