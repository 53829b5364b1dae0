"""Folder walking: every readable file under a folder, in a stable (sorted) order."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from laborwatch.errors import InputError
from laborwatch.ingest.settings import ingest_settings


def wanted(path: Path) -> bool:
    """True for the file names a walk reads (``walk.suffixes`` in settings.yaml)."""
    name = path.name.lower()
    return not name.startswith(".") and name.endswith(ingest_settings().walk.suffixes)


def walk_folder(root: Path) -> Iterator[Path | InputError]:
    """Files under ``root`` worth reading, depth first, names sorted; hidden entries and
    symlinked folders are not followed; other files are skipped silently.

    A folder that cannot be listed is yielded as an :class:`InputError`.
    """
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        while errors:
            exc = errors.pop(0)
            yield InputError(f"cannot list folder ({exc.strerror})", where=exc.filename)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath, name)
            if wanted(path) and path.is_file():
                yield path
    for exc in errors:
        yield InputError(f"cannot list folder ({exc.strerror})", where=exc.filename)
