"""The JSON API fuzzed with schemathesis against a running server, with and without a
write token: no request may get a 5xx answer.

    nice .venv/bin/python bench/api_fuzz.py --examples 200

A store is built in a temporary folder from the shared articles (seeds + dev, read at
run time, real extractor), served by ``laborwatch serve`` on a free 127.0.0.1 port, and
``schemathesis run`` (a separate process) sends generated requests to every operation
of ``/openapi.json``: once with no token, once with a valid Bearer token. Only
``not_a_server_error`` is checked (answers that refuse input with 4xx are fine).
``tests/web/test_web_api_fuzz.py`` runs the same with a few examples per operation.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from laborwatch.jobs.ports import free_port

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("LABORWATCH_SHARED", ROOT.parent / "shared"))
SCHEMATHESIS = str(Path(sys.executable).with_name("schemathesis"))


def build_store(path: Path) -> str:
    """A SQLite store of the shared articles; returns its URL."""
    from laborwatch.extract.pipeline import Extractor
    from laborwatch.ingest.jsonl import read_jsonl
    from laborwatch.store import Store
    from laborwatch.store.runner import Ingest

    url = f"sqlite:///{path}"
    corpus = SHARED / "corpus"
    with Store.open(url) as store:
        items = itertools.chain(
            read_jsonl(corpus / "seeds.jsonl"), read_jsonl(corpus / "dev.jsonl")
        )
        Ingest(store, extractor=Extractor()).run(items)
    return url


@contextlib.contextmanager
def serving(url: str) -> Iterator[str]:
    """``laborwatch serve`` on ``url``'s store, on a free port; yields the base URL."""
    import httpx

    port = free_port()
    cli = str(Path(sys.executable).with_name("laborwatch"))
    server = subprocess.Popen(
        [cli, "serve", "--db", url, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{base}/openapi.json", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("laborwatch serve did not start")
            time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(30)


def fuzz(
    base: str, *, examples: int, token: str | None, seed: int = 1, phases: str | None = None
) -> dict[str, Any]:
    """One ``schemathesis run`` against ``base``; its outcome and summary figures.
    ``phases``: e.g. "fuzzing" (default: all of schemathesis's phases)."""
    cmd = [
        SCHEMATHESIS,
        "run",
        f"{base}/openapi.json",
        "--checks",
        "not_a_server_error",
        "--max-examples",
        str(examples),
        "--seed",
        str(seed),
        "--workers",
        "1",
        "--request-timeout",
        "60",
        "--no-color",
        "--suppress-health-check",
        "all",
    ]
    if token:
        cmd += ["--header", f"Authorization: Bearer {token}"]
    if phases:
        cmd += ["--phases", phases]
    t0 = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="schemathesis-") as cwd:  # its cache stays out
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=cwd)
    took = time.monotonic() - t0
    out = proc.stdout + proc.stderr
    cases = re.search(r"(\d+) generated", out)
    operations = re.search(r"Operations:\s+(\d+)\s+selected\s*/\s*(\d+)\s+total", out)
    return {
        "token": bool(token),
        "passed": proc.returncode == 0,
        "test_cases": int(cases.group(1)) if cases else None,
        "operations": int(operations.group(1)) if operations else None,
        "seconds": round(took, 1),
        "output": out,
    }


def main() -> None:
    from laborwatch.review import TokenStore
    from laborwatch.store import Store

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=200, help="examples per operation")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    failed = False
    with tempfile.TemporaryDirectory(prefix="api-fuzz-") as tmp:
        url = build_store(Path(tmp) / "fuzz.db")
        with Store.open(url) as store:
            token = TokenStore(store).create("fuzzer")
        with serving(url) as base:
            for tok in (None, token):
                row = fuzz(base, examples=args.examples, token=tok, seed=args.seed)
                output = row.pop("output")
                row["load_1min"] = round(os.getloadavg()[0], 2)
                print(json.dumps(row), flush=True)
                if not row["passed"]:
                    failed = True
                    print(output[-6000:], file=sys.stderr)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
