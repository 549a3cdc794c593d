#!/usr/bin/env python
"""Execute course notebooks and save their outputs in place (nbdev_test runs them but keeps no outputs).

    python tools/execute_nb.py nbs/01_data_formatting.ipynb            # CPU: skips `#| gpu` / `#| slow` cells
    python tools/execute_nb.py --flags gpu nbs/04_training.ipynb        # device: runs the gpu cells too
    python tools/execute_nb.py --only-flagged --flags gpu nbs/04_*.ipynb  # device: run everything, but keep
                                                                          # new outputs only on gpu cells
    python tools/execute_nb.py --only-flagged --flags gpu --skip 26,29 nbs/04_training.ipynb  # ...minus cells 26, 29

Skipped cells keep whatever outputs they had, so GPU outputs committed from the device survive a CPU re-run.
Stops at the first failing cell and exits 1, naming the notebook and the cell (with --keep-going: runs on, then
reports every failed cell; with --only-flagged only failures of flagged cells count).
"""
import argparse, os, re, sys, time, copy
from pathlib import Path
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell

_FLAG_RE = re.compile(r"^\s*#\s*\|\s*([\w-]+)\s*:?\s*(.*)$")

def directives(src: str) -> dict:
    "The `#| name value` lines at the top of a cell, as {name: value}."
    out = {}
    for line in src.splitlines():
        m = _FLAG_RE.match(line)
        if not m:
            if line.strip(): break
            continue
        out[m.group(1)] = m.group(2).strip()
    return out

def _errored(cell) -> bool:
    return any(o.get("output_type") == "error" for o in cell.get("outputs") or [])

def execute(fn: Path, run_flags: set, skip_flags: set, only_flagged: bool, keep_going: bool = False,
            skip_cells: frozenset = frozenset()) -> bool:
    nb = read_nb(fn)
    index = {id(c): i for i, c in enumerate(nb.cells)}
    before = copy.deepcopy([c.get("outputs") for c in nb.cells])
    def skip(cell):
        if cell.cell_type != "code" or index.get(id(cell)) in skip_cells: return True
        d = directives(cell.source)
        if d.get("eval", "").lower() == "false": return True
        return bool((skip_flags - run_flags) & d.keys())
    sh = CaptureShell(fn)
    t = time.time()
    old = os.getcwd(); os.chdir(fn.parent); sys.path.insert(0, str(fn.parent.parent))
    try: sh.run_all(nb, exc_stop=not keep_going, preproc=skip)
    except Exception:
        sys.stderr.write(sh.prettytb(fname=fn) + "\n"); return False
    finally: os.chdir(old)
    failed = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and _errored(c)]
    for i in failed: print(f"{fn}: cell {i} failed:\n{nb.cells[i].source[:300]}", file=sys.stderr)
    if only_flagged:
        for c, o in zip(nb.cells, before):
            if c.cell_type == "code" and not (run_flags & directives(c.source).keys()): c["outputs"] = o or []
    write_nb(nb, fn)
    print(f"{fn}: executed in {time.time() - t:.0f}s")
    flagged_failed = [i for i in failed if run_flags & directives(nb.cells[i].source).keys()]
    return not (flagged_failed if only_flagged else failed)

if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("notebooks", nargs="+", type=Path)
    p.add_argument("--flags", default="", help="space-separated flags to run (default: none of gpu/slow)")
    p.add_argument("--only-flagged", action="store_true", help="keep new outputs only on cells carrying --flags")
    p.add_argument("--skip", default="", help="comma-separated cell indices not to run (e.g. slow CPU-only demos "
                   "the gpu cells do not need); they keep their outputs")
    p.add_argument("--keep-going", action="store_true", help="run every cell even after one fails; report failures at the end")
    a = p.parse_args()
    ok = all([execute(f, set(a.flags.split()), {"gpu", "slow"}, a.only_flagged, a.keep_going,
                       frozenset(int(i) for i in a.skip.split(",") if i.strip())) for f in a.notebooks])
    sys.exit(0 if ok else 1)
