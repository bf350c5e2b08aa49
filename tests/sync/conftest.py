"""Fixtures for the blocking twins' tests."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest


@pytest.fixture
def ctrl_c_raises() -> Iterator[None]:
    """SIGINT raises KeyboardInterrupt in this process for the test's duration, whatever the runner's disposition:
    a suite started in the background (``make test &``, nohup, a CI runner without job control) ignores SIGINT, and
    a test that sends itself Ctrl-C would then wait for nothing."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
