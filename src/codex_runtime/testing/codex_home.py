"""An isolated, offline ``CODEX_HOME`` pointing the real codex binary at a :class:`MockModel`.

The implementation lives in :mod:`codex_runtime._scripted.codex_home` (the demo uses it too); this is its public home.
"""

from codex_runtime._scripted.codex_home import *  # noqa: F403  (the public names: exactly its __all__)
from codex_runtime._scripted.codex_home import __all__ as __all__
