#!/usr/bin/env bash
# The course as people read it (called by .ci/run after the tests; runs alone too, from the repo root with the
# venv active): tests of these tools, Colab cell check, noise in committed outputs, pipeline diagram check, the website (build, links, pages in a browser), and
# JupyterLab running 00_environment. Prints each step's seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
t=$(date +%s); step() { local now; now=$(date +%s); echo "== $1: $(( now - t ))s"; t=$now; }
if ! command -v chromium >/dev/null && [ ! -x /usr/lib/chromium/chromium ]; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else echo "FAIL: chromium is not installed (apt-get install chromium) and this is not root"; exit 1; fi
fi
step "chromium"
python tools/test_tools.py
python tools/colab_cell.py --check
python tools/check_outputs.py
python tools/make_pipeline.py --check
step "tool tests, Colab cell + output noise + diagram checks"
python tools/build_docs.py
step "docs build"
python tools/check_site.py
step "link check"
python tools/browser_checks.py
step "browser page checks"
# Lab as a reader starts it: the venv's jupyter by path, venv not activated (no PATH/VIRTUAL_ENV from it)
env -u VIRTUAL_ENV PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
  "$(python -c 'import sys; print(sys.executable)')" tools/lab_smoke.py --jupyter "$(dirname "$(python -c 'import sys; print(sys.executable)')")/jupyter"
step "JupyterLab smoke test"
