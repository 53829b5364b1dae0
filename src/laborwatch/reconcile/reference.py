"""The reference picture: what laborwatch concludes from the shared corpora, and the checks
an analyst would run on it.

``python -m laborwatch.reconcile.reference --claims out/all.jsonl`` prints the checks (and
the picture) for a file of extractor output; ``--gold ../shared`` reads the hand-annotated
claims of seeds, dev and dev2 instead; ``--write docs/reference-picture.md`` regenerates
the checked-in table. Exit status 1 when a check fails.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from laborwatch.figures import money
from laborwatch.model import ClaimRow
from laborwatch.reconcile import Picture, config, reconcile
from laborwatch.reconcile.config import place_name
from laborwatch.reconcile.estimates import WORLD
from laborwatch.reconcile.intervals import point
from laborwatch.reconcile.language import likelihood_term
from laborwatch.reconcile.rows import read_claims_file, rows_from_records
from laborwatch.reconcile.sanctions import hosts

CORPORA = ("seeds", "dev", "dev2")
GOLD = ("dev", "dev2")  # gold/dev.jsonl covers the seeds too


def _usd(x: float) -> str:
    """A modelled US-dollar amount: $530 million."""
    return money(x, rounded=True)


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def corpus_meta(shared: Path) -> dict[str, dict]:
    """Article metadata (url, publisher, date, title, story cluster) by document id."""
    out = {}
    for name in CORPORA:
        for r in _jsonl(shared / "corpus" / f"{name}.jsonl"):
            out[r["id"]] = {
                k: r.get(k) for k in ("url", "publisher", "published", "title", "story")
            }
    return out


def gold_rows(shared: Path) -> list[ClaimRow]:
    """The hand-annotated claims of seeds, dev and dev2, joined with article metadata."""
    records = [r for name in GOLD for r in _jsonl(shared / "gold" / f"{name}.jsonl")]
    return list(rows_from_records(records, corpus_meta(shared)))


@dataclass(slots=True)
class Check:
    name: str
    ok: bool
    detail: str


def checks(picture: Picture) -> list[Check]:
    """What an analyst must be able to defend in the picture (docs/reasoning.md)."""
    out = []
    world = picture.world(2023)
    out.append(
        Check(
            "2023 world stock brackets ~100,000 (UN Panel, March 2024), central 70,000-130,000",
            world is not None
            and world.is_direct
            and world.low <= 100_000 <= world.high
            and 70_000 <= world.central <= 130_000,
            world.label() + f" [{world.low:,.0f}-{world.high:,.0f}]" if world else "none",
        )
    )
    rev = picture.revenue_for(2023)
    out.append(
        Check(
            "2023 world revenue brackets ~$500 million, 95th percentile <= 5x the 5th",
            rev is not None and rev.p05 <= 500e6 <= rev.p95 and rev.p95 <= 5 * rev.p05,
            f"{_usd(rev.p05)} - {_usd(rev.p95)}" if rev else "none",
        )
    )
    invented = []
    for e in picture.estimates:
        if not e.is_direct:
            continue
        given = {p for f in e.facts if (p := point(picture.by_id[f])) is not None}
        if e.central not in given:
            invented.append(f"{e.destination} {e.year} {e.measure} {e.central:,.0f}")
    out.append(
        Check("no direct estimate whose central no source gave", not invented, "; ".join(invented))
    )
    local = [
        f"{e.destination} {e.year}"
        for e in picture.estimates
        if e.measure == "stock"
        and e.is_direct
        and not e.destination.startswith("M49:")
        and any(picture.by_id[f].scope != "country" for f in e.facts)
    ]
    out.append(
        Check("no country stock built from a scene or a local figure", not local, "; ".join(local))
    )
    bad_flags = []
    table = config.sanctions()
    for flag in picture.flags:
        backing = [picture.by_id[f] for f in flag.facts]
        if not any(
            f.status in ("present", "dispatched")
            and flag.country in {h for h, _ in hosts(f, table)}
            for f in backing
        ):
            bad_flags.append(f"{flag.country} {flag.year}")
    out.append(
        Check(
            "no flag whose only evidence is a repatriation, a plan or remote work for its firms",
            not bad_flags,
            "; ".join(bad_flags),
        )
    )
    small = [
        f"{e.year} {e.label()}"
        for e in picture.estimates
        if e.destination == WORLD
        and e.measure == "stock"
        and e.sector is None
        and e.central < 20_000
        and not (e.basis == "floor" or e.bound == "at_least")
    ]
    out.append(
        Check("world figures under 20,000 appear only as floors", not small, "; ".join(small))
    )
    head = picture.headline()
    out.append(
        Check(
            "the headline is the latest direct world estimate",
            head is not None and head.is_direct,
            f"{head.label()} ({head.year})" if head else "none",
        )
    )
    return out


def markdown(picture: Picture, source: str) -> str:
    """The picture as readable tables (stable order, rounded as printed)."""
    lines = [
        "# Reference picture",
        "",
        f"What laborwatch concludes from {source}. Generated by",
        "`python -m laborwatch.reconcile.reference --gold ../shared --write "
        "docs/reference-picture.md`; a test regenerates it, so any change in a figure shows "
        "in review. How each figure is reached: docs/reasoning.md.",
        "",
        "## Checks",
        "",
    ]
    lines += [f"- [{'x' if c.ok else ' '}] {c.name}: {c.detail}" for c in checks(picture)]
    lines += [
        "",
        "## Workers present (stock), all sectors",
        "",
        "basis: direct = a figure a source gave for exactly this place; floor = a local figure "
        "or a sum of countries (at least); bounds = the sources give only bounds.",
        "",
        "| place | year | figure | low-high | basis | grade | confidence | facts | review |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for e in picture.estimates:
        if e.measure != "stock" or e.sector is not None:
            continue
        lines.append(
            f"| {place_name(e.destination)} | {e.year} | {e.label()} | "
            f"{e.low:,.0f}-{e.high:,.0f} | {e.basis} | {e.credibility} | {e.confidence} | "
            f"{len(e.facts)} | {'; '.join(e.review)} |"
        )
    lines += [
        "",
        "## Other measures and sectors",
        "",
        "| place | year | measure | sector | figure | basis |",
        "|---|---|---|---|---|---|",
    ]
    for e in picture.estimates:
        if e.measure == "stock" and e.sector is None:
            continue
        lines.append(
            f"| {place_name(e.destination)} | {e.year} | {e.measure} | {e.sector or 'all'} | "
            f"{e.label()} | {e.basis} |"
        )
    lines += [
        "",
        "## World revenue (USD per year)",
        "",
        "| year | 5th | median | 95th | evidence |",
        "|---|---|---|---|---|",
    ]
    for r in picture.revenue:
        word = "sufficient" if r.sufficient else "insufficient evidence"
        lines.append(f"| {r.year} | {_usd(r.p05)} | {_usd(r.median)} | {_usd(r.p95)} | {word} |")
    lines += [
        "",
        "## Sanctions flags",
        "",
        "| host | year | provision | likelihood | confidence | facts |",
        "|---|---|---|---|---|---|",
    ]
    for f in picture.flags:
        lines.append(
            f"| {place_name(f.country)} | {f.year} | {f.provision} | "
            f"{likelihood_term(f.likelihood)} | {f.confidence} | {len(f.facts)} |"
        )
    for title, listing in (
        ("Reported plans (not breaches)", picture.plans),
        ("Reported repatriations (compliance)", picture.compliance),
    ):
        lines += ["", f"## {title}", ""]
        lines += [
            f"- {place_name(x.country)} {x.year}: {len(x.facts)} facts"
            + (f" ({'; '.join(x.notes)})" if x.notes else "")
            for x in listing
        ] or ["- none"]
    lines += ["", f"Undated workers facts (listed, not estimated): {len(picture.undated)}", ""]
    return "\n".join(lines)


def _print_checks(found: Iterable[Check]) -> bool:
    ok = True
    for c in found:
        ok &= c.ok
        print(f"{'PASS' if c.ok else 'FAIL'}  {c.name}: {c.detail}")
    return ok


def main(argv: list[str] | None = None) -> int:
    """Command line: checks and the picture for extractor output or the gold claims."""
    parser = argparse.ArgumentParser(prog="python -m laborwatch.reconcile.reference")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--claims", type=Path, help="extractor output (JSON Lines)")
    group.add_argument("--gold", type=Path, help="the shared directory (gold claims)")
    parser.add_argument("--write", type=Path, help="write the picture as Markdown here")
    parser.add_argument("--show", action="store_true", help="print the picture too")
    args = parser.parse_args(argv)
    if args.gold:
        rows, source = gold_rows(args.gold), "the gold claims of seeds, dev and dev2"
    else:
        rows, source = read_claims_file(args.claims), f"extractor output {args.claims.name}"
    picture = reconcile(rows)
    ok = _print_checks(checks(picture))
    text = markdown(picture, source)
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    if args.show:
        print(text)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
