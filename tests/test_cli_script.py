"""The installed console script, run for real once, and what importing the CLI costs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

# The console script pip installed beside this interpreter (any venv, any layout).
SCRIPT = Path(sys.executable).parent / "laborwatch"
HEAVY = (
    "matplotlib",
    "scipy",
    "datasketch",
    "numpy",
    "fastapi",
    "uvicorn",
    "trafilatura",
    "pypdf",
    "sqlalchemy",
)


def test_console_script_runs_a_command(shared_dir: Path, tmp_path: Path) -> None:
    out = subprocess.run(
        [str(SCRIPT), "extract", str(shared_dir / "corpus" / "seeds.jsonl"), "-f", "jsonl"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    assert len(out.stdout.splitlines()) == 5
    bad = subprocess.run(
        [str(SCRIPT), "claims", "--db", str(tmp_path / "none.db")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert bad.stderr.startswith(f"error: no store at {tmp_path / 'none.db'}")


def test_importing_the_cli_loads_no_heavy_library() -> None:
    code = (
        "import json, sys; import laborwatch.cli; "
        f"print(json.dumps([m for m in {list(HEAVY)!r} if m in sys.modules]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True
    )
    assert json.loads(out.stdout) == []


def test_help_of_every_command_loads_no_heavy_library() -> None:
    code = (
        "import json, sys\n"
        "from typer.testing import CliRunner\n"
        "from laborwatch.cli import app\n"
        "runner = CliRunner()\n"
        "names = [c.name or c.callback.__name__ for c in app.registered_commands]\n"
        "for name in names:\n"
        "    assert runner.invoke(app, [name, '--help']).exit_code == 0, name\n"
        f"print(json.dumps([m for m in {list(HEAVY)!r} if m in sys.modules]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True
    )
    assert json.loads(out.stdout.splitlines()[-1]) == []


def test_reading_a_store_loads_no_clustering_library(tmp_path: Path) -> None:
    """`claims` opens a store without datasketch and scipy (0.5 s), which only writes need."""
    db = f"sqlite:///{tmp_path / 'lw.db'}"
    code = (
        "import json, sys\n"
        "from typer.testing import CliRunner\n"
        "from laborwatch.cli import app\n"
        "from laborwatch.store import Store\n"
        f"db = {db!r}\n"
        "Store.open(db).close()\n"
        "assert CliRunner().invoke(app, ['claims', '--db', db, '-f', 'jsonl']).exit_code == 0\n"
        "print(json.dumps([m for m in ('datasketch', 'scipy') if m in sys.modules]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True
    )
    assert json.loads(out.stdout.splitlines()[-1]) == []
