"""The sub-agent fold: spawn items add children, agentsStates and the children's own turns update them, bounded."""

from __future__ import annotations

from codex_runtime.runtime.subagents import Subagent, SubagentTree


def spawn(parent: str, child: str) -> dict[str, object]:
    return {
        "type": "collabAgentToolCall",
        "id": f"spawn-{child}",
        "tool": "spawnAgent",
        "status": "completed",
        "senderThreadId": parent,
        "receiverThreadIds": [child],
        "prompt": f"task of {child}",
        "model": "m",
        "agentsStates": {child: {"status": "pendingInit"}},
    }


def test_children_follow_their_turns_and_the_parents_reports() -> None:
    tree = SubagentTree()
    tree.on_item(spawn("p", "c1"), "t1")
    tree.on_item(spawn("p", "c2"), "t1")
    tree.on_item({"type": "agentMessage", "id": "x", "text": "hi"}, "t1")
    tree.on_turn("c1", "inProgress")
    tree.on_turn("c2", "failed")
    tree.on_turn("unrelated", "completed")
    tree.on_item(
        {"type": "collabAgentToolCall", "tool": "closeAgent", "agentsStates": {"c1": {"status": "shutdown"}}}, "t2"
    )
    assert tree.children("p") == [
        Subagent("c1", "p", "t1", "task of c1", "m", "shutdown"),
        Subagent("c2", "p", "t1", "task of c2", "m", "errored"),
    ]
    assert tree.children("c1") == []


def test_the_tree_is_bounded_and_counts_what_it_dropped() -> None:
    tree = SubagentTree(max_nodes=2)
    for child in ("a", "b", "c"):
        tree.on_item(spawn("p", child), "t")
    assert [node.thread_id for node in tree.nodes()] == ["b", "c"]
    assert tree.to_dict()["dropped"] == 1
