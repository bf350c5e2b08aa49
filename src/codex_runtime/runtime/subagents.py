"""Sub-agents (codex's collab agents) as a tree: which thread spawned which, from which turn, and how each is doing.

Measured on codex 0.163.0 with a scripted model: the model calls ``spawn_agent`` (tool namespace
``multi_agent_v1``); the parent turn shows a ``collabAgentToolCall`` item (``tool: "spawnAgent"``,
``senderThreadId``, ``receiverThreadIds`` = the child thread, ``agentsStates`` = each child's last known status);
the child thread runs its own turn on the same connection (its events carry the child's thread id; its turn's
``rootTurnId`` is the parent's turn); ``wait_agent`` / ``close_agent`` calls are more ``collabAgentToolCall``
items whose ``agentsStates`` report ``completed`` (with the child's final message), ``errored``, ``shutdown``...

:class:`SubagentTree` is the fold the state projection keeps (bounded); :func:`subagents_of` reads the same facts
from one turn's completed items (``PromptRunResult.subagents``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any, Final

COLLAB_ITEM: Final = "collabAgentToolCall"

_TURN_STATUS: Final = {"inProgress": "running", "completed": "completed", "failed": "errored"}
"""A child's own turn status -> the sub-agent status codex uses in ``agentsStates``."""


@dataclass(frozen=True, slots=True)
class Subagent:
    """One spawned sub-agent: ``thread_id`` is its own thread; ``status`` is codex's
    (``pendingInit``, ``running``, ``completed``, ``errored``, ``interrupted``, ``shutdown``, ``notFound``)."""

    thread_id: str
    parent_thread_id: str
    parent_turn_id: str | None
    prompt: str | None
    model: str | None
    status: str
    message: str | None = None
    """Its final message, once codex reported it (a ``wait_agent`` result)."""


def _get(item: Any, wire: str, attr: str) -> Any:
    return item.get(wire) if isinstance(item, Mapping) else getattr(item, attr, None)


def _states(item: Any) -> dict[str, tuple[str, str | None]]:
    states = _get(item, "agentsStates", "agents_states") or {}
    found: dict[str, tuple[str, str | None]] = {}
    for child, state in states.items():
        status = _get(state, "status", "status")
        message = _get(state, "message", "message")
        if status is not None:
            found[str(child)] = (str(status), message if isinstance(message, str) else None)
    return found


class SubagentTree:
    """Sub-agents by child thread id, folded from ``collabAgentToolCall`` items and the children's turns. Bounded:
    beyond ``max_nodes`` the oldest node is dropped (counted in :attr:`dropped`)."""

    def __init__(self, max_nodes: int = 1024) -> None:
        self.max_nodes = max_nodes
        self.dropped = 0
        self._nodes: OrderedDict[str, Subagent] = OrderedDict()

    def on_item(self, item: Mapping[str, Any], turn_id: str | None) -> None:
        """A ``collabAgentToolCall`` item (started or completed) of a parent thread's turn."""
        if item.get("type") != COLLAB_ITEM:
            return
        states = _states(item)
        if item.get("tool") == "spawnAgent":
            for child in item.get("receiverThreadIds") or []:
                if child not in self._nodes:
                    status = states.get(child, ("pendingInit", None))[0]
                    self._add(
                        Subagent(
                            str(child),
                            str(item.get("senderThreadId")),
                            turn_id,
                            item.get("prompt"),
                            item.get("model") or None,
                            status,
                        )
                    )
        for child, (status, message) in states.items():
            node = self._nodes.get(child)
            if node is not None:
                self._nodes[child] = replace(node, status=status, message=message or node.message)

    def on_turn(self, thread_id: str | None, status: Any) -> None:
        """A turn of a child thread started or ended."""
        node = self._nodes.get(thread_id) if thread_id is not None else None
        if node is not None and isinstance(status, str):
            self._nodes[node.thread_id] = replace(node, status=_TURN_STATUS.get(status, status))

    def children(self, thread_id: str) -> list[Subagent]:
        """The sub-agents ``thread_id`` spawned, oldest first."""
        return [node for node in self._nodes.values() if node.parent_thread_id == thread_id]

    def get(self, thread_id: str) -> Subagent | None:
        return self._nodes.get(thread_id)

    def nodes(self) -> list[Subagent]:
        """Every sub-agent known, oldest first."""
        return list(self._nodes.values())

    def to_dict(self) -> dict[str, Any]:
        return {"nodes": {key: asdict(node) for key, node in self._nodes.items()}, "dropped": self.dropped}

    def _add(self, node: Subagent) -> None:
        self._nodes[node.thread_id] = node
        while len(self._nodes) > self.max_nodes:
            self._nodes.popitem(last=False)
            self.dropped += 1


def subagents_of(items: Iterable[Any], turn_id: str | None) -> list[Subagent]:
    """The sub-agents one turn spawned, with the last status its own items reported (typed items or wire dicts)."""
    tree = SubagentTree()
    for item in items:
        wire = item if isinstance(item, Mapping) else item.model_dump(by_alias=True, mode="json")
        tree.on_item(wire, turn_id)
    return tree.nodes()


__all__ = ["COLLAB_ITEM", "Subagent", "SubagentTree", "subagents_of"]
