"""Run a call that must not hang (a FIFO or a device read to its end) without hanging the suite."""

from __future__ import annotations

import threading
from collections.abc import Callable


def without_hanging(call: Callable[[], object], seconds: float = 20) -> BaseException | None:
    """Run ``call`` in a thread; the exception it raised (None when it returned), or fail when it does not end."""
    outcome: list[BaseException | None] = []

    def target() -> None:
        try:
            call()
            outcome.append(None)
        except Exception as exc:  # noqa: BLE001 - handed to the test
            outcome.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert outcome, "the call hung"
    return outcome[0]
