#!/usr/bin/env python
"""Tests of the course's tools on small made-up inputs (no network, no browser, a few seconds):
the generated notebook table, README links, the Colab cell, `#| cpu_only`, the link checker, the raw-markdown
detector, the docs staging, the scan of committed outputs for noise and stale outputs in execute_nb.

    python tools/test_tools.py        # exits 1 on the first failing check"""
import json, sys, tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_docs, check_outputs, check_site, colab_cell, execute_nb, make_pipeline, make_readme
from browser_checks import raw_markdown

def _nb(*cells) -> dict:
    return {"cells": [{"cell_type": t, "id": f"c{i}", "metadata": {}, "source": s,
                       **({"outputs": [], "execution_count": None} if t == "code" else {})}
                      for i, (t, s) in enumerate(cells)],
            "metadata": {}, "nbformat": 4, "nbformat_minor": 5}

def test_table_follows_files():
    "A notebook added to nbs/ gets a row (title and summary from its H1 and `>` line), in file-name order."
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        for name, h1 in [("02_quantization", "02 · Quantization"), ("02a_memory", "02a · Memory, predicted")]:
            (d / f"{name}.ipynb").write_text(json.dumps(_nb(("code", "#| default_exp x"),
                                                            ("markdown", f"# {h1}\n> What it does."))))
        (d / "_scratch.ipynb").write_text(json.dumps(_nb(("markdown", "# scratch"))))
        rows = make_readme.notebook_table(d).splitlines()[2:]
        assert [r.split("|")[1].strip() for r in rows] == ["02", "02a"], rows
        assert "[Memory, predicted](02a_memory.ipynb)" in rows[1] and "What it does." in rows[1]
        assert "colab.research.google.com/github/" in rows[1] and rows[1].count("02a_memory.ipynb") == 2
        (d / "03_bad.ipynb").write_text(json.dumps(_nb(("markdown", "no title"))))
        try: make_readme.notebook_table(d); raise AssertionError("a notebook without H1 was accepted")
        except ValueError as e: assert "03_bad.ipynb" in str(e)

def test_readme_links():
    "Links relative to nbs/ point from the repository root in README; absolute ones and anchors stay."
    md = "[a](02_x.ipynb) ![p](images/p.svg) [b](https://x.org/y) [c](#here) [d](../data/f.json)"
    assert make_readme._readme_links(md) == \
        "[a](nbs/02_x.ipynb) ![p](nbs/images/p.svg) [b](https://x.org/y) [c](#here) [d](data/f.json)"

def test_colab_cell():
    "The cell goes first (before default_exp), replaces older Colab cells, is idempotent, and is checked exactly."
    src = colab_cell.colab_source()
    nb = _nb(("markdown", "# T"), ("code", "#| default_exp t"), ("code", "#| eval: false\n! [ -e /content ] && pip install x"))
    assert not colab_cell.has_cell(nb, src)
    nb = colab_cell.put_cell(nb, src)
    assert colab_cell.has_cell(nb, src) and len(nb["cells"]) == 3 and "default_exp" in "".join(nb["cells"][2]["source"])
    assert colab_cell.put_cell(json.loads(json.dumps(nb)), src) == nb
    nb["cells"][1]["source"] = src.replace("-q -e", "-e")
    assert not colab_cell.has_cell(nb, src)
    assert colab_cell.self_test(src) == []
    assert colab_cell.self_test('print("hi")')            # a cell that prints off Colab is caught

def test_cpu_only():
    "`#| cpu_only` cells are skipped on device runs (flags with gpu) only; exported cells always run."
    skip = lambda s, flags: execute_nb.skipped_here(s, set(flags), {"gpu", "slow"})
    assert skip("#| cpu_only\nx = 1", ["gpu"]) and not skip("#| cpu_only\nx = 1", [])
    assert not skip("#| cpu_only\n#| export\ndef f(): pass", ["gpu"])
    assert skip("#| gpu\nx", []) and not skip("#| gpu\nx", ["gpu"]) and skip("#| eval: false\nx", ["gpu"])

def test_link_checker():
    "A missing page, a missing anchor and a missing image are reported; good links and external ones are not."
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        (d / "a.html").write_text('<h2 id="x">x</h2><a href="b.html#y">ok</a><a href="b.html#nope">bad</a>'
                                  '<a href="c.html">bad</a><img src="i.png"><a href="https://e.org/z">ext</a>')
        (d / "b.html").write_text('<a id="y"></a><a href="a.html#x">ok</a>')
        (d / "index.html").write_text("<p>home</p>")
        broken, n = check_site.check(d)
        assert sorted(l for _, l in broken) == ["b.html#nope", "c.html", "i.png"], broken
        assert n["external"] == 1

def test_raw_markdown():
    "Unrendered markdown in a page's text is found; ordinary prose is not flagged."
    assert raw_markdown("| --- | --- |\n## Heading\nsee [x](y.html)\n**bold** here\nsource{target=\"_blank\"}")
    assert len(raw_markdown("| --- | --- |\n## Heading\nsee [x](y.html)\n**bold**\n```")) == 5
    assert raw_markdown("A table, a heading and a link, rendered: 4 * 3 = 12 [sic]") == []

def test_staging():
    "Docs staging: page names like nbdev's, notebook links to pages, private-name links dropped."
    assert build_docs.html_name(Path("02a_memory.ipynb")) == "memory" and build_docs.html_name(Path("index.ipynb")) == "index"
    assert build_docs._relink("see [02](02_quantization.ipynb#x)", {"02_quantization": "quantization"}) == \
        "see [02](quantization.html#x)"
    assert build_docs._unlink_private("raise [`_E`](data.html#_e) or [`F`](data.html#f)") == \
        "raise `_E` or [`F`](data.html#f)"

def test_pipeline_lists_existing_notebooks():
    "The diagram names only notebooks that exist (a planned 02a appears once its file does)."
    with tempfile.TemporaryDirectory() as d:
        (Path(d) / "02_quantization.ipynb").write_text("{}")
        assert make_pipeline.notebooks(["02", "02a"], Path(d)) == ["02"]
        (Path(d) / "02a_memory.ipynb").write_text("{}")
        assert make_pipeline.notebooks(["02", "02a"], Path(d)) == ["02", "02a"]

def test_output_noise():
    "Each known noise and a traceback are found in a cell's outputs; clean outputs, KNOWN cells and stale entries are told apart."
    noisy = [
        {"output_type": "stream", "name": "stderr", "text": ["Failed to load CPU gemm_4bit_forward from kernels-community: No module named 'kernels'.\n"]},
        {"output_type": "stream", "name": "stderr", "text": "x.py:1: FutureWarning: `is_gradient_checkpointing` is deprecated and will be removed in v6.\n"},
        {"output_type": "stream", "name": "stderr", "text": "Truncating train dataset: 100%|##########| 292/292 [00:00<00:00, 3838.76 examples/s]"},
        {"output_type": "execute_result", "data": {"text/plain": ["<torch._C.Generator>"]}, "metadata": {}},
        {"output_type": "error", "ename": "ValueError", "evalue": "x", "traceback": ["ValueError: x"]}]
    nb = _nb(("code", "a"), ("code", "b"), ("markdown", "100%|###| 3/3 in prose is not an output"))
    nb["cells"][0]["outputs"] = noisy
    nb["cells"][1]["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "loss 0.5 (100% of steps) | 3/3 done\n"}]
    found = check_outputs.findings(nb)
    assert sorted(n for _, _, n in found) == sorted(check_outputs.NOISE) and {i for i, _, _ in found} == {0}, found
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "09_x.ipynb"; p.write_text(json.dumps(nb))
        new, stale = check_outputs.check([p], known={})
        assert len(new) == len(check_outputs.NOISE) and "cell 0 (id c0)" in new[0] and not stale
        new, stale = check_outputs.check([p], known={("09_x.ipynb", "c0"): "gpu", ("09_x.ipynb", "c1"): "gpu"})
        assert new == [] and len(stale) == 1 and "cell c1" in stale[0]

def test_execute_clears_stale_outputs():
    "A cell that runs and prints nothing loses its old outputs; a skipped gpu cell keeps them."
    stale = [{"output_type": "stream", "name": "stderr", "text": ["old noise\n"]}]
    nb = _nb(("code", "x = 1"), ("code", "#| gpu\ny = 2"), ("code", "print(x)"))
    for c in nb["cells"]: c["outputs"] = list(stale)
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "nbs" / "t.ipynb"; p.parent.mkdir(); p.write_text(json.dumps(nb))
        assert execute_nb.execute(p, set(), {"gpu", "slow"}, only_flagged=False)
        cells = json.loads(p.read_text())["cells"]
    assert cells[0]["outputs"] == [] and cells[1]["outputs"] == stale
    assert [o.get("text") for o in cells[2]["outputs"]] in (["1\n"], [["1\n"]]), cells[2]["outputs"]

if __name__ == "__main__":
    tests = [f for n, f in list(globals().items()) if n.startswith("test_")]
    for t in tests: t(); print(f"ok  {t.__name__}: {t.__doc__.splitlines()[0]}")
    print(f"{len(tests)} tool tests passed")
