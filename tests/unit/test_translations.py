"""Every user-visible string is in both catalogues and translated; the built .qm files are current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
sys.path.insert(0, str(ROOT / "tools"))

from update_translations import core_messages, qt_tool, ui_sources  # noqa: E402


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_core_message_has_a_translation(language: str) -> None:
    with (TRANSLATIONS / f"core_{language}.po").open("rb") as handle:
        catalog = read_po(handle)
    translated = {m.id for m in catalog if m.id and m.string and not m.fuzzy}
    used = {m.id for m in core_messages() if m.id}
    assert len(used) > 30
    missing = used - translated
    assert not missing, f"untranslated in core_{language}.po (run tools/update_translations.py): {sorted(missing)}"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_ui_string_is_in_the_ts_file_and_translated(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"fresh_{language}.ts"
    shutil.copy(TRANSLATIONS / f"tthc_{language}.ts", fresh)
    subprocess.run([qt_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *ui_sources(), "-ts", str(fresh)],
                   check=True, cwd=ROOT, capture_output=True)
    messages = ET.parse(fresh).getroot().iter("message")
    sources = []
    for message in messages:
        translation = message.find("translation")
        source = message.findtext("source")
        sources.append(source)
        assert translation is not None and translation.get("type") is None and translation.text, (
            f"untranslated in tthc_{language}.ts (run tools/update_translations.py): {source!r}"
        )
        if message.get("numerus") == "yes":  # a counted text ("%n task(s)"): every form filled, each keeps %n
            forms = [form.text or "" for form in translation.iter("numerusform")]
            assert len(forms) == (1 if language == "vi" else 2) and all("%n" in form for form in forms), (
                f"a plural form missing in tthc_{language}.ts: {source!r}")
    assert len(sources) > 25


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_committed_qm_matches_its_ts(language: str, tmp_path: Path) -> None:
    built = tmp_path / "built.qm"
    source = TRANSLATIONS / f"tthc_{language}.ts"
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(built)],
                   check=True, capture_output=True)
    assert built.read_bytes() == (TRANSLATIONS / f"tthc_{language}.qm").read_bytes()


def test_vietnamese_translations_keep_every_placeholder() -> None:
    import re

    with (TRANSLATIONS / "core_vi.po").open("rb") as handle:
        catalog = read_po(handle)
    for message in catalog:
        if message.id and message.string:
            assert set(re.findall(r"{\w+}", str(message.id))) == set(re.findall(r"{\w+}", str(message.string))), (
                message.id)


def _translate_calls(tree):  # noqa: ANN001, ANN202
    import ast

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "translate":
            yield node


def test_every_translated_ui_text_is_one_lupdate_can_read() -> None:
    """translate(context, variable) is only right when the texts are marked QT_TRANSLATE_NOOP in that context;
    a wrapper such as _tr(text) hides every string from lupdate and leaves it in English."""
    import ast

    trees = {path: ast.parse(path.read_text(encoding="utf-8"))
             for path in sorted((ROOT / "tthc_desktop" / "ui").rglob("*.py"))}
    marked = {node.args[0].value for tree in trees.values() for node in ast.walk(tree)
              if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"}
    assert {"OutlineModel", "TrackerModel"} <= marked
    for path, tree in trees.items():
        for call in _translate_calls(tree):
            context, text = call.args[0], call.args[1]
            assert isinstance(context, ast.Constant), f"{path.name}:{call.lineno}: context must be written out"
            if not isinstance(text, ast.Constant):
                assert context.value in marked, (
                    f"{path.name}:{call.lineno}: translate() of a variable in context {context.value!r}, whose "
                    "texts are not marked QT_TRANSLATE_NOOP: lupdate cannot see them")


QT_CATALOGUE = TRANSLATIONS / "qtbase_vi.ts"


def _qt_catalogue_messages() -> list[tuple[str, ET.Element]]:
    return [(context.findtext("name") or "", message) for context in ET.parse(QT_CATALOGUE).getroot().iter("context")
            for message in context.iter("message")]


def test_the_committed_qt_catalogue_matches_its_ts(tmp_path: Path) -> None:
    built = tmp_path / "built.qm"
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(QT_CATALOGUE), "-qm", str(built)],
                   check=True, capture_output=True)
    assert built.read_bytes() == (TRANSLATIONS / "qtbase_vi.qm").read_bytes(), (
        "translations/qtbase_vi.qm is stale: run tools/update_translations.py")


def test_every_qt_string_in_our_catalogue_is_translated_and_keeps_its_placeholders() -> None:
    """Qt's own strings (Qt ships no Vietnamese): all translated, %1 and %n kept, one mnemonic kept, NFC text."""
    import re
    import unicodedata

    messages = _qt_catalogue_messages()
    assert len(messages) > 300
    assert {"QPlatformTheme", "QLineEdit", "QWidgetTextControl", "QMessageBox", "QDialogButtonBox", "QFileDialog",
            "QFileSystemModel", "QPrintDialog", "QPrintPreviewDialog", "QPageSetupWidget", "QProgressDialog",
            "QWizard"} <= {context for context, _message in messages}
    for context, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, f"untranslated: {context} {source!r}"
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            assert text, f"empty translation: {context} {source!r}"
            assert sorted(re.findall(r"%(?:\d+|n)", source)) == sorted(re.findall(r"%(?:\d+|n)", text)), (
                context, source, text)
            assert source.replace("&&", "").count("&") == text.replace("&&", "").count("&"), (context, source, text)
            assert text == unicodedata.normalize("NFC", text), (context, text)


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="the Unix print dialog's and the GNOME theme's strings are built into Qt on Linux only")
def test_every_source_in_our_qt_catalogue_is_a_string_qt_still_uses() -> None:
    """After a Qt upgrade, a source Qt has reworded would silently show English again: its old wording is no longer
    in Qt's libraries. Qt's exact wording: convert one of its qtbase_<lang>.qm files to .ts with lconvert."""
    from PySide6.QtCore import QLibraryInfo

    libraries = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    files = {path.resolve() for module in ("Core", "Gui", "Widgets", "PrintSupport")
             for path in libraries.glob(f"libQt6{module}.so*")}
    assert len(files) >= 4, f"Qt's libraries not found in {libraries}"
    files |= {path.resolve() for path in (plugins / "printsupport").glob("*.so")}
    strings = b"".join(path.read_bytes() for path in sorted(files))
    missing = sorted({(context, message.findtext("source") or "") for context, message in _qt_catalogue_messages()
                      if (message.findtext("source") or "").encode() + b"\0" not in strings})
    assert not missing, f"Qt no longer uses these sources of translations/qtbase_vi.ts: {missing}"
