#!/usr/bin/env python
"""Execute course notebooks and save their outputs in place (nbdev_test runs them but keeps no outputs).

    python tools/execute_nb.py nbs/01_data_formatting.ipynb            # CPU: skips `#| gpu` / `#| slow` cells
    python tools/execute_nb.py --flags gpu nbs/04_training.ipynb        # device: runs the gpu cells too
    python tools/execute_nb.py --only-flagged --flags gpu nbs/04_*.ipynb  # device: run everything, but keep
                                                                          # new outputs only on gpu cells
    python tools/execute_nb.py --only-flagged --flags gpu --skip 26,29 nbs/04_training.ipynb  # ...minus cells 26, 29

Cells whose first lines carry `#| cpu_only` are skipped whenever `--flags` includes `gpu` (a device run): slow
CPU demos the gpu cells do not need. The directive moves with its cell, unlike `--skip` indices, which shift
when cells are added. An exported cell always runs. nbdev ignores it (`nbdev_test` runs the cell; `nbdev_export` and the docs drop the line).
Skipped cells keep whatever outputs they had, so GPU outputs committed from the device survive a CPU re-run; a cell
that runs loses its old outputs first, so one that now prints nothing shows nothing.
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

CPU_ONLY = "cpu_only"   # cells not to run on the device

def skipped_here(src: str, run_flags: set, skip_flags: set) -> bool:
    "Whether a code cell with source `src` is skipped when running `run_flags` (`skip_flags`: the test flags)."
    d = directives(src)
    if d.get("eval", "").lower() == "false": return True
    if CPU_ONLY in d and "gpu" in run_flags and not d.keys() & {"export", "exports", "exporti"}:
        return True                      # exported code always runs: later cells need its definitions
    return bool((skip_flags - run_flags) & d.keys())

def execute(fn: Path, run_flags: set, skip_flags: set, only_flagged: bool, keep_going: bool = False,
            skip_cells: frozenset = frozenset(), deadline: float | None = None) -> bool:
    nb = read_nb(fn)
    index = {id(c): i for i, c in enumerate(nb.cells)}
    before = copy.deepcopy([c.get("outputs") for c in nb.cells])
    t, late = time.time(), []
    def skip(cell):
        if cell.cell_type != "code" or index.get(id(cell)) in skip_cells: return True
        if skipped_here(cell.source, run_flags, skip_flags): return True
        if deadline is not None and time.time() - t > deadline:   # past the deadline: start no new cell
            late.append(index.get(id(cell))); return True
        cell["outputs"] = []   # execnb keeps the old outputs of a cell that now prints nothing
        return False
    sh = CaptureShell(fn)
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
    if late: print(f"{fn}: not started (past the {deadline:.0f} s deadline; old outputs kept): cells {late}", file=sys.stderr)
    flagged_failed = [i for i in failed if run_flags & directives(nb.cells[i].source).keys()]
    return not (flagged_failed if only_flagged else failed)

if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("notebooks", nargs="+", type=Path)
    p.add_argument("--flags", default="", help="space-separated flags to run (default: none of gpu/slow)")
    p.add_argument("--only-flagged", action="store_true", help="keep new outputs only on cells carrying --flags")
    p.add_argument("--skip", default="", help="comma-separated cell indices not to run, on top of `#| cpu_only` "
                   "cells on the device; they keep their outputs")
    p.add_argument("--list", action="store_true", help="print each code cell's index, directives and whether it "
                   "would run with these --flags, then exit (nothing is executed)")
    p.add_argument("--deadline", type=float, help="seconds after which no further cell starts (those keep their "
                   "outputs): a device call is cut at its time limit, and a notebook killed mid-run saves nothing")
    p.add_argument("--keep-going", action="store_true", help="run every cell even after one fails; report failures at the end")
    a = p.parse_args()
    if a.list:
        for f in a.notebooks:
            for i, c in enumerate(read_nb(f).cells):
                if c.cell_type != "code": continue
                skip = skipped_here(c.source, set(a.flags.split()), {"gpu", "slow"}) or str(i) in a.skip.split(",")
                first = next((l for l in c.source.splitlines() if not _FLAG_RE.match(l)), "")[:60]
                print(f"{f}:{i:>3} {'skip' if skip else 'run ':4} {' '.join(directives(c.source)) or '-':<16} {first}")
        sys.exit(0)
    ok = all([execute(f, set(a.flags.split()), {"gpu", "slow"}, a.only_flagged, a.keep_going,
                       frozenset(int(i) for i in a.skip.split(",") if i.strip()), a.deadline) for f in a.notebooks])
    sys.exit(0 if ok else 1)
