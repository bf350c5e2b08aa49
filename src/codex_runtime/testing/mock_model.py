"""A scripted, local stand-in for the OpenAI Responses API that the real ``codex`` binary talks to.

The implementation lives in :mod:`codex_runtime._scripted.mock_model` (the demo uses it too); this is its public home.
"""

from codex_runtime._scripted.mock_model import *  # noqa: F403  (the public names: exactly its __all__)
from codex_runtime._scripted.mock_model import __all__ as __all__
