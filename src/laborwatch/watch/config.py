"""The sources file: what to follow, how often, which alerts to raise and where to send them.

::

    sources:
      - url: https://example.org/feed.xml   # a feed, a page, a folder, a file (WARC drops too)
        every: 1h                           # 90s, 15m, 1h, 1d, 1w
        language: en                        # optional: overrides the detected language
        grade: C                            # optional: default reliability (A-F) of the source
    politeness: 2s                          # optional: gap between two polls of one host
    max_backoff: 1d                         # optional: cap on the wait after failures
    alerts:
      - {name: ru-construction, when: new_claim, country: RU, sector: construction}
      - {name: big-move, when: estimate_moved, percent: 20}
      - {name: flags, when: new_flag}
      - {name: quiet, when: silent, days: 14}
    deliver:
      - stdout: true
      - file: alerts.jsonl
      - webhook: https://hooks.example.org/laborwatch

Relative paths (sources, alert files) are read from the sources file's folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from laborwatch.errors import ConfigError
from laborwatch.ingest.urls import looks_like_url

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$")
RULE_KINDS = ("new_claim", "estimate_moved", "new_flag", "withdrawn_flag", "silent", "failed")
GRADES = "ABCDEF"


def seconds(value: object, *, where: str) -> int:
    """A duration (``90``, ``90s``, ``15m``, ``1h``, ``2d``, ``1w``) in whole seconds."""
    m = _DURATION.match(str(value))
    if m is None or isinstance(value, bool):
        raise ConfigError(f"{where}: {value!r} is not a duration like 90s, 15m, 1h, 1d")
    total = int(float(m.group(1)) * _UNITS[m.group(2) or "s"])
    if total < 1:
        raise ConfigError(f"{where}: a duration must be at least one second")
    return total


@dataclass(frozen=True, slots=True)
class Source:
    """One followed source: where it is (URL or path) and how often to poll it."""

    url: str  # as written (the key in the store)
    location: str  # what ingest reads: the URL, or the path resolved against the file
    every: int  # seconds
    language: str | None = None
    grade: str | None = None

    @property
    def host(self) -> str:
        """The host politeness is counted per (a local path counts as the host "")."""
        if looks_like_url(self.url):
            from urllib.parse import urlsplit

            return urlsplit(self.url).netloc.lower()
        return ""


@dataclass(frozen=True, slots=True)
class Rule:
    """An alert rule: a kind of change and the filters it must pass."""

    name: str
    when: str
    country: str | None = None
    sector: str | None = None
    kind: str | None = None
    measure: str | None = None
    percent: float = 20.0
    days: float = 14.0


@dataclass(frozen=True, slots=True)
class Target:
    """Where alerts go: ``stdout``, ``file`` (JSON lines appended) or ``webhook`` (POST)."""

    kind: str
    where: str = ""

    @property
    def name(self) -> str:
        return f"{self.kind}:{self.where}" if self.where else self.kind


@dataclass(frozen=True, slots=True)
class WatchConfig:
    sources: list[Source]
    rules: list[Rule] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    politeness: float = 1.0
    max_backoff: int = 86400


def load_config(path: Path) -> WatchConfig:
    """Read and check a sources file; every mistake is a :class:`ConfigError` naming it."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from exc
    try:
        return parse_config(yaml.safe_load(text), base=path.parent, where=str(path))
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML ({exc})") from exc


def parse_config(data: Any, *, base: Path, where: str) -> WatchConfig:
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise ConfigError(f"{where}: expected a mapping with a 'sources' list")
    sources = [_source(s, base, f"{where}: sources[{i}]") for i, s in enumerate(data["sources"])]
    seen: set[str] = set()
    for s in sources:
        if s.url in seen:
            raise ConfigError(f"{where}: source {s.url!r} is listed twice")
        seen.add(s.url)
    rules = [_rule(r, f"{where}: alerts[{i}]") for i, r in enumerate(data.get("alerts") or [])]
    names = [r.name for r in rules]
    if len(set(names)) != len(names):
        raise ConfigError(f"{where}: alert names must be unique")
    targets = [
        _target(t, base, f"{where}: deliver[{i}]") for i, t in enumerate(data.get("deliver") or [])
    ]
    return WatchConfig(
        sources=sources,
        rules=rules,
        targets=targets,
        politeness=float(seconds(data.get("politeness", 1), where=f"{where}: politeness")),
        max_backoff=seconds(data.get("max_backoff", "1d"), where=f"{where}: max_backoff"),
    )


def _source(raw: Any, base: Path, where: str) -> Source:
    if isinstance(raw, str):
        raw = {"url": raw}
    if not isinstance(raw, dict) or not isinstance(raw.get("url"), str) or not raw["url"].strip():
        raise ConfigError(f"{where}: needs a 'url' (a feed or page URL, or a path)")
    _known(raw, {"url", "every", "language", "grade"}, where)
    url = raw["url"].strip()
    location = url if looks_like_url(url) else str((base / Path(url).expanduser()).resolve())
    grade = raw.get("grade")
    if grade is not None and (not isinstance(grade, str) or grade.upper() not in GRADES):
        raise ConfigError(f"{where}: grade must be one of A-F")
    language = raw.get("language")
    if language is not None and not isinstance(language, str):
        raise ConfigError(f"{where}: language must be a code such as en or ko")
    return Source(
        url=url,
        location=location,
        every=seconds(raw.get("every", "1h"), where=f"{where}.every"),
        language=language,
        grade=grade.upper() if grade else None,
    )


def _rule(raw: Any, where: str) -> Rule:
    if not isinstance(raw, dict) or raw.get("when") not in RULE_KINDS:
        raise ConfigError(f"{where}: 'when' must be one of {', '.join(RULE_KINDS)}")
    _known(raw, {"name", "when", "country", "sector", "kind", "measure", "percent", "days"}, where)
    try:
        return Rule(
            name=str(raw.get("name") or raw["when"]),
            when=raw["when"],
            country=str(raw["country"]).upper() if raw.get("country") else None,
            sector=raw.get("sector"),
            kind=raw.get("kind"),
            measure=raw.get("measure"),
            percent=float(raw.get("percent", 20)),
            days=float(raw.get("days", 14)),
        )
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{where}: {exc}") from exc


def _target(raw: Any, base: Path, where: str) -> Target:
    if raw == "stdout":
        return Target("stdout")
    if not isinstance(raw, dict) or len(raw) != 1:
        raise ConfigError(f"{where}: one of stdout: true, file: PATH, webhook: URL")
    ((kind, value),) = raw.items()
    if kind == "stdout" and value:
        return Target("stdout")
    if kind == "file" and isinstance(value, str):
        return Target("file", str((base / Path(value).expanduser()).resolve()))
    if kind == "webhook" and isinstance(value, str) and looks_like_url(value):
        return Target("webhook", value)
    raise ConfigError(f"{where}: one of stdout: true, file: PATH, webhook: URL")


def _known(raw: dict[str, Any], keys: set[str], where: str) -> None:
    unknown = sorted(set(raw) - keys)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}")
