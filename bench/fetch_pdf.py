"""PDF extraction speed on a generated 500-page report (UN Panel reports run 500+ pages).

Pages are filled with real sentences recombined from ../shared/corpus; the PDF is written
by the test suite's tiny PDF writer (tests/ingest/pdfgen.py). Prints medians over runs.

    .venv/bin/python bench/fetch_pdf.py [--pages 500] [--runs 5]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import resource
import statistics
import tempfile
import time
from pathlib import Path

from laborwatch.ingest.pdf import pdf_file_document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_pdfgen():
    spec = importlib.util.spec_from_file_location("pdfgen", ROOT / "tests" / "ingest" / "pdfgen.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sentences() -> list[str]:
    out: list[str] = []
    for name in ("seeds.jsonl", "dev.jsonl"):
        for line in (SHARED / "corpus" / name).read_text("utf-8").splitlines():
            if line.strip():
                out += [s.strip() + "." for s in json.loads(line)["text"].split(". ") if s.strip()]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(7)
    pool = sentences()
    pages = [" ".join(rng.choices(pool, k=40)) for _ in range(args.pages)]
    pdf = load_pdfgen().make_pdf(pages, title="Generated panel report")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.pdf"
        path.write_bytes(pdf)
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            doc = pdf_file_document(path, doc_id="report")
            times.append(time.perf_counter() - start)
    median = statistics.median(times)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"PDF: {args.pages} pages, {len(pdf) / 1e6:.1f} MB file, {len(doc.text) / 1e6:.2f} M chars"
    )
    print(f"median {median:.2f} s over {args.runs} runs -> {args.pages / median:.0f} pages/s")
    print(f"min {min(times):.2f} s, max {max(times):.2f} s, peak RSS {rss:.0f} MiB")


if __name__ == "__main__":
    main()
