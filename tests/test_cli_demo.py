"""`laborwatch demo`: the whole pipeline on the bundled sample, as a new user runs it."""

from __future__ import annotations

import re
from pathlib import Path


def test_demo_runs_the_pipeline_and_says_floors_and_bounds_as_such(
    cli: object, tmp_path: Path
) -> None:
    out = tmp_path / "demo"
    result = cli("demo", "--out", str(out))  # type: ignore[operator]
    assert result.returncode == 0, result.stderr
    text = result.stdout + result.stderr
    assert (out / "brief.html").is_file() and (out / "brief.md").is_file()
    section = text.split("3. Reconcile", 1)[1].split("4. Report", 1)[0]
    rows = [line for line in section.splitlines() if re.search(r"\s(19|20)\d\d\s", line)]
    assert rows, "the demo lists the latest estimate per country"
    for line in rows:
        if "(range " in line:  # a direct figure: no open bound in its words
            assert "at least" not in line and "at most" not in line, line
        else:  # a floor or a bound is said as one, never as a low/central/high triple
            assert re.search(r"at (least|most) [\d,]+\s+\((floor|bounds)\)", line), line
