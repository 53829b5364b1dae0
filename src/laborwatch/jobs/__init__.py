"""The work behind the commands that is more than one call: the CLI only wires and prints.

One job per module: the store the user meant (:mod:`.stores`), re-extraction
(:mod:`.reextract`), the estimate report (:mod:`.estimates`), the demo (:mod:`.demo`) and a
free port (:mod:`.ports`). Everything here is plain Python over the stages, usable
without Typer; the stages are imported inside the functions that need them.
"""

from laborwatch.jobs.demo import DemoRun, run_demo
from laborwatch.jobs.estimates import ESTIMATE_CSV, estimate_records, estimate_report
from laborwatch.jobs.ports import check_port
from laborwatch.jobs.reextract import ReextractCounts, reextract
from laborwatch.jobs.stores import claim_rows, open_store, require_store, source_grades

__all__ = [
    "ESTIMATE_CSV",
    "DemoRun",
    "ReextractCounts",
    "check_port",
    "claim_rows",
    "estimate_records",
    "estimate_report",
    "open_store",
    "reextract",
    "require_store",
    "run_demo",
    "source_grades",
]
