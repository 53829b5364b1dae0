"""Every command, option and setting is documented in the README's tables."""

from __future__ import annotations

import dataclasses
import re
import typing
from pathlib import Path

import click
import typer

from laborwatch.cli import app
from laborwatch.dedupe.settings import DedupeSettings
from laborwatch.ingest.settings import IngestSettings
from laborwatch.present import MapSettings
from laborwatch.review.decisions import ReviewRules
from laborwatch.web.settings import WebSettings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
SECTIONS = {
    "ingest": IngestSettings,
    "dedupe": DedupeSettings,
    "web": WebSettings,
    "map": MapSettings,
    "review": ReviewRules,
}


def _commands(group: click.Group, prefix: str = "") -> dict[str, click.Command]:
    out: dict[str, click.Command] = {}
    for name, cmd in group.commands.items():
        if isinstance(cmd, click.Group):
            out.update(_commands(cmd, f"{prefix}{name} "))
        else:
            out[f"{prefix}{name}"] = cmd
    return out


def _row(table_key: str) -> str:
    """The README table row that starts with ``table_key``."""
    for line in README.splitlines():
        if line.startswith(f"| {table_key}"):
            return line
    raise AssertionError(f"README has no table row for {table_key}")


def test_every_command_and_option_is_in_the_command_table() -> None:
    commands = _commands(typer.main.get_command(app))  # type: ignore[arg-type]
    assert len(commands) >= 11
    for name, cmd in commands.items():
        row = _row(f"`laborwatch {name}")
        for param in cmd.params:
            if isinstance(param, click.Option) and param.name != "help":
                longest = max(param.opts, key=len)
                assert f"`{longest}`" in row, f"{name}: {longest} is not in the README"


def _keys(cls: type, prefix: str = "") -> list[str]:
    out = []
    hints = typing.get_type_hints(cls)
    for field in dataclasses.fields(cls):
        tp = hints[field.name]
        if dataclasses.is_dataclass(tp):
            out += _keys(tp, f"{prefix}{field.name}.")  # type: ignore[arg-type]
        else:
            out.append(f"{prefix}{field.name}")
    return out


def test_every_setting_is_in_the_settings_table() -> None:
    for section, cls in SECTIONS.items():
        row = _row(f"`{section}`")
        for key in _keys(cls):
            assert f"`{key}`" in row, f"{section}.{key} is not in the README settings table"
        documented = set(re.findall(r"`([a-z_.]+)`", row.split("|")[3]))
        assert documented <= set(_keys(cls)) | {"below", "colour"}, section
