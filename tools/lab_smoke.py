#!/usr/bin/env python
"""The follow-along path, tested: start JupyterLab as a reader would, open nbs/00_environment.ipynb in a
headless Chromium, run all cells, and check that no cell errored and the `[OK]` checks are shown.

    python tools/lab_smoke.py [--jupyter PATH] [--screenshot docs/screenshots/jupyterlab.png]

Lab is started as `<venv>/bin/jupyter lab` WITHOUT activating the venv (the venv of the Python running this
script, or --jupyter), on a free 127.0.0.1 port with a random token, as root if need be (CI), with a throwaway
settings folder that turns autosave off (the notebook on disk is not touched: checked at the end) and renders
every cell (no windowing). Fails (exit 1) when a cell's output is an error, a cell did not run, no `[OK]` line
is shown, any `[FAIL]` line is, or the notebook file changed. Does not check the other notebooks (too slow for
CI; nbdev_test runs them) nor Jupyter Notebook 7 or VS Code."""
import argparse, json, os, secrets, subprocess, sys, tempfile, time, urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from browser import free_port, launch

ROOT = Path(__file__).resolve().parent.parent
NB = "nbs/00_environment.ipynb"

# the notebook as the frontend holds it: each code cell's execution count and outputs
_MODEL = """() => {
  const nb = window.jupyterapp.shell.currentWidget;
  if (!nb || !nb.content || !nb.content.model) return null;
  const cells = [];
  for (const c of nb.content.model.cells) {
    if (c.type !== 'code') continue;
    const outs = [];
    for (let i = 0; i < c.outputs.length; i++) outs.push(c.outputs.get(i).toJSON());
    cells.push({count: c.executionCount, outputs: outs, src: c.sharedModel.getSource().slice(0, 60)});
  }
  const kernel = nb.sessionContext.session && nb.sessionContext.session.kernel;
  return {cells, status: kernel ? kernel.status : 'none'};
}"""

def _text(o) -> str:
    t = o.get("text") or o.get("data", {}).get("text/plain", "")
    return "".join(t) if isinstance(t, list) else t

def start_lab(jupyter: Path, port: int, token: str, settings: Path, log) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV",)}
    env.update(JUPYTER_RUNTIME_DIR=str(settings / "runtime"), JUPYTERLAB_SETTINGS_DIR=str(settings / "user"),
               JUPYTERLAB_WORKSPACES_DIR=str(settings / "workspaces"))
    cmd = [str(jupyter), "lab", "--no-browser", "--ip=127.0.0.1", f"--port={port}", "--port-retries=0",
           f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={ROOT}", "--LabApp.expose_app_in_browser=True",
           "--LabApp.news_url=None", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
    if hasattr(os, "geteuid") and os.geteuid() == 0: cmd.append("--allow-root")
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)

def wait_ready(url: str, proc: subprocess.Popen, timeout: float = 90):
    t = time.time()
    while time.time() - t < timeout:
        if proc.poll() is not None: raise SystemExit(f"jupyter lab exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                if r.status == 200: return
        except OSError: time.sleep(1)
    raise SystemExit(f"jupyter lab did not answer {url} within {timeout}s")

def smoke(jupyter: Path, shot: Path | None, timeout: float = 240) -> list:
    "Failures found running the notebook in JupyterLab (empty: it worked)."
    from playwright.sync_api import sync_playwright
    before = (ROOT / NB).read_bytes()
    port, token = free_port(), secrets.token_hex(16)
    failures, t0 = [], time.time()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for plugin, value in [("@jupyterlab/docmanager-extension/plugin", {"autosave": False}),
                              ("@jupyterlab/notebook-extension/tracker", {"windowingMode": "none"}),
                              ("@jupyterlab/apputils-extension/notification", {"fetchNews": "false", "checkForUpdates": False})]:
            f = tmp / "user" / f"{plugin}.jupyterlab-settings"
            f.parent.mkdir(parents=True, exist_ok=True); f.write_text(json.dumps(value))
        log = open(tmp / "lab.log", "w")
        proc = start_lab(jupyter, port, token, tmp, log)
        try:
            base = f"http://127.0.0.1:{port}"
            wait_ready(f"{base}/api/status?token={token}", proc)
            print(f"lab: server up after {time.time() - t0:.0f}s")
            with sync_playwright() as pw:
                browser = launch(pw)
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.goto(f"{base}/lab/tree/{NB}?token={token}", wait_until="domcontentloaded")
                page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=90_000)
                page.wait_for_function("() => { const m = (" + _MODEL + ")(); return m && m.status === 'idle'; }",
                                       timeout=90_000)
                print(f"lab: notebook open, kernel idle after {time.time() - t0:.0f}s")
                page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
                page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
                deadline, m = time.time() + timeout, None
                while time.time() < deadline:
                    page.wait_for_timeout(1000)
                    m = page.evaluate(_MODEL)
                    errored = any(o.get("output_type") == "error" for c in m["cells"] for o in c["outputs"])
                    if errored or (m["status"] == "idle" and all(c["count"] for c in m["cells"])): break
                print(f"lab: run all finished after {time.time() - t0:.0f}s")
                for c in m["cells"]:
                    for o in c["outputs"]:
                        if o.get("output_type") == "error":
                            failures.append(f"cell `{c['src']}` raised {o.get('ename')}: {o.get('evalue', '')[:200]}")
                for c in m["cells"]:                  # pink boxes a reader sees: reported, not failed
                    for o in c["outputs"]:
                        if o.get("name") == "stderr":
                            print(f"lab: stderr under `{c['src'].splitlines()[0][:40]}`: " + " / ".join(_text(o).strip().splitlines()[:3])[:300])
                not_run = [c["src"] for c in m["cells"] if not c["count"]]
                if not_run: failures.append(f"{len(not_run)} cells did not run (first: `{not_run[0]}`)")
                shown = page.locator(".jp-OutputArea-output").all_inner_texts()
                ok = sum(l.lstrip().startswith("[OK]") for t in shown for l in t.splitlines())
                bad = [l for t in shown for l in t.splitlines() if l.lstrip().startswith("[FAIL]")]
                if not ok: failures.append("no [OK] line shown")
                if bad: failures.append(f"[FAIL] lines shown: {bad}")
                print(f"lab: {len(m['cells'])} code cells, {ok} [OK] lines, {len(bad)} [FAIL] lines shown")
                if shot:
                    shot.parent.mkdir(parents=True, exist_ok=True)
                    page.locator(".jp-OutputArea-output", has_text="[OK]").first.scroll_into_view_if_needed()
                    page.wait_for_timeout(300)
                    page.screenshot(path=str(shot))
                browser.close()
        finally:
            proc.terminate()
            try: proc.wait(20)
            except subprocess.TimeoutExpired: proc.kill()
            log.close()
            if failures: print((tmp / "lab.log").read_text()[-3000:])
    if (ROOT / NB).read_bytes() != before: failures.append(f"{NB} was modified on disk by the Lab session")
    print(f"lab smoke test: {time.time() - t0:.0f}s, {len(failures)} failures")
    return failures

if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jupyter", type=Path, default=Path(sys.executable).parent / "jupyter",
                    help="the jupyter script of the venv to test (default: this Python's venv)")
    ap.add_argument("--screenshot", type=Path, default=None)
    a = ap.parse_args()
    fails = smoke(a.jupyter, a.screenshot)
    for f in fails: print("FAIL", f)
    sys.exit(1 if fails else 0)
