"""Headless Chromium for the page's screenshot, benchmark and tests: Debian's binary, no network.

Never ``playwright install``: the browser comes from the system (``apt-get install chromium``),
and the flags keep it from calling home, which a closed network would refuse anyway.
"""

from __future__ import annotations

import os

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def launch(playwright, *, executable: str = CHROMIUM):
    """Start the system Chromium through a running ``sync_playwright()``."""
    return playwright.chromium.launch(executable_path=executable, args=list(LAUNCH_ARGS))
