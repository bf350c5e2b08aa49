"""Client-provided tools: a typed Python function the model can call (a codex "dynamic tool").

    @tool
    def add(a: int, b: int) -> int:
        \"\"\"Add two integers.\"\"\"
        return a + b

    session = await client.start_session(SessionConfig(cwd=".", tools=(add,)))

The tools are declared on thread/start (``dynamicTools``, an experimental app-server API: the client must be
created with ``ClientConfig(experimental_api=True)``) and every ``item/tool/call`` for them is answered here:
arguments validated against the signature, the function run off the event loop (sync) or awaited (async), the
return value sent back as text. Any error (bad arguments, an exception) becomes a failure result the model sees;
it never breaks the turn or the connection.
"""

from __future__ import annotations

import inspect
import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, overload

from codex_runtime._lazy import is_model
from codex_runtime.errors import InvalidArgumentError
from codex_runtime.runtime.decisions import DYNAMIC_TOOL_CALL
from codex_runtime.runtime.server_requests import PendingServerRequest
from codex_runtime.runtime.user_code import call_user

if TYPE_CHECKING:
    from pydantic import BaseModel

logger = logging.getLogger("codex_runtime.tools")

P = ParamSpec("P")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


@dataclass(frozen=True)
class Tool(Generic[P, T_co]):
    """A function exposed to the model. Build it with :func:`tool`; ``Tool[[int, int], int]`` keeps the
    function's signature, so calling the tool directly type-checks like calling the function."""

    name: str
    description: str
    function: Callable[P, T_co]
    arguments_model: type[BaseModel]

    def spec(self) -> dict[str, object]:
        """The ``dynamicTools`` entry for thread/start."""
        schema = self.arguments_model.model_json_schema()
        schema.pop("title", None)
        return {"type": "function", "name": self.name, "description": self.description, "inputSchema": schema}

    async def invoke(self, arguments: object) -> dict[str, object]:
        """Run the tool; the ``item/tool/call`` response (``success`` false on any error)."""
        from pydantic import ValidationError  # loaded with the arguments model (pydantic stays off other paths)

        try:
            parsed = self.arguments_model.model_validate(arguments if isinstance(arguments, Mapping) else {})
        except ValidationError as exc:
            return _result(f"invalid arguments for {self.name}: {exc.errors(include_url=False)}", success=False)
        kwargs = {name: getattr(parsed, name) for name in type(parsed).model_fields}
        try:
            value = await call_user(self.function, **kwargs)  # user code: never on the loop
        except Exception as exc:
            logger.info("tool %s raised: %r", self.name, exc)
            return _result(f"{self.name} failed: {type(exc).__name__}: {exc}", success=False)
        return _result(_as_text(value), success=True)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> T_co:
        return self.function(*args, **kwargs)


def _as_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if is_model(value):
        return value.model_dump_json()
    try:
        return json.dumps(value)
    except (TypeError, ValueError):
        return str(value)


def _result(text: str, *, success: bool) -> dict[str, object]:
    return {"contentItems": [{"type": "inputText", "text": text}], "success": success}


def _arguments_model(function: Callable[..., object], name: str) -> type[BaseModel]:
    from pydantic import ConfigDict, create_model

    fields: dict[str, Any] = {}
    hints = inspect.get_annotations(function, eval_str=True)
    for param in inspect.signature(function).parameters.values():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            raise TypeError(f"tool {name}: *args/**kwargs cannot be described to the model")
        annotation = hints.get(param.name, Any)
        default = ... if param.default is inspect.Parameter.empty else param.default
        fields[param.name] = (annotation, default)
    return create_model(f"{name}_arguments", __config__=ConfigDict(extra="forbid"), **fields)


@overload
def tool(function: Callable[P, T], /) -> Tool[P, T]: ...
@overload
def tool(*, name: str | None = None, description: str | None = None) -> Callable[[Callable[P, T]], Tool[P, T]]: ...


def tool(
    function: Callable[P, T] | None = None, /, *, name: str | None = None, description: str | None = None
) -> Tool[P, T] | Callable[[Callable[P, T]], Tool[P, T]]:
    """Turn a typed function into a :class:`Tool` (schema from its signature, description from its docstring).

    Raises:
        TypeError: the function takes ``*args``/``**kwargs``.
    """

    def build(fn: Callable[P, T]) -> Tool[P, T]:
        tool_name = name or fn.__name__
        text = description or inspect.getdoc(fn) or tool_name
        return Tool(name=tool_name, description=text, function=fn, arguments_model=_arguments_model(fn, tool_name))

    return build(function) if function is not None else build


class ToolDispatcher:
    """The ``item/tool/call`` handler for one thread's tools. Unknown tool names get a failure result."""

    methods = frozenset({DYNAMIC_TOOL_CALL})

    def __init__(self, tools: tuple[Tool[..., object], ...]) -> None:
        names = [t.name for t in tools]
        if len(set(names)) != len(names):
            raise InvalidArgumentError(f"duplicate tool names: {names}")
        self._tools = {t.name: t for t in tools}

    async def __call__(self, request: PendingServerRequest) -> dict[str, object]:
        params = request.raw_params
        found = self._tools.get(str(params.get("tool")))
        if found is None:
            return _result(f"unknown tool {params.get('tool')!r}", success=False)
        return await found.invoke(params.get("arguments"))


__all__ = ["Tool", "ToolDispatcher", "tool"]
