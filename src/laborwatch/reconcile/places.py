"""A place the user typed (a code or a name) as an ISO alpha-2 or M49 code.

The one lookup behind the CLI's ``--country`` and the web's ``?country=``: the extractor's
gazetteer first, then its Korean place names (``lang/ko/places.yaml``: 러시아, 연해주),
then the M49 names of ``data/m49_regions.tsv``.
"""

from __future__ import annotations

import difflib
import re

from laborwatch.errors import ConfigError, LaborwatchError
from laborwatch.reconcile.config import m49, region_names

CODE = re.compile(r"[A-Za-z]{2}|M49:\d{3}", re.IGNORECASE)
PLACE_KINDS = ("country", "region", "abroad", "demonym")


def _country_names() -> dict[str, str]:
    names = {name: code for code, (name, _, _) in m49().items()}
    names.update({name: code for code, name in region_names().items()})
    return names


def resolve_place(text: str, error: type[LaborwatchError] = ConfigError) -> str:
    """An ISO alpha-2 or M49 code from a code or a name ('Russia', 'the Gulf', '러시아').

    Raises:
        LaborwatchError: ``error`` (a ConfigError unless told): the name is unknown; the
            message suggests close names.
    """
    text = text.strip()
    if CODE.fullmatch(text):
        return text.upper()
    from laborwatch.extract.places import gazetteer

    g = gazetteer()
    bare = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    for form in dict.fromkeys((text, bare, text.title(), bare.title(), bare.capitalize())):
        entry = g.lookup(form)
        if entry is not None and entry.kind in PLACE_KINDS and len(entry.codes) == 1:
            return str(entry.codes[0])
    from laborwatch.extract.ko.places import gazetteer as korean

    named = korean().names.get(text)
    if named is not None and named[1] in PLACE_KINDS:
        return str(named[0])
    names = _country_names()
    for name, code in names.items():
        if name.casefold() == text.casefold():
            return code
    close = difflib.get_close_matches(text.title(), list(names), n=3, cutoff=0.6)
    hint = (
        "; did you mean " + " or ".join(f"{n} ({names[n]})" for n in close) + "?"
        if close
        else "; use an ISO alpha-2 code (RU, CN) or M49:NNN"
    )
    raise error(f"unknown place {text!r}{hint}")
