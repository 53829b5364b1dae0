"""A digest as Markdown, HTML (a page, or a fragment for the dashboard) or JSON."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup

FORMATS = ("markdown", "html", "json")


@functools.cache
def _env(autoescape: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resources.files("laborwatch.watch") / "templates")),
        autoescape=autoescape,  # HTML: every article string is untrusted
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals["fmt"] = _range
    return env


def _range(v: dict[str, Any] | None) -> str:
    if v is None:
        return "none"
    return f"{v['central']:,} ({v['low']:,}-{v['high']:,})"


def render(digest: dict[str, Any], fmt: str, *, base: str = "") -> str:
    """``digest`` in ``fmt`` (markdown, html or json); ``base`` prefixes dashboard links."""
    if fmt == "json":
        return json.dumps(digest, ensure_ascii=False, indent=1) + "\n"
    if fmt == "markdown":
        return _env(False).get_template("digest.md.j2").render(d=digest)
    return _env(True).get_template("digest.html.j2").render(d=digest, base=base)


def html_fragment(digest: dict[str, Any], *, base: str = "") -> Markup:
    """The digest's HTML body, for a dashboard page."""
    return Markup(_env(True).get_template("digest_body.html.j2").render(d=digest, base=base))
