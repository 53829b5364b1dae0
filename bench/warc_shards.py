"""Bench input: WARC shards of news pages recombined from real sentences, CC-NEWS-like.

Sentences are read at run time from ``../shared/corpus``: those naming the DPRK make the
relevant share of pages (default 1%), the others make the remaining "other news". A
share of pages are syndicated copies of an earlier page (same text, or with a wire line
added) on another site. Every page is an HTML response record with boilerplate around
the article; each shard also holds the request records a crawler writes.

    .venv/bin/python bench/warc_shards.py OUT_DIR [--docs 20000] [--shards 40]
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from laborwatch.ingest.warc import warc_settings

SHARED = Path(__file__).resolve().parents[2] / "shared"
# The pre-filter's own terms: "other news" names none of them, so only the relevant share
# of pages (and their copies) passes the pre-filter, as on a real news crawl.
_DPRK = re.compile("|".join(re.escape(t) for t in warc_settings().prefilter.terms), re.IGNORECASE)
_SPLIT = re.compile(r"(?<=[.!?])\s+")
SITES = [f"news{n}.example.{tld}" for n in range(40) for tld in ("com", "org", "net")]


def sentences() -> tuple[list[str], list[str]]:
    """(sentences naming the DPRK, other sentences) of the English shared corpus."""
    dprk, other = [], []
    for name in ("seeds.jsonl", "dev.jsonl", "dev2.jsonl"):
        for line in (SHARED / "corpus" / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            for s in _SPLIT.split(json.loads(line)["text"]):
                s = " ".join(s.split())
                if len(s) > 40:
                    (dprk if _DPRK.search(s) else other).append(s)
    return dprk, other


def page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}'
        "</title></head><body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>{html.escape(title)}</h1>{body}</article>"
        "<footer>© Example News. All rights reserved.</footer></body></html>"
    )


def write_shards(
    out: Path,
    docs: int,
    shards: int,
    *,
    relevant_share: float = 0.01,
    copy_share: float = 0.15,
    seed: int = 12,
) -> dict[str, int]:
    """Write ``docs`` pages over ``shards`` files in ``out``; what was written, by kind."""
    rng = random.Random(seed)
    dprk, other = sentences()
    out.mkdir(parents=True, exist_ok=True)
    made = {"pages": 0, "relevant": 0, "copies": 0}
    earlier: list[tuple[str, list[str]]] = []
    per = -(-docs // shards)
    n = 0
    for shard in range(shards):
        path = out / f"CC-NEWS-20260101{shard:06d}-{shard:05d}.warc.gz"
        with path.open("wb") as f:
            w = WARCWriter(f, gzip=True)
            for _ in range(min(per, docs - n)):
                if earlier and rng.random() < copy_share:
                    title, paras = rng.choice(earlier)
                    if rng.random() < 0.5:
                        paras = ["(Wire service)", *paras]
                    made["copies"] += 1
                else:
                    relevant = rng.random() < relevant_share
                    pool = dprk if relevant else other
                    k = rng.randint(6, 18)
                    picked = [rng.choice(pool) for _ in range(k)]
                    if relevant:  # DPRK sentences mixed with others, as in real reporting
                        picked += [rng.choice(other) for _ in range(k // 2)]
                        rng.shuffle(picked)
                        made["relevant"] += 1
                    paras = [" ".join(picked[i : i + 3]) for i in range(0, len(picked), 3)]
                    title = picked[0][:70]
                    if len(earlier) < 5000:
                        earlier.append((title, paras))
                url = f"https://{rng.choice(SITES)}/2026/01/{n:08d}.html"
                _record(w, url, page(title, paras))
                n += 1
                made["pages"] += 1
    return made


def _record(w: WARCWriter, url: str, body: str) -> None:
    req = StatusAndHeaders("GET / HTTP/1.1", [("Host", url.split("/")[2])], is_http_request=True)
    w.write_record(w.create_warc_record(url, "request", payload=BytesIO(), http_headers=req))
    http = StatusAndHeaders(
        "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
    )
    payload = BytesIO(body.encode("utf-8"))
    w.write_record(w.create_warc_record(url, "response", payload=payload, http_headers=http))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--docs", type=int, default=20_000)
    ap.add_argument("--shards", type=int, default=40)
    ap.add_argument("--relevant-share", type=float, default=0.01)
    args = ap.parse_args()
    made = write_shards(args.out, args.docs, args.shards, relevant_share=args.relevant_share)
    print(json.dumps(made))


if __name__ == "__main__":
    main()
