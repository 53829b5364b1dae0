"""Request limits: a write without a token is refused (401) before its body is read, and
no body larger than ``max_body_bytes`` (web/settings.yaml) is read, announced or streamed.

The memory test runs the real ``laborwatch serve`` in its own process on 127.0.0.1 and
reads that process's peak resident memory from /proc while a large body streams at it.
"""

from __future__ import annotations

import contextlib
import json
import select
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from laborwatch.jobs.ports import free_port
from laborwatch.store import Store
from laborwatch.web.settings import load_settings

LIMIT = load_settings().max_body_bytes
CLI = str(Path(sys.executable).with_name("laborwatch"))
REVIEW = {"decision": "corrected", "status": "repatriated"}


def _chunks(total: int, size: int = 64 * 1024) -> Iterator[bytes]:
    sent = 0
    while sent < total:
        yield b"x" * min(size, total - sent)
        sent += size


def test_web_limit_setting_is_small_but_fits_a_review() -> None:
    assert 16 * 1024 <= LIMIT <= 16 * 1024 * 1024


def test_web_write_without_token_is_401_before_the_body_is_read(client: TestClient) -> None:
    big = b"{" + b"x" * (LIMIT * 2)
    r = client.post("/api/claims/1/review", content=big, headers={"content-type": "text/json"})
    assert r.status_code == 401, r.text
    r = client.post("/api/documents/seed-000/review", content=_chunks(LIMIT * 4))
    assert r.status_code == 401, r.text
    bad = {"authorization": "Bearer lw_wrong"}
    r = client.post("/api/claims/1/review", content=big, headers=bad)
    assert r.status_code == 401
    client.get("/")
    form = {"csrf": client.cookies["lw_csrf"], "decision": "x" * (LIMIT * 2)}
    r = client.post("/claims/1/review", data=form)
    assert r.status_code == 401 and "token" in r.text


def test_web_oversized_body_with_a_token_is_413(client: TestClient, token: str) -> None:
    auth = {"authorization": f"Bearer {token}", "content-type": "application/json"}
    padded = json.dumps({**REVIEW, "note": "n" * (LIMIT + 10)})
    r = client.post("/api/claims/1/review", content=padded, headers=auth)
    assert r.status_code == 413 and "error" in r.json()
    r = client.post("/api/claims/1/review", content=_chunks(LIMIT * 4), headers=auth)
    assert r.status_code == 413  # chunked: no Content-Length, bytes counted as they come
    assert client.post("/api/claims/1/review", json=REVIEW, headers=auth).status_code == 200


def test_web_login_body_is_capped_too(client: TestClient) -> None:
    client.get("/login")
    csrf = client.cookies["lw_csrf"]
    r = client.post("/login", data={"token": "t" * (LIMIT * 2), "csrf": csrf})
    assert r.status_code == 413
    r = client.post("/login", data={"token": "lw_wrong", "csrf": csrf})
    assert r.status_code == 401  # a small sign-in still reaches the token check


def _kib(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise AssertionError(field)


@pytest.fixture
def server(store: Store, token: str, tmp_path: Path) -> Iterator[tuple[int, int]]:
    """``laborwatch serve`` over the test's copy of the corpus store (the ``store`` fixture's
    file, holding ``token``): (port, pid)."""
    port = free_port()
    db = f"sqlite:///{tmp_path / 'store.db'}"
    proc = subprocess.Popen(
        [CLI, "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
                break
            assert proc.poll() is None and time.monotonic() < deadline, "serve did not start"
            time.sleep(0.1)
        yield port, proc.pid
    finally:
        proc.terminate()
        proc.wait(30)


def _stream(port: int, path: str, headers: dict[str, str], total: int) -> tuple[int, int]:
    """POST ``total`` bytes chunked; stop once the server answers. (status, bytes sent)."""
    with socket.create_connection(("127.0.0.1", port), 10) as sock:
        head = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", "Transfer-Encoding: chunked"]
        head += [f"{k}: {v}" for k, v in headers.items()]
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
        sent = 0
        chunk = b"x" * (256 * 1024)
        frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
        try:
            while sent < total:
                if select.select([sock], [], [], 0)[0]:
                    break
                sock.sendall(frame)
                sent += len(chunk)
            else:
                sock.sendall(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass
        sock.settimeout(30)
        reply = b""
        with contextlib.suppress(ConnectionResetError, TimeoutError):
            while b"\r\n" not in reply:
                data = sock.recv(4096)
                if not data:
                    break
                reply += data
        return int(reply.split(b" ")[1]), sent


@pytest.mark.slow
def test_web_server_memory_stays_flat_under_a_huge_streamed_body(
    server: tuple[int, int], token: str
) -> None:
    port, pid = server
    total = 400 * 1024 * 1024
    before = _kib(pid, "VmRSS")
    status, sent = _stream(port, "/api/claims/1/review", {"Content-Type": "text/json"}, total)
    assert status == 401
    auth = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    status, sent = _stream(port, "/api/claims/1/review", auth, total)
    assert status == 413
    assert sent < total  # the server answered before the whole body had been sent
    peak = _kib(pid, "VmHWM")
    print(f"server RSS before {before} KiB, peak {peak} KiB; {sent} bytes sent of {total}")
    assert peak - before < 100 * 1024, f"server RSS grew from {before} KiB to peak {peak} KiB"
