#!/usr/bin/env python
"""Look at the built site the way a reader does: serve docs/_build/html on 127.0.0.1, load every page in a
headless Chromium, check what it shows, and save screenshots of the index and of a notebook page with a plot.

    python tools/browser_checks.py [--screenshots docs/screenshots]

Fails (exit 1) when a page has no title or H1, an image that did not load, markdown left unrendered (`| --- |`,
`## `, `[text](link)`, `**bold**`, fences), or a Python traceback among its outputs; and when the index lacks its
tables or its pipeline image. Reports, without failing, each page's stderr outputs (the pink boxes: warnings
and progress bars a notebook printed), which are worth removing from the notebooks but are real outputs."""
import argparse, functools, http.server, json, re, sys, threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from browser import free_port, launch

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "docs" / "_build" / "html"

# what each page shows, measured in the page (code blocks removed before looking for raw markdown)
_PROBE = """() => {
  const main = document.querySelector('article') || document.body;
  const all = [...main.querySelectorAll('img')];
  const imgs = all.filter(i => !/^[a-z]+:/.test(i.getAttribute('src') || ''));   // external ones cannot load offline
  const clone = main.cloneNode(true);
  clone.querySelectorAll('pre, code, .highlight, script, style').forEach(e => e.remove());
  return {
    title: document.title, h1: (main.querySelector('h1') || {}).innerText || '',
    tables: main.querySelectorAll('table').length,
    images: imgs.length, external_images: all.length - imgs.length,
    broken: imgs.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.getAttribute('src')),
    plots: imgs.filter(i => (i.getAttribute('src') || '').includes('_images/') && i.naturalWidth > 0).length,
    stderr: [...main.querySelectorAll('.output.stderr, .cell_output .stderr')].map(e => e.innerText.split('\\n')[0].slice(0, 100)),
    errors: main.querySelectorAll('.output.traceback, .cell_output .traceback').length,
    prose: clone.innerText,
  };
}"""
_RAW_MD = [(r"^\s*\|?\s*:?-{3,}:?\s*\|", "table rule"), (r"^#{1,6} \S", "heading"), (r"\]\([^)\s]+\)", "link"),
           (r"\*\*\w[^*]*\*\*", "bold"), (r"^```", "fence"), (r"\{(target|style|\.)[^}]*\}", "Quarto attributes")]

def raw_markdown(text: str) -> list:
    "Lines of rendered page text that still look like markdown source."
    return [f"{kind}: {line.strip()[:80]}" for line in text.splitlines()
            for pat, kind in _RAW_MD if re.search(pat, line)]

def serve(folder: Path):
    "An HTTP server for `folder` on a free 127.0.0.1 port, in a daemon thread; returns (server, base URL)."
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *a): pass
    handler = functools.partial(Quiet, directory=str(folder))
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv, f"http://127.0.0.1:{srv.server_address[1]}/"

def check_pages(site: Path, shots: Path | None) -> tuple[dict, list]:
    "Per-page findings {page: probe} and the list of failures."
    from playwright.sync_api import sync_playwright
    pages = sorted(p.name for p in site.glob("*.html") if p.name not in ("search.html", "genindex.html"))
    srv, base = serve(site)
    found, failures = {}, []
    try:
        with sync_playwright() as pw:
            browser = launch(pw)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            missing = []
            page.on("response", lambda r: missing.append(r.url) if r.status >= 400 else None)
            for name in pages:
                page.goto(base + name, wait_until="load")
                page.wait_for_load_state("networkidle")
                r = page.evaluate(_PROBE)
                r["raw"] = raw_markdown(r.pop("prose"))
                found[name] = r
                where = f"{name}:"
                if not r["title"].strip() or not r["h1"].strip(): failures.append(f"{where} no title or H1")
                if r["broken"]: failures.append(f"{where} images not loaded: {r['broken']}")
                if r["raw"]: failures.append(f"{where} unrendered markdown: {r['raw'][:5]}")
                if r["errors"]: failures.append(f"{where} {r['errors']} traceback output(s)")
            if missing: failures.append(f"requests that failed (404...): {sorted(set(missing))[:10]}")
            idx = found.get("index.html", {})
            if idx.get("tables", 0) < 3: failures.append("index.html: expected the notebook, hardware and glossary tables")
            if not any(i > 0 for i in [idx.get("images", 0)]): failures.append("index.html: no pipeline image")
            plot_page = max((n for n in found if n != "index.html"), key=lambda n: found[n]["plots"], default=None)
            if not plot_page or not found[plot_page]["plots"]: failures.append("no notebook page shows a plot")
            if shots:
                shots.mkdir(parents=True, exist_ok=True)
                page.goto(base + "index.html", wait_until="networkidle")
                page.screenshot(path=str(shots / "site-index.png"))
                if plot_page:
                    page.goto(base + plot_page, wait_until="networkidle")
                    page.locator("article img[src*='_images/']").first.scroll_into_view_if_needed()
                    page.wait_for_timeout(300)
                    page.mouse.wheel(0, 120)          # the plot's bottom edge up from the window's (down: no back-to-top button)
                    page.wait_for_timeout(300)
                    page.screenshot(path=str(shots / "site-notebook-plot.png"))
                    found["_screenshot_page"] = plot_page
            browser.close()
    finally: srv.shutdown()
    return found, failures

if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--site", type=Path, default=SITE)
    ap.add_argument("--screenshots", type=Path, default=None, help="folder for site-index.png and site-notebook-plot.png")
    a = ap.parse_args()
    if not (a.site / "index.html").exists(): sys.exit(f"{a.site}: build the site first (tools/build_docs.py)")
    found, failures = check_pages(a.site, a.screenshots)
    shot = found.pop("_screenshot_page", None)
    for name, r in found.items():
        print(f"{name:<24} title {r['title'][:40]!r:<44} tables {r['tables']:>2}  images {r['images']:>2} "
              f"(plots {r['plots']}, broken {len(r['broken'])})  stderr boxes {len(r['stderr']):>2}  tracebacks {r['errors']}")
        for s in r["stderr"][:3]: print(f"    stderr: {s}")
    if shot: print(f"screenshots: site-index.png, site-notebook-plot.png ({shot}) in {a.screenshots}")
    for f in failures: print("FAIL", f)
    print(f"browser checks: {len(found)} pages, {len(failures)} failures, "
          f"{sum(len(r['stderr']) for r in found.values())} stderr boxes")
    sys.exit(1 if failures else 0)
