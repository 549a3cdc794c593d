#!/usr/bin/env python
"""Render nbs/index.ipynb into README.md (what `nbdev_readme` does, without needing Quarto).

Markdown cells are copied as they are; code cells become ```python blocks followed by their text output;
`#| hide` cells are left out. `--check` exits 1 when README.md differs from what index.ipynb renders to."""
import json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

def render(nb_path: Path = ROOT / "nbs" / "index.ipynb") -> str:
    "README text for the notebook at `nb_path`."
    parts = []
    for cell in json.loads(nb_path.read_text(encoding="utf-8"))["cells"]:
        src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        if cell["cell_type"] == "markdown": parts.append(src.strip()); continue
        if cell["cell_type"] != "code" or re.search(r"^#\|\s*hide", src, re.M): continue
        code = "\n".join(l for l in src.splitlines() if not l.startswith("#|")).strip()
        if code: parts.append(f"```python\n{code}\n```")
        for o in cell.get("outputs", []):
            text = o.get("text") or o.get("data", {}).get("text/plain", "")
            text = "".join(text) if isinstance(text, list) else text
            if text.strip(): parts.append(f"```\n{text.rstrip()}\n```")
    return "<!-- generated from nbs/index.ipynb by tools/make_readme.py: edit the notebook -->\n\n" + "\n\n".join(parts) + "\n"

if __name__ == "__main__":
    text, readme = render(), ROOT / "README.md"
    if "--check" in sys.argv:
        if readme.read_text(encoding="utf-8") != text:
            sys.exit("README.md is out of date: run `python tools/make_readme.py` and commit it")
        print("README.md matches nbs/index.ipynb")
    else:
        readme.write_text(text, encoding="utf-8"); print(f"wrote {readme}")
