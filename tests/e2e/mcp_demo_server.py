"""A tiny stdio MCP server for the e2e tests, written with the official ``mcp`` SDK: two tools and a resource.

``add`` returns the sum; ``greet`` asks the user's name through an elicitation (a raw JSON schema: codex 0.163.0
cancels the SDK's pydantic-rendered form schema, measured) and greets whoever answered; ``note://readme`` is a
text resource. Run as ``python mcp_demo_server.py`` (codex starts it).
"""

from __future__ import annotations

import json

from mcp.server.mcpserver import Context, MCPServer

server = MCPServer("demo")

NAME_FORM = {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}


@server.tool()
def add(a: int, b: int) -> str:
    """Add two integers."""
    return f"sum={a + b}"


@server.tool()
async def greet(ctx: Context) -> str:
    """Ask the user's name, then greet them."""
    session = ctx.request_context.session
    answer = await session.elicit_form("What is your name?", NAME_FORM, related_request_id=ctx.request_id)
    if answer.action == "accept":
        return f"hello {json.dumps(answer.content)}"
    return f"no name: {answer.action}"


@server.resource("note://readme", mime_type="text/plain")
def readme() -> str:
    return "the readme note"


if __name__ == "__main__":
    server.run("stdio")
