"""Coverage-guided fuzzing (atheris / libFuzzer) of the extractor and the HTML, PDF, feed
and web-archive (WARC/WET) readers. A benchmark job, not part of ``make test``.

    .venv/bin/pip install -e ".[fuzz]"
    .venv/bin/python bench/fuzz_targets.py --runs 25000            # every target, in turn
    .venv/bin/python bench/fuzz_targets.py --target pdf --runs 5000

Each target runs in its own process (libFuzzer exits when done), seeded from the real
articles in ../shared/corpus (written to a temporary folder, never to the repository).
An input fails when it raises anything outside laborwatch's error tree, when an output
line cannot be written as UTF-8 JSON or breaks ../shared/spec/claim.schema.json, or when
an evidence span is not its sentence: ``document.text[start:end]`` must equal the
sentence (the extractor's normalisation keeps lengths, so offsets index the original).
Crashing inputs land in ``out/fuzz/`` (libFuzzer's ``crash-*`` files); keep small ones as
regression cases in ``tests/ingest/fuzz_cases/``, after replacing any article text in them
with words of your own of the same byte length (offsets inside a PDF must not move).
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import json
import logging
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("LABORWATCH_SHARED", ROOT.parent / "shared"))
OUT = ROOT / "out" / "fuzz"
TARGETS = ("extract", "html", "pdf", "feed", "warc")
MAX_LEN = {"extract": 4096, "html": 8192, "pdf": 16384, "feed": 8192, "warc": 8192}
SEEDS_PER_TARGET = 60
LANGUAGES = ("en", "en", "ko", None)
PUBLISHED = (None, "2019", "2021-06", "2023-11-30")
_TMP = Path("/dev/shm") if Path("/dev/shm").is_dir() else Path(tempfile.gettempdir())
WARC_FILE = _TMP / f"laborwatch-fuzz-{os.getpid()}.warc"
# Libraries instrumented for coverage beside laborwatch (trafilatura is left out: too slow).
INSTRUMENT = {
    "extract": [],
    "html": [],
    "pdf": ["pypdf"],
    "feed": ["feedparser"],
    "warc": ["warcio"],
}


# ---------------------------------------------------------------- checks (shared with tests)


def load_validator() -> Any:
    """The claim schema's validator (jsonschema, Draft 2020-12)."""
    import jsonschema

    schema = json.loads((SHARED / "spec" / "claim.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def check_extraction(result: Any, validator: Any) -> None:
    """Raise AssertionError unless ``result`` writes as a valid, UTF-8 JSON line whose
    every evidence span is its sentence in the document's text."""
    from laborwatch.extract.text import normalize

    line = json.dumps(result.to_dict(), ensure_ascii=False)
    line.encode("utf-8")  # what the JSONL writer does
    record = json.loads(line)
    errors = sorted(validator.iter_errors(record), key=lambda e: list(e.path))
    assert not errors, f"schema: {errors[0].message} at {list(errors[0].path)}"
    text = result.document.text
    normalised = normalize(text)
    for claim in record["claims"]:
        ev = claim["evidence"]
        start, end = ev["start"], ev["end"]
        assert 0 <= start < end <= len(text), f"evidence offsets {start}:{end} outside text"
        assert text[start:end] == ev["sentence"], "evidence sentence is not text[start:end]"
        assert normalised[start:end] == normalize(ev["sentence"]), "normalised span differs"


# ---------------------------------------------------------------- targets


def _document_of(data: bytes) -> Any:
    from laborwatch.model import Document

    head = data[0] if data else 0
    text = data[1:].decode("utf-8", "replace")
    return Document(
        id="fuzz",
        text=text,
        language=LANGUAGES[head % len(LANGUAGES)],
        published=PUBLISHED[(head >> 2) % len(PUBLISHED)],
    )


def make_target(name: str) -> Callable[[bytes], None]:
    """The one-input function of a target (imports happen here, under instrumentation)."""
    from laborwatch.errors import LaborwatchError
    from laborwatch.extract.pipeline import Extractor
    from laborwatch.ingest.feeds import parse_feed
    from laborwatch.ingest.html import html_to_document
    from laborwatch.ingest.pdf import PdfOptions, pdf_bytes_document
    from laborwatch.ingest.sources import archive_documents

    extractor = Extractor()
    validator = load_validator()
    pdf_options = PdfOptions(max_pages=20)

    def extract(data: bytes) -> None:
        try:
            result = extractor.extract(_document_of(data))
        except LaborwatchError:
            return
        check_extraction(result, validator)

    def read_then_extract(read: Callable[[bytes], Any]) -> Callable[[bytes], None]:
        def one(data: bytes) -> None:
            try:
                doc = read(data)
                result = extractor.extract(doc)
            except LaborwatchError:
                return
            doc.text.encode("utf-8")
            check_extraction(result, validator)

        return one

    def feed(data: bytes) -> None:
        try:
            items = parse_feed(data, where="fuzz.xml", base_url="http://example.org/")
        except LaborwatchError:
            return
        for item in items:
            for value in (item.title, item.link, item.text, item.guid, item.published):
                assert value is None or isinstance(value, str)
                if value:
                    value.encode("utf-8")

    def warc(data: bytes) -> None:
        # The archive reader opens a path: the input goes to one reused file (tmpfs when
        # there is one), named .warc; warcio sniffs gzip members by their magic bytes.
        WARC_FILE.write_bytes(data)
        for item in archive_documents(WARC_FILE):
            if isinstance(item, LaborwatchError):
                continue
            item.text.encode("utf-8")
            try:
                result = extractor.extract(item)
            except LaborwatchError:
                continue
            check_extraction(result, validator)

    targets: dict[str, Callable[[bytes], None]] = {
        "extract": extract,
        "html": read_then_extract(
            lambda d: html_to_document(
                d.decode("utf-8", "replace"), doc_id="fuzz", where="fuzz.html"
            )
        ),
        "pdf": read_then_extract(
            lambda d: pdf_bytes_document(d, doc_id="fuzz", where="fuzz.pdf", options=pdf_options)
        ),
        "feed": feed,
        "warc": warc,
    }
    return targets[name]


# ---------------------------------------------------------------- seeds


def _paragraphs() -> list[str]:
    """Paragraphs of the real shared articles (read at run time, never stored here)."""
    out: list[str] = []
    for name in ("seeds.jsonl", "dev.jsonl", "ko-dev.jsonl"):
        path = SHARED / "corpus" / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out += [p for p in re.split(r"\n\s*\n|\n", rec["text"]) if len(p) > 80]
    step = max(1, len(out) // SEEDS_PER_TARGET)
    return out[::step][:SEEDS_PER_TARGET]


def _pdfgen() -> Any:
    spec = importlib.util.spec_from_file_location("pdfgen", ROOT / "tests" / "ingest" / "pdfgen.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_seeds(name: str, folder: Path) -> int:
    """Seed inputs for one target, made from the shared articles."""
    paras = _paragraphs()
    seeds: list[bytes] = []
    for n, para in enumerate(paras):
        if name == "extract":
            seeds.append(bytes([n % 256]) + para.encode("utf-8"))
        elif name == "html":
            body = f"<p>{html.escape(para)}</p>"
            if n % 3 == 0:
                body = "<div>" * 40 + body + "</div>" * 40
            seeds.append(
                f'<!DOCTYPE html><html lang="en"><head><title>T{n}</title>'
                f'<meta property="article:published_time" content="2022-0{n % 9 + 1}-01">'
                f"</head><body><nav>Home</nav><article><h1>T{n}</h1>{body}</article>"
                "<footer>Footer</footer></body></html>".encode()
            )
        elif name == "feed":
            seeds.append(
                '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
                f"<item><title>Item {n}</title><link>/a/{n}</link>"
                f"<pubDate>Mon, 0{n % 9 + 1} Jan 2024 10:00:00 +0900</pubDate>"
                f"<description>{html.escape(html.escape(para[:600]))}</description></item>"
                "</channel></rss>".encode()
            )
    if name == "warc":
        seeds = [_warc_seed(n, para) for n, para in enumerate(paras)]
    if name == "pdf":
        pdfgen = _pdfgen()
        for n in range(0, len(paras), 6):
            seeds.append(pdfgen.make_pdf(paras[n : n + 2], title=f"R{n}", created="D:20230101"))
    for n, seed in enumerate(seeds):
        (folder / f"seed-{n:03d}").write_bytes(seed[: MAX_LEN[name]])
    return len(seeds)


def _warc_seed(n: int, para: str) -> bytes:
    """One small archive written with warcio: WET text records, HTML responses and
    request records, plain or gzipped, with and without language hints."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped]
    from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped]

    out = BytesIO()
    writer = WARCWriter(out, gzip=n % 2 == 0)
    url = f"https://news.example.org/{n}.html"
    text = para[:1500]
    if n % 3 != 1:
        lang = ("eng", "kor", "eng,kor", None)[n % 4]
        rec = writer.create_warc_record(
            url,
            "conversion",
            payload=BytesIO(text.encode("utf-8")),
            warc_content_type="text/plain",
            warc_headers_dict={"WARC-Identified-Content-Language": lang} if lang else {},
        )
        writer.write_record(rec)
    if n % 3 != 0:
        http = StatusAndHeaders(
            "GET / HTTP/1.1", [("Host", "news.example.org")], is_http_request=True
        )
        req = writer.create_warc_record(url, "request", payload=BytesIO(), http_headers=http)
        writer.write_record(req)
        page = f'<html lang="en"><title>T{n}</title><p>{html.escape(text[:600])}</p></html>'
        ctype = ("text/html; charset=utf-8", "text/plain", "application/xhtml+xml")[n % 3]
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        body = BytesIO(page.encode("utf-8"))
        res = writer.create_warc_record(url, "response", payload=body, http_headers=http)
        writer.write_record(res)
    return out.getvalue()


# ---------------------------------------------------------------- running


def run_one(name: str, runs: int, seed_dir: Path) -> None:
    """Fuzz one target in this process (libFuzzer exits the process when done)."""
    import atheris

    logging.getLogger("laborwatch").setLevel(logging.ERROR)  # per-input warnings: noise here
    with atheris.instrument_imports(include=["laborwatch", *INSTRUMENT[name]]):
        for library in INSTRUMENT[name]:  # laborwatch imports them lazily: import them here
            importlib.import_module(library)
        target = make_target(name)
    OUT.mkdir(parents=True, exist_ok=True)
    args = [
        sys.argv[0],
        f"-runs={runs}",
        f"-max_len={MAX_LEN[name]}",
        "-timeout=60",
        "-rss_limit_mb=3072",
        "-print_final_stats=1",
        f"-artifact_prefix={OUT}/{name}-",
        str(seed_dir),
    ]
    atheris.Setup(args, target)
    atheris.Fuzz()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", choices=TARGETS, help="one target (default: all, in turn)")
    parser.add_argument("--runs", type=int, default=25_000, help="inputs per target")
    parser.add_argument("--seeds", type=Path, help=argparse.SUPPRESS)  # set for child runs
    args = parser.parse_args()
    if args.target and args.seeds:
        run_one(args.target, args.runs, args.seeds)
        return
    summary: list[dict[str, Any]] = []
    for name in [args.target] if args.target else TARGETS:
        with tempfile.TemporaryDirectory(prefix=f"fuzz-{name}-") as tmp:
            seeds = write_seeds(name, Path(tmp))
            load = os.getloadavg()[0]
            t0 = time.monotonic()
            cmd = [sys.executable, __file__, "--target", name, "--runs", str(args.runs)]
            OUT.mkdir(parents=True, exist_ok=True)
            log_path = OUT / f"{name}.log"  # libFuzzer's progress lines, as they come
            with log_path.open("w") as log:
                proc = subprocess.run(
                    [*cmd, "--seeds", tmp], stdout=log, stderr=subprocess.STDOUT, check=False
                )
            took = time.monotonic() - t0
        output = log_path.read_text(errors="replace")
        stats = dict(re.findall(r"^stat::(\w+):\s*(\d+)", output, re.M))
        row = {
            "target": name,
            "seeds": seeds,
            "inputs": int(stats.get("number_of_executed_units", 0)),
            "seconds": round(took, 1),
            "crashed": proc.returncode != 0,
            "load_1min_at_start": round(load, 2),
            "coverage_features": _last(r"ft: (\d+)", output),
        }
        summary.append(row)
        print(json.dumps(row), flush=True)
        if proc.returncode != 0:
            tail = "\n".join(output.splitlines()[-40:])
            print(f"--- {name} failed (exit {proc.returncode}):\n{tail}", file=sys.stderr)
    total = sum(r["inputs"] for r in summary)
    crashes = sum(r["crashed"] for r in summary)
    uptime = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    print(json.dumps({"total_inputs": total, "crashed_targets": crashes, "uptime": uptime}))
    sys.exit(1 if crashes else 0)


def _last(pattern: str, text: str) -> int | None:
    found = re.findall(pattern, text)
    return int(found[-1]) if found else None


if __name__ == "__main__":
    main()
