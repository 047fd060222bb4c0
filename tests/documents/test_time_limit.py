"""The time limit on one document's work: it stops the block at the limit, and leaves no timer or handler behind."""

from __future__ import annotations

import signal
import threading
import time

import pytest

from chidao.documents.time_limit import TimeLimitExceeded, time_limit


def test_a_block_over_the_limit_is_stopped() -> None:
    started = time.monotonic()
    with pytest.raises(TimeLimitExceeded), time_limit(0.2):
        while True:
            time.sleep(0.01)
    assert time.monotonic() - started < 2


def test_a_block_within_the_limit_leaves_nothing_behind() -> None:
    handler = signal.getsignal(signal.SIGALRM)
    with time_limit(0.2):
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is handler
    time.sleep(0.3)  # a timer left running would fire here


def test_zero_means_no_limit() -> None:
    with time_limit(0):
        time.sleep(0.01)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_outside_the_main_thread_the_block_simply_runs() -> None:
    done: list[bool] = []

    def work() -> None:
        with time_limit(0.05):
            time.sleep(0.1)
        done.append(True)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert done == [True]
