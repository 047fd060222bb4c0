"""A time limit on one document's work, so that one text the parser cannot finish never holds up a batch (`chidao
parse`, `chidao check`) or a worker (the web application's parse job)."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# a document's parse (and check) may take this long before it is stopped and reported: a dev file takes about
# 10 ms, an OCR'd scan a few seconds a page
TIME_LIMIT = 300


class TimeLimitExceeded(Exception):
    """One file's work ran over the batch's time limit."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise `TimeLimitExceeded` inside the block once it has run `seconds` (a real-time timer). Only where a timer
    signal can be had (POSIX, the main thread) and `seconds` > 0; elsewhere the block simply runs."""
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise TimeLimitExceeded

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
