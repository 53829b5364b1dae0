"""One exception tree for the whole project.

Every error a user can cause or meet derives from :class:`LaborwatchError`; the CLI
turns these into one clear line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations


class LaborwatchError(Exception):
    """Base of every error laborwatch raises on purpose."""

    exit_code = 1


class InputError(LaborwatchError):
    """An input (file, record, page, feed) cannot be read or understood."""

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class DataFileError(LaborwatchError):
    """A shipped or user-supplied vocabulary/rules file is missing or malformed."""


class FetchError(InputError):
    """A URL could not be fetched (network, size cap, refused address, bad status)."""


class StoreError(LaborwatchError):
    """The database cannot be opened, migrated, read or written."""


class ConfigError(LaborwatchError):
    """A setting or command-line option is invalid."""


class RequestError(LaborwatchError):
    """A web request asks for something invalid (a parameter out of range, an unknown code).

    The web app answers it with 400; :class:`ConfigError` stays for settings and options.
    """


class ReportError(LaborwatchError):
    """A report cannot be written (e.g. PDF asked for and no Chromium to print it)."""


class ReviewError(LaborwatchError):
    """A review decision or correction is invalid (unknown claim, status, sector, count)."""
