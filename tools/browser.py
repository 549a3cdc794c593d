"""Shared helpers of the browser checks: a headless Chromium driven by Playwright, and free local ports.

Playwright never downloads a browser here: it drives the system Chromium (Debian: `apt-get install chromium`)
through `executable_path`. Set CHROMIUM to use another binary."""
import os, shutil, socket
from pathlib import Path

def chromium_path() -> str:
    "The Chromium binary itself (Debian's /usr/bin/chromium is a shell wrapper Playwright cannot drive)."
    for p in [os.environ.get("CHROMIUM"), "/usr/lib/chromium/chromium", shutil.which("chromium"),
              shutil.which("chromium-browser"), shutil.which("google-chrome")]:
        if p and Path(p).exists(): return p
    raise SystemExit("no Chromium found: `apt-get update && apt-get install -y chromium` (or set CHROMIUM)")

def launch(playwright):
    "A headless Chromium (no sandbox: CI runs as root)."
    return playwright.chromium.launch(executable_path=chromium_path(), headless=True,
                                      args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])

def free_port() -> int:
    "A TCP port on 127.0.0.1 that nothing listens on now."
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0)); return s.getsockname()[1]
