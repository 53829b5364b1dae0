"""The OpenAPI surface fuzzed by schemathesis against a running server, with and without a
token (8 generated requests per operation; ``bench/api_fuzz.py`` runs every phase, with
many more): no 5xx. And
over a raw socket: a write is refused on its headers alone, before any body is read."""

from __future__ import annotations

import importlib.util
import socket
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("api_fuzz", ROOT / "bench" / "api_fuzz.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.parametrize("with_token", [False, True], ids=["no-token", "token"])
def test_web_api_fuzz_has_no_server_errors(live_server: str, token: str, with_token: bool) -> None:
    row = _bench().fuzz(
        live_server, examples=8, token=token if with_token else None, phases="examples,fuzzing"
    )
    assert row["operations"] and row["operations"] >= 10, row["output"][-3000:]
    assert row["passed"], row["output"][-6000:]


def _headers_only(base: str, path: str, headers: dict[str, str]) -> str:
    """POST ``path`` sending headers that announce a big body, then no body at all: the
    status line the server answers with (it would wait for the body if it read it)."""
    host, port = base.removeprefix("http://").split(":")
    lines = [f"POST {path} HTTP/1.1", f"Host: {host}:{port}", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    with socket.create_connection((host, int(port)), timeout=60) as s:
        s.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        return s.recv(4096).decode("latin-1").split("\r\n", 1)[0]


def test_web_write_is_refused_on_its_headers_before_any_body(live_server: str, token: str) -> None:
    big = {"Content-Type": "application/json", "Content-Length": str(50 * 1024 * 1024)}
    status = _headers_only(live_server, "/api/claims/1/review", big)
    assert status.split()[1] == "401", status  # no token: refused without reading
    bad = {**big, "Authorization": "Bearer lw_wrong"}
    assert _headers_only(live_server, "/api/claims/1/review", bad).split()[1] == "401"
    good = {**big, "Authorization": f"Bearer {token}"}
    status = _headers_only(live_server, "/api/claims/1/review", good)
    assert status.split()[1] == "413", status  # announced size past the cap: not read
