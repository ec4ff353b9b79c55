"""Messages of the Qt-free core (service errors, the CLI) in the user's language.

The UI's own strings go through Qt Linguist (translations/*.ts); these go through gettext catalogues
(translations/core_<lang>.po), read with babel so there is no compile step to forget. Source strings are
English; Vietnamese is the default language.
"""

from __future__ import annotations

import os
from functools import cache

from tthc_desktop.paths import translations_dir

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
_language = os.environ.get("TTHC_LANG", DEFAULT_LANGUAGE)


def set_language(language: str) -> None:
    global _language
    _language = language if language in LANGUAGES else DEFAULT_LANGUAGE


def language() -> str:
    return _language


@cache
def _catalog(lang: str) -> dict[str, str]:
    path = translations_dir() / f"core_{lang}.po"
    if not path.exists():
        return {}
    from babel.messages.pofile import read_po  # only when a message is first needed

    with path.open("rb") as handle:
        catalog = read_po(handle)
    return {str(m.id): str(m.string) for m in catalog if m.id and m.string and not m.fuzzy}


def _(message: str) -> str:
    """`message` in the current language; the English source when no translation exists."""
    if _language == "en":
        return message
    return _catalog(_language).get(message, message)
