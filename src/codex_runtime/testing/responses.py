"""Builders for :class:`~codex_runtime.testing.MockResponse`: the answers a :class:`MockModel` can script.

The implementation lives in :mod:`codex_runtime._scripted.responses` (the demo uses it too); this is its public home.
"""

from codex_runtime._scripted.responses import *  # noqa: F403  (the public names: exactly its __all__)
from codex_runtime._scripted.responses import __all__ as __all__
