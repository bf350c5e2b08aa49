"""Every wire type of the pinned app-server protocol (generated; see ``scripts/gen_protocol.py``).

Models are pydantic v2 classes with snake_case attributes and the wire's camelCase names as aliases (both accepted
on input, aliases used on output) that keep unknown fields; enums are open ``StrEnum``s
(``str(TurnStatus.COMPLETED) == "completed"``, and an unlisted value is accepted); tagged unions such as
``ThreadItem`` decode an unknown variant to ``Unrecognized<Union>`` rather than failing.

Importing this module builds ~1,000 model classes (about a third of a second); their validators are built on
first use.
"""

from codex_runtime.protocol._generated.models import *  # noqa: F403
from codex_runtime.protocol._generated.models import __all__ as __all__
