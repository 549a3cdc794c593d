# Sphinx configuration of the course website (built by tools/build_docs.py; nbdev_docs + Quarto is the other way).
from configparser import ConfigParser
from pathlib import Path

_cfg = ConfigParser(); _cfg.read(Path(__file__).resolve().parent.parent / "settings.ini")
project = _cfg["DEFAULT"]["title"]
author = _cfg["DEFAULT"]["author"]
copyright = _cfg["DEFAULT"]["copyright"]
html_title = project

extensions = ["myst_nb"]
root_doc = "index"
nb_execution_mode = "off"                 # the committed outputs are the content: nothing runs at build time
nb_render_markdown_format = "myst"        # show_doc's markdown outputs contain tables
myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3
html_theme = "furo"
html_static_path = []
exclude_patterns = ["_build"]
# a notebook's `## 3.` after a `# title` is fine for readers; nbdev's show_doc headings start at ###
suppress_warnings = ["myst.header", "misc.highlighting_failure"]
# links are resolved by tools/build_docs.py (notebook -> page names) and checked by tools/check_site.py
myst_all_links_external = True
