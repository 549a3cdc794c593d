#!/usr/bin/env python
"""Draw the course pipeline (data → template/mask → 4-bit base → adapters → trainer → eval → merge/export/serve)
as nbs/images/pipeline.svg, each box naming the notebooks that teach that step.

    python tools/make_pipeline.py            # write the SVG
    python tools/make_pipeline.py --check    # exit 1 if the committed SVG differs (e.g. a notebook was added)

Plain SVG text (no plotting library), so the output is byte-for-byte reproducible. A step lists only the
notebooks that exist in nbs/, found by file-name prefix; a new notebook shows up after one run."""
import sys
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "nbs" / "images" / "pipeline.svg"

# (step, what happens, notebook prefixes teaching it)
STEPS = [
    ("data", "any SFT format → chat messages; check it", ["01", "01a"]),
    ("template + mask", "chat template; loss on replies only", ["01"]),
    ("4-bit base", "NF4 + double quantization; memory; plan", ["00a", "02", "02a", "02b"]),
    ("adapters", "LoRA / DoRA / rsLoRA on the base", ["03"]),
    ("trainer", "TRL SFTTrainer; config; resume; multi-GPU; varlen packing", ["04", "04a", "04b", "04c", "04d"]),
    ("eval", "pass@k in a sandbox, ROUGE-L, speed; methods", ["08", "08a", "08b", "08c"]),
    ("merge / export / serve", "one model dir; GGUF; an API", ["06", "06a", "05"]),
]
SIDE = ("before and around every step: 00 environment checks, 00b the command line, 07 troubleshooting")

def notebooks(prefixes: list, nbs: Path = ROOT / "nbs") -> list:
    "The prefixes among `prefixes` that a notebook in nbs/ starts with (`02` matches 02_quantization.ipynb)."
    names = [p.name for p in nbs.glob("*.ipynb")]
    return [p for p in prefixes if any(n.startswith(p + "_") for n in names)]

def svg(steps=STEPS) -> str:
    "The diagram: one row of boxes joined by arrows, notebooks under each step's name."
    w, h, gap, x0, y0 = 172, 96, 24, 10, 14
    width = x0 * 2 + len(steps) * w + (len(steps) - 1) * gap
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{y0 + h + 44}" '
           f'viewBox="0 0 {width} {y0 + h + 44}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif">',
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
           'orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>',
           f'<rect width="{width}" height="{y0 + h + 44}" fill="white"/>']
    for i, (name, what, prefixes) in enumerate(steps):
        x = x0 + i * (w + gap)
        nb = ", ".join(notebooks(prefixes)) or "—"
        out.append(f'<rect x="{x}" y="{y0}" width="{w}" height="{h}" rx="8" fill="#eef4fb" stroke="#3b6ea5" stroke-width="1.5"/>')
        out.append(f'<text x="{x + w / 2}" y="{y0 + 24}" text-anchor="middle" font-size="13" font-weight="bold" fill="#1d3c5e">{escape(name)}</text>')
        words, lines = what.split(), [""]
        for word in words:                                   # wrap the description at ~25 characters
            if len(lines[-1]) + len(word) > 25: lines.append("")
            lines[-1] = (lines[-1] + " " + word).strip()
        for j, line in enumerate(lines[:3]):
            out.append(f'<text x="{x + w / 2}" y="{y0 + 44 + 15 * j}" text-anchor="middle" font-size="11" fill="#333">{escape(line)}</text>')
        out.append(f'<text x="{x + w / 2}" y="{y0 + h - 8}" text-anchor="middle" font-size="12" fill="#a5463b">nb {escape(nb)}</text>')
        if i: out.append(f'<line x1="{x - gap + 2}" y1="{y0 + h / 2}" x2="{x - 3}" y2="{y0 + h / 2}" stroke="#555" '
                         'stroke-width="1.5" marker-end="url(#arrow)"/>')
    out.append(f'<text x="{x0}" y="{y0 + h + 28}" font-size="12" fill="#555">{escape(SIDE)}</text>')
    return "\n".join(out + ["</svg>"]) + "\n"

if __name__ == "__main__":
    text = svg()
    if "--check" in sys.argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            sys.exit(f"{OUT.relative_to(ROOT)} is out of date: run `python tools/make_pipeline.py` and commit it")
        print(f"{OUT.relative_to(ROOT)} is up to date")
    else:
        OUT.parent.mkdir(parents=True, exist_ok=True); OUT.write_text(text, encoding="utf-8"); print(f"wrote {OUT}")
