"""A page of `kg view` opened from file:// in a real browser, for the browser tests.

It records what the page asks of the network, its console errors and its dialogs, and waits
until the page says it is stable.
"""

from __future__ import annotations

from pathlib import Path


class Opened:
    """A page opened from file://, recording requests, console errors and dialogs."""

    def __init__(self, browser, path: Path) -> None:
        self.url = path.resolve().as_uri()
        self.context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.errors.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("dialog", self._dialog)
        self.page.goto(self.url)
        self.page.wait_for_function("window.kgView && window.kgView.stabilised", timeout=30_000)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def panel(self) -> str:
        return self.js("kgView.panelText()")

    def drawn(self) -> set[str]:
        """The ids of the nodes drawn now."""
        return set(self.js("kgView.visibleNodeIds()"))

    def node(self, iri: str) -> str:
        """The page's id of the node with this IRI."""
        return self.js("(iri) => kgView.nodeId(iri)", iri)
