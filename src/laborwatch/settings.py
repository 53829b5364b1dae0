"""One settings loader: YAML data files to frozen dataclasses, with a user overlay.

Every package that has settings declares them as a frozen dataclass *without defaults*
and ships the values in a YAML file beside its code; :func:`load` reads the file, lays the
user's settings file over it and builds the dataclass. A key the dataclass does not know,
a missing key or a value of the wrong type is a :class:`~laborwatch.errors.DataFileError`
naming the file and the key, so a typo never silently falls back to a default.

A file whose shape is not (yet) a dataclass loads as ``load(dict[str, Any], path)``
through the same reader and errors; ``section`` is then usually left out.

The user settings file is ``$LABORWATCH_SETTINGS`` if set, else
``$XDG_CONFIG_HOME/laborwatch/settings.yaml`` (``~/.config/...``) when it exists. It has
one mapping per section (``ingest``, ``dedupe``, ``web``, ``map``, ``review``), each a
partial copy of that section's shipped file; mappings merge key by key, anything else
(a number, a list) replaces the shipped value.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import types
import typing
from collections.abc import Mapping
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

import yaml

from laborwatch.errors import DataFileError

T = TypeVar("T")
USER_ENV = "LABORWATCH_SETTINGS"


def user_settings_path() -> Path | None:
    """The user's settings file, or None when there is none."""
    env = os.environ.get(USER_ENV)
    if env:
        return Path(env)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    path = Path(base) / "laborwatch" / "settings.yaml"
    return path if path.is_file() else None


def read_yaml(path: Traversable | Path) -> Any:
    """Parse one YAML file; an unreadable or malformed file is a DataFileError."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise DataFileError(f"{path}: cannot read ({exc})") from exc


def user_section(section: str) -> dict[str, Any]:
    """The user's overrides for ``section`` ({} without a user settings file)."""
    path = user_settings_path()
    if path is None:
        return {}
    data = _user_file(str(path))
    part = data.get(section) or {}
    if not isinstance(part, dict):
        raise DataFileError(f"{path}: {section}: expected a mapping")
    return part


@functools.cache
def _user_file(path: str) -> dict[str, Any]:
    data = read_yaml(Path(path)) or {}
    if not isinstance(data, dict):
        raise DataFileError(f"{path}: expected a mapping of sections")
    return data


def merge(base: Any, over: Any) -> Any:
    """``over`` laid on ``base``: mappings merge key by key, anything else replaces."""
    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for key, value in over.items():
            out[key] = merge(base[key], value) if key in base else value
        return out
    return over


def load(cls: type[T], path: Traversable | Path, *, section: str | None = None) -> T:
    """Build ``cls`` from the YAML file at ``path``, with the user's ``section`` laid over.

    Raises:
        DataFileError: the file cannot be read, or a key is unknown, missing or mistyped.
    """
    data = read_yaml(path)
    where = str(path)
    if section is not None:
        over = user_section(section)
        if over:
            data = merge(data, over)
            where = f"{path} (+ {user_settings_path()}: {section})"
    return build(cls, data, where=where)


def build(cls: type[T], data: Any, *, where: str) -> T:
    """Convert parsed YAML into ``cls`` (a dataclass), checking every key and type."""
    return typing.cast(T, _convert(cls, data, where, ""))


def _fail(where: str, key: str, message: str) -> DataFileError:
    return DataFileError(f"{where}: {key or 'top level'}: {message}")


def _convert(tp: Any, value: Any, where: str, key: str) -> Any:
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _dataclass(tp, value, where, key)
    if tp is Any:
        return value
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        if value is None and type(None) in args:
            return None
        last = _fail(where, key, f"{value!r} has the wrong type")
        for arg in (a for a in args if a is not type(None)):
            try:
                return _convert(arg, value, where, key)
            except DataFileError as exc:
                last = exc
        raise last
    if origin is typing.Literal:
        choices = typing.get_args(tp)
        if value not in choices:
            raise _fail(where, key, f"{value!r} is not one of {', '.join(map(str, choices))}")
        return value
    if origin in (tuple, frozenset):
        if not isinstance(value, list | tuple):
            raise _fail(where, key, f"expected a list, not {type(value).__name__}")
        item = typing.get_args(tp)[0]
        items = [_convert(item, v, where, f"{key}[{i}]") for i, v in enumerate(value)]
        return tuple(items) if origin is tuple else frozenset(items)
    if origin in (dict, Mapping) or tp is dict:
        if not isinstance(value, dict):
            raise _fail(where, key, f"expected a mapping, not {type(value).__name__}")
        kt, vt = typing.get_args(tp) or (Any, Any)
        return {
            _convert(kt, k, where, f"{key}.{k}"): _convert(vt, v, where, f"{key}.{k}")
            for k, v in value.items()
        }
    return _scalar(tp, value, where, key)


def _scalar(tp: Any, value: Any, where: str, key: str) -> Any:
    if tp is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if tp is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if tp in (str, bool) and type(value) is tp:
        return value
    name = getattr(tp, "__name__", str(tp))
    raise _fail(where, key, f"expected {name}, not {type(value).__name__} {value!r}")


def _dataclass(cls: type, value: Any, where: str, key: str) -> Any:
    if not isinstance(value, dict):
        raise _fail(where, key, f"expected a mapping, not {type(value).__name__}")
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
    unknown = sorted(set(value) - set(fields))
    if unknown:
        raise _fail(where, key, f"unknown setting(s) {', '.join(map(str, unknown))}")
    missing = [
        name
        for name, f in fields.items()
        if name not in value
        and f.default is dataclasses.MISSING
        and f.default_factory is dataclasses.MISSING
    ]
    if missing:
        raise _fail(where, key, f"missing setting(s) {', '.join(missing)}")
    kwargs = {
        name: _convert(hints[name], v, where, f"{key}.{name}" if key else name)
        for name, v in value.items()
    }
    try:
        return cls(**kwargs)
    except ValueError as exc:
        raise _fail(where, key, str(exc)) from exc
