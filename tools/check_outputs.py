#!/usr/bin/env python
"""Scan the committed outputs of the course notebooks for noise a learner cannot act on, and for tracebacks.

    python tools/check_outputs.py            # every notebook of nbs/; exit 1 on any finding not listed in KNOWN
    python tools/check_outputs.py nbs/06_merging.ipynb

The noise is what `qlora_course.env.quiet` silences (00 explains each), plus progress bars and the repr of a
seeded generator. A finding in a cell that a CPU run cannot re-execute (a `#| gpu` cell) is listed in KNOWN with
its reason until the device re-runs it; an entry that no longer matches anything is reported too, so the list
only shrinks. Does not judge warnings outside NOISE (a lesson may show one on purpose) nor outputs of cells
`execute_nb.py` never ran (those hold no outputs).
"""
import json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOISE = {   # name -> pattern searched in each output's text
    "bitsandbytes kernels line": re.compile(r"Failed to load CPU gemm_4bit_forward from kernels-community"),
    "is_gradient_checkpointing FutureWarning": re.compile(r"`is_gradient_checkpointing` is deprecated"),
    "progress bar": re.compile(r"\d+%\|[^|\n]*\|\s*\d+/\d+"),
    "torch.Generator repr": re.compile(r"<torch\._C\.Generator"),
    "traceback": re.compile(r"Traceback \(most recent call last\)"),
}
# (notebook file name, cell id) -> why its committed outputs still hold noise (a gpu cell, or a notebook this branch
# does not re-execute); remove an entry once the cell is clean (the check then reports it as stale)
KNOWN = {
}

def _text(output: dict) -> str:
    "The text a reader sees of one cell output (stream, plain/HTML data, or an error's traceback)."
    if output.get("output_type") == "error":
        return "Traceback (most recent call last)\n" + "\n".join(output.get("traceback") or [output.get("ename", "")])
    t = output.get("text", "")
    t = "".join(t) if isinstance(t, list) else t
    for kind in ("text/plain", "text/html"):
        v = (output.get("data") or {}).get(kind, "")
        t += "".join(v) if isinstance(v, list) else v
    return t

def findings(nb: dict) -> list:
    "[(cell index, cell id, noise name)] for every noise pattern found in a code cell's outputs."
    out = []
    for i, cell in enumerate(nb.get("cells", [])):
        if cell.get("cell_type") != "code": continue
        text = "\n".join(_text(o) for o in cell.get("outputs") or [])
        out += [(i, cell.get("id", ""), name) for name, pat in NOISE.items() if pat.search(text)]
    return out

def check(paths: list, known: dict = KNOWN) -> tuple:
    "(new findings as lines, stale KNOWN entries as lines) over the notebooks `paths`."
    new, seen = [], set()
    for p in paths:
        for i, cid, name in findings(json.loads(Path(p).read_text(encoding="utf-8"))):
            key = (Path(p).name, cid)
            if key in known: seen.add(key)
            else: new.append(f"{p}: cell {i} (id {cid}): {name}")
    names = {Path(p).name for p in paths}
    stale = [f"KNOWN lists {nb} cell {cid}, whose outputs are clean now: remove the entry"
             for nb, cid in known if nb in names and (nb, cid) not in seen]
    return new, stale

if __name__ == "__main__":
    paths = [Path(a) for a in sys.argv[1:]] or sorted(p for p in (ROOT / "nbs").glob("*.ipynb") if p.name[0] not in "_.")
    new, stale = check(paths)
    for line in new + stale: print(line)
    left = [f"  {nb} {cid}: {why}" for (nb, cid), why in KNOWN.items() if nb in {p.name for p in paths}]
    if left: print("known, left as committed:\n" + "\n".join(left))
    print(f"outputs: {len(paths)} notebooks scanned, {len(new)} new noise findings, {len(stale)} stale KNOWN entries")
    sys.exit(1 if new else 0)   # a stale entry is a note: the device or another branch cleaned that cell
