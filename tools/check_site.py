#!/usr/bin/env python
"""Check the built site's internal links: every relative `href`/`src` must name a file of the site, and every
`#anchor` an id on the target page.

    python tools/check_site.py [docs/_build/html]

Exits 1 listing each broken link as `page: link`. External links (with a scheme, `//host`, `mailto:`) are
counted, not fetched: CI has no network. Sphinx's own pages (search, genindex) and `_static/` assets are
checked as targets, not as sources."""
import sys
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent

class _Page(HTMLParser):
    def __init__(self):
        super().__init__(); self.ids, self.links = set(), []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for k in ("id", "name") if tag == "a" else ("id",):
            if a.get(k): self.ids.add(a[k])
        for k in ("href", "src"):
            if a.get(k) is not None and not (tag == "link" and k == "href" and a.get("rel") in ("preload",)):
                self.links.append((tag, a[k]))

def parse(path: Path) -> _Page:
    p = _Page(); p.feed(path.read_text(encoding="utf-8", errors="replace")); return p

def check(site: Path) -> tuple[list, dict]:
    "Broken links as [(page, link)] and counts {'internal': n, 'external': n, 'pages': n}."
    pages = {p: parse(p) for p in site.rglob("*.html") if "_static" not in p.parts}
    broken, n = [], defaultdict(int)
    n["pages"] = len(pages)
    for page, parsed in pages.items():
        if page.name in ("search.html", "genindex.html"): continue
        for tag, link in parsed.links:
            u = urlsplit(link)
            if u.scheme or link.startswith("//"): n["external"] += 1; continue
            n["internal"] += 1
            target = (page.parent / unquote(u.path)).resolve() if u.path else page
            if target.is_dir(): target = target / "index.html"
            if not target.exists(): broken.append((page.relative_to(site), link)); continue
            if u.fragment and target.suffix == ".html":
                ids = (pages.get(target) or parse(target)).ids
                if unquote(u.fragment) not in ids: broken.append((page.relative_to(site), link))
    return broken, dict(n)

if __name__ == "__main__":
    site = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "_build" / "html"
    if not (site / "index.html").exists(): sys.exit(f"{site}: no index.html; build the site first (tools/build_docs.py)")
    broken, n = check(site)
    for page, link in broken: print(f"{page}: broken link {link}")
    print(f"links: {n['pages']} pages, {n['internal']} internal links ({len(broken)} broken), "
          f"{n['external']} external (not fetched)")
    sys.exit(1 if broken else 0)
