#!/usr/bin/env python
"""Build the course website from the notebooks with Sphinx + myst-nb (no Quarto needed).

    python tools/build_docs.py            # -> docs/_build/html/index.html

1. nbdev's own processors (`nbdev.serve.proc_nbs`, what `nbdev_proc_nbs`/`nbdev_docs` run, minus the Quarto
   install) write `_proc/`: `#| hide` cells dropped, `show_doc` cells added and executed for every exported
   function, backticked names linked, the H1 + `>` summary turned into front matter.
2. Each processed notebook is staged for Sphinx under the file name nbdev's Quarto site gives it
   (`02_quantization.ipynb` -> `quantization.html`), so both sites have the same URLs: front matter back into
   an H1 + summary, Quarto cell options (`#| echo: false`, `#| output: false`) into myst-nb tags, absolute links
   to the doc host made relative, an anchor in front of each `show_doc` heading with the id nbdev links to,
   and a hidden toctree in the index (the sidebar, in notebook order). An `api` page lists every exported
   symbol with a link to where it is documented.
3. `sphinx-build -W` (warnings are errors; docs/conf.py) renders the site from the committed outputs: nothing
   is executed except nbdev's show_doc cells.

Does not handle Quarto-only markdown (callouts `:::`, `{.class}` spans): the course's notebooks use none, and
tools/check_site.py fails on raw markdown left in a page.
"""
import ast, json, re, shutil, subprocess, sys, time, warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NBS, PROC, BUILD = ROOT / "nbs", ROOT / "_proc", ROOT / "docs" / "_build"
SRC, HTML = BUILD / "src", BUILD / "html"
IMAGES = {".png", ".svg", ".jpg", ".jpeg", ".gif", ".webp"}

def _import_only(trees) -> bool:
    return all(isinstance(t, (ast.Import, ast.ImportFrom)) for t in trees)

def process_notebooks() -> list:
    """Run nbdev's doc processors over nbs/ into _proc/, serially in this process.

    nbdev executes every code cell containing an import, to have the names show_doc needs; a cell that mixes an
    import with code using an earlier cell's variable then fails (nbdev's FAQ: keep imports in their own cells).
    This build executes only exported cells, import-only cells and show_doc cells, and returns the mixed cells
    it skipped as (notebook, first line) so they can be reported."""
    import nbdev.processors as P
    from nbdev.serve import proc_nbs
    skipped, orig, begin, current = [], P._do_eval, P.exec_show_docs.begin, ["?"]
    def note_nb(self):
        current[0] = Path(getattr(self.nb, "path_", "?")).name
        return begin(self)
    def do_eval(cell):
        if not orig(cell): return False
        trees = cell.parsed_()
        if cell.directives_.keys() & {"export", "exports", "exporti", "exec_doc"} or P._show_docs(trees): return True
        if _import_only(trees): return True
        skipped.append(f"{current[0]}: {cell.source.splitlines()[0][:60]}")
    P._do_eval, P.exec_show_docs.begin = do_eval, note_nb
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            proc_nbs(str(NBS), n_workers=0, force=True)       # n_workers=0: in this process, so the patch applies
    finally: P._do_eval, P.exec_show_docs.begin = orig, begin
    return skipped

def html_name(nb: Path) -> str:
    "The page name nbdev's Quarto site gives notebook `nb` (`02_quantization.ipynb` -> `quantization`)."
    return re.sub(r"^\d+[a-zA-Z0-9]*_", "", nb.stem.lower())

def course_notebooks(folder: Path = NBS) -> list:
    "The notebooks of the course in nbdev's order (file name), index first; `_` and `.` files are scratch."
    nbs = sorted(p for p in folder.glob("*.ipynb") if p.name[0] not in "_." and p.stem != "index")
    return ([folder / "index.ipynb"] if (folder / "index.ipynb").exists() else []) + nbs

_QUARTO = re.compile(r"^#\|\s*([\w-]+)\s*:\s*(.*)$")
_CELL_KEYS = {"cell_type", "id", "metadata", "source", "outputs", "execution_count", "attachments"}
_FM = re.compile(r"^---\n(.*?)\n---", re.S)

def _src(cell) -> str:
    s = cell.get("source", "")
    return "".join(s) if isinstance(s, list) else (s or "")

def _relink(md: str, names: dict) -> str:
    "Markdown links to course notebooks (`03_lora_setup.ipynb#x`) pointed at their pages (`lora_setup.html#x`)."
    return re.sub(r"\]\((?:\./)?([\w-]+)\.ipynb", lambda m: f"]({names.get(m.group(1), m.group(1))}.html", md)

def _unlink_private(md: str) -> str:
    "nbdev links backticked private names (`_helper`) although show_doc documents none: keep them as code."
    return re.sub(r"\[(`_\w+`)\]\([\w-]+\.html#_[\w.]+\)", r"\1", md)

def stage(nb_path: Path, site_url: str, first_page: bool, pages: list, names: dict) -> dict:
    "A Sphinx-ready copy of processed notebook `nb_path`."
    import yaml
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    cells = []
    for cell in nb["cells"]:
        src = _src(cell)
        if cell["cell_type"] == "raw":
            m = _FM.match(src)
            if not m: continue
            fm = yaml.safe_load(m.group(1)) or {}
            md = f"# {fm.get('title', nb_path.stem)}\n" + (f"\n> {fm['description']}\n" if fm.get("description") else "")
            cells.append({"cell_type": "markdown", "id": "title", "metadata": {}, "source": md}); continue
        if cell["cell_type"] == "markdown" and "AUTOGENERATED! DO NOT EDIT" in src and "<!--" in src: continue
        src = _unlink_private(_relink(src.replace(site_url, ""), names))
        if cell["cell_type"] == "code":
            lines, tags = [], []
            for line in src.splitlines():
                m = _QUARTO.match(line)
                if not m: lines.append(line); continue
                k, v = m.group(1), m.group(2).strip().strip("\"'").lower()
                if k == "echo" and v == "false": tags.append("remove-input")
                if k == "output" and v == "false": tags.append("remove-output")
            src = "\n".join(lines).strip()
            if not src and not cell.get("outputs"): continue
            cell = {k: v for k, v in cell.items() if k in _CELL_KEYS}     # nbdev adds `has_sd`, `idx_`...
            cell["metadata"] = {**cell.get("metadata", {}), "tags": tags}
            for o in cell.get("outputs", []):
                md = o.get("data", {}).get("text/markdown")
                if md is None: continue
                md = _unlink_private(("".join(md) if isinstance(md, list) else md).replace(site_url, ""))
                md = re.sub(r"^\s*---\s*\n", "", md)
                md = re.sub(r"\)\{target=[^}]*\}", ")", md)  # show_doc's Quarto link attributes
                # show_doc's `### name` heading: put the id nbdev's links use (`examples.summary`) in front of it
                o["data"]["text/markdown"] = re.sub(r"^(#{2,4}) (\S+)\s*$",
                    lambda h: f'<a id="{h.group(2).lower()}"></a>\n\n{h.group(1)} {h.group(2)}', md, flags=re.M)
        cell["source"] = src
        if cell["cell_type"] == "markdown" and not src.strip(): continue
        cells.append({"id": f"cell{len(cells)}", **{k: v for k, v in cell.items() if k in _CELL_KEYS}})
    if first_page:
        toc = "\n".join(["```{toctree}", ":hidden:", ":maxdepth: 1", ""] + pages + ["```"])
        cells.append({"cell_type": "markdown", "id": "toctree", "metadata": {}, "source": toc})
    nb["cells"] = cells
    return nb

def api_page(pages: dict, anchors: set) -> str:
    """Markdown for the API reference: each exported symbol of each module, linked to its documentation (a method
    or property without a show_doc of its own links to its class)."""
    sys.path.insert(0, str(ROOT))
    from qlora_course._modidx import d
    out = ["# API reference", "", "> Every exported function and class of `qlora_course`, by module, linked to the "
           "notebook that defines, explains and tests it.", ""]
    for mod, syms in sorted(d["syms"].items()):
        rows = [(name, link) for name, (link, _) in sorted(syms.items()) if not any(p.startswith("_") for p in name.split(".")[1:])]
        if not rows: continue
        page = rows[0][1].split("#")[0].removesuffix(".html")
        out += [f"## `{mod}`", "", f"Notebook: [{pages.get(page, page)}]({page}.html)", ""]
        for name, link in rows:
            while "." in link.split("#")[-1] and link not in anchors: link = link.rsplit(".", 1)[0]
            out.append(f"- [`{name.removeprefix(mod + '.')}`]({link})")
        out.append("")
    return "\n".join(out)

def build(strict: bool = True) -> int:
    t0 = time.time()
    skipped = process_notebooks()
    if skipped: print(f"note: {len(skipped)} cells mix imports with other code; nbdev_docs would execute them to "
                      "render show_doc (nbdev's FAQ: imports in cells of their own); this build skips them:")
    for s in skipped: print(f"  {s}")
    t1 = time.time()
    from fastcore.all import Config
    cfg = Config(ROOT, "settings.ini")
    site_url = cfg.get("doc_host", "") + cfg.get("doc_baseurl", "") + "/"
    shutil.rmtree(BUILD, ignore_errors=True); SRC.mkdir(parents=True)
    nbs = course_notebooks(PROC)
    names = [html_name(p) for p in nbs]
    titles, anchors = {}, set()
    for p, name in zip(nbs, names):
        nb = stage(p, site_url, p.stem == "index", [n for n in names if n != "index"] + ["api"],
                   {q.stem: n for q, n in zip(nbs, names)})
        titles[name] = nb["cells"][0]["source"].splitlines()[0].lstrip("# ") if nb["cells"] else name
        text = json.dumps(nb, indent=1)
        anchors |= {f"{name}.html#{a}" for a in re.findall(r'<a id=\\"([^"\\]+)\\"', text)}
        (SRC / f"{name}.ipynb").write_text(text, encoding="utf-8")
    (SRC / "api.md").write_text(api_page(titles, anchors), encoding="utf-8")
    for f in NBS.rglob("*"):                        # images the notebooks show (proc_nbs copies notebooks only)
        if f.is_file() and f.suffix.lower() in IMAGES and not any(q.startswith((".", "_")) for q in f.relative_to(NBS).parts):
            (SRC / f.relative_to(NBS)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(f, SRC / f.relative_to(NBS))
    cmd = [sys.executable, "-m", "sphinx", "-b", "html", "-q", "-c", str(ROOT / "docs"), str(SRC), str(HTML)]
    r = subprocess.run(cmd + (["-W", "--keep-going"] if strict else []))
    pages = len(list(HTML.glob("*.html"))) - len([p for p in ("genindex.html", "search.html") if (HTML / p).exists()])
    print(f"docs: {pages} pages in {HTML.relative_to(ROOT)}; nbdev processing {t1 - t0:.0f}s, "
          f"sphinx {time.time() - t1:.0f}s, total {time.time() - t0:.0f}s")
    return r.returncode

if __name__ == "__main__":
    sys.exit(build(strict="--no-strict" not in sys.argv))
