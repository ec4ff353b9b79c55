"""Refresh the translation sources from the code, then build the Qt catalogues.

    python tools/update_translations.py          # after changing any user-visible string

- UI strings (self.tr in tthc_desktop/ui): pyside6-lupdate merges them into translations/tthc_{vi,en}.ts,
  keeping existing translations; pyside6-lrelease builds the .qm files the app loads (committed).
- Core strings (_() in the rest of the package): babel extracts them and merges them into
  translations/core_{vi,en}.po, which the app reads directly.
- Qt's own strings (text boxes' context menus, standard buttons, file and print dialogs): Qt ships no Vietnamese
  catalogue, so translations/qtbase_vi.ts is ours, edited by hand: lupdate cannot refresh it, the sources are in
  Qt. Qt's exact source strings: `lconvert -i <PySide6>/Qt/translations/qtbase_de.qm -o qtbase_de.ts` (lconvert:
  Debian package qt6-l10n-tools). pyside6-lrelease builds it to qtbase_vi.qm (committed), which the app loads.
The tests fail when a string is missing from a catalogue or left untranslated.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "tthc_desktop"
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("vi", "en")


def qt_tool(name: str) -> str:
    """A PySide6 tool installed beside this Python (its scripts folder may not be on PATH)."""
    return shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name) or name


def ui_sources() -> list[str]:
    """Every module that shows Qt text: the ui package and the start-up module that builds the window."""
    return sorted(str(p.relative_to(ROOT)) for p in [*(PACKAGE / "ui").rglob("*.py"), PACKAGE / "app.py"])


def core_messages() -> Catalog:
    """Every _() and ngettext() message of the Qt-free core, with the places it is used."""
    template = Catalog(project="TTHC Desktop", fuzzy=False)
    method_map = [("ui/**.py", "ignore"), ("**.py", "python")]
    for filename, lineno, message, _comments, _context in extract_from_dir(
        str(PACKAGE), method_map=method_map, keywords={"_": None, "ngettext": (1, 2)}, comment_tags=()
    ):
        template.add(message, locations=[(f"tthc_desktop/{filename}", lineno)])
    return template


def update_po(template: Catalog, language: str) -> Path:
    path = TRANSLATIONS / f"core_{language}.po"
    if path.exists():
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=language)
    else:
        catalog = Catalog(locale=language, project="TTHC Desktop")
    before = {(m.id, tuple(m.locations)) for m in catalog if m.id}
    created = catalog.creation_date
    catalog.update(template, no_fuzzy_matching=True)
    if {(m.id, tuple(m.locations)) for m in catalog if m.id} == before:
        catalog.creation_date = created  # nothing changed: keep the file byte-identical
    if language == "en":  # English is the source language: the translation is the message itself
        for message in catalog:
            if message.id and not message.string:
                message.string = message.id
            elif isinstance(message.id, tuple) and not all(message.string):  # ngettext: the singular, the plural
                message.string = message.id
    catalog.obsolete.clear()
    with path.open("wb") as handle:
        write_po(handle, catalog, width=120, omit_header=False, sort_output=True, include_lineno=False)
    return path


def build_qt_catalogues() -> list[Path]:
    """Build our catalogues of Qt's own strings, translations/qtbase_*.ts, to the .qm files beside them."""
    built = []
    for ts in sorted(TRANSLATIONS.glob("qtbase_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT)
        built.append(qm)
    return built


def main() -> int:
    TRANSLATIONS.mkdir(exist_ok=True)
    template = core_messages()
    for language in LANGUAGES:
        update_po(template, language)
    ts_files = [str(TRANSLATIONS / f"tthc_{language}.ts") for language in LANGUAGES]
    subprocess.run([qt_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *ui_sources(), "-ts", *ts_files],
                   check=True, cwd=ROOT)
    for ts in ts_files:
        qm = ts.replace(".ts", ".qm")
        subprocess.run([qt_tool("pyside6-lrelease"), "-silent", ts, "-qm", qm], check=True, cwd=ROOT)
    build_qt_catalogues()
    return 0


if __name__ == "__main__":
    sys.exit(main())
