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
def _catalog(lang: str) -> dict[str, str | tuple[str, ...]]:
    """Message → translation; a counted message (ngettext) is keyed by its singular, with one text per plural form."""
    path = translations_dir() / f"core_{lang}.po"
    if not path.exists():
        return {}
    from babel.messages.pofile import read_po  # only when a message is first needed

    with path.open("rb") as handle:
        catalog = read_po(handle)
    found: dict[str, str | tuple[str, ...]] = {}
    for m in catalog:
        if not m.id or m.fuzzy:
            continue
        texts = m.string
        if isinstance(m.id, tuple | list):
            if isinstance(texts, tuple | list) and all(texts):
                found[str(m.id[0])] = tuple(str(s) for s in texts)
        elif isinstance(texts, str) and texts:
            found[str(m.id)] = texts
    return found


def _(message: str) -> str:
    """`message` in the current language; the English source when no translation exists."""
    if _language == "en":
        return message
    found = _catalog(_language).get(message, message)
    return found if isinstance(found, str) else message


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a counted message that agrees with `n`, like gettext's ngettext: English "{count} task" for 1,
    "{count} tasks" otherwise; Vietnamese has one form. The caller still formats {count} in."""
    english = singular if n == 1 else plural
    if _language == "en":
        return english
    forms = _catalog(_language).get(singular)
    if not isinstance(forms, tuple):
        return english
    from babel import Locale  # CLDR's plural rule of the language: "one" or "other" here

    index = 0 if Locale.parse(_language).plural_form(n) == "one" else 1
    return forms[min(index, len(forms) - 1)]
