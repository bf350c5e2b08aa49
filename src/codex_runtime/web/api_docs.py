"""The HTTP API reference at ``/docs``: one static HTML page rendered from the app's own OpenAPI description.

FastAPI's interactive docs load their scripts from a CDN; this page needs nothing from elsewhere (it works offline
and under the app's ``default-src 'self'`` policy): plain HTML, styled by a packaged stylesheet, no script.
Everything taken from the description is HTML-escaped.
"""

from __future__ import annotations

from html import escape
from typing import Any

_METHODS = ("get", "post", "put", "patch", "delete")


def _type_of(schema: dict[str, Any]) -> str:
    """A short human-readable type for a JSON schema fragment."""
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    if "anyOf" in schema:
        return " | ".join(_type_of(part) for part in schema["anyOf"])
    if "enum" in schema:
        return " | ".join(repr(value) for value in schema["enum"])
    if "const" in schema:
        return repr(schema["const"])
    kind = schema.get("type")
    if kind == "array":
        return f"list[{_type_of(schema.get('items', {}))}]"
    if kind == "object" and "additionalProperties" in schema and isinstance(schema["additionalProperties"], dict):
        return f"dict[str, {_type_of(schema['additionalProperties'])}]"
    return str(kind) if kind else "any"


def _anchor(name: str) -> str:
    return "schema-" + "".join(ch if ch.isalnum() else "-" for ch in name)


def _type_html(schema: dict[str, Any]) -> str:
    text = escape(_type_of(schema))
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref.rsplit("/", 1)[-1]
        return f'<a href="#{_anchor(name)}"><code>{escape(name)}</code></a>'
    return f"<code>{text}</code>"


def _operation(path: str, method: str, operation: dict[str, Any]) -> list[str]:
    out = [f'<section class="op" id="{escape(operation.get("operationId", path + method))}">']
    out.append(f'<h3><span class="method {method}">{method.upper()}</span> <code>{escape(path)}</code></h3>')
    if operation.get("summary"):
        out.append(f"<p>{escape(str(operation['summary']))}</p>")
    if operation.get("description"):
        out.append(f"<p>{escape(str(operation['description']))}</p>")
    needs_token = bool(operation.get("security"))
    auth = "Needs <code>Authorization: Bearer &lt;token&gt;</code>." if needs_token else "No token needed."
    out.append(f'<p class="auth">{auth}</p>')
    parameters = operation.get("parameters", [])
    if parameters:
        out.append(
            "<table><caption>Parameters</caption><tr><th>name</th><th>in</th><th>type</th><th>required</th></tr>"
        )
        for parameter in parameters:
            required = "yes" if parameter.get("required") else "no"
            out.append(
                f"<tr><td><code>{escape(str(parameter.get('name')))}</code></td><td>{escape(str(parameter.get('in')))}"
                f"</td><td>{_type_html(parameter.get('schema', {}))}</td><td>{required}</td></tr>"
            )
        out.append("</table>")
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    if body:
        out.append(f"<p>Request body (JSON): {_type_html(body)}</p>")
    responses = operation.get("responses", {})
    if responses:
        out.append("<table><caption>Responses</caption><tr><th>status</th><th>meaning</th><th>body</th></tr>")
        for status, response in responses.items():
            content = response.get("content", {})
            schema = next((media.get("schema") for media in content.values() if media.get("schema")), None)
            shown = _type_html(schema) if schema else ", ".join(escape(media) for media in content) or "none"
            out.append(
                f"<tr><td>{escape(str(status))}</td><td>{escape(str(response.get('description', '')))}</td>"
                f"<td>{shown}</td></tr>"
            )
        out.append("</table>")
    out.append("</section>")
    return out


def _schema(name: str, schema: dict[str, Any]) -> list[str]:
    out = [f'<section class="schema" id="{_anchor(name)}"><h3><code>{escape(name)}</code></h3>']
    if schema.get("description"):
        out.append(f"<p>{escape(str(schema['description']))}</p>")
    properties: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    if properties:
        out.append("<table><tr><th>field</th><th>type</th><th>required</th><th>description</th></tr>")
        for field, spec in properties.items():
            out.append(
                f"<tr><td><code>{escape(field)}</code></td><td>{_type_html(spec)}</td>"
                f"<td>{'yes' if field in required else 'no'}</td>"
                f"<td>{escape(str(spec.get('description', '')))}</td></tr>"
            )
        out.append("</table>")
    out.append("</section>")
    return out


def render_api_reference(openapi: dict[str, Any]) -> str:
    """The whole reference page for an OpenAPI 3 description (as FastAPI produces it)."""
    info = openapi.get("info", {})
    title = f"{info.get('title', 'API')} {info.get('version', '')}".strip()
    out = [
        '<!doctype html><html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}: HTTP API reference</title>",
        '<link rel="stylesheet" href="/static/docs.css"></head><body><main>',
        f"<h1>{escape(title)}: HTTP API reference</h1>",
        '<p><a href="/">Back to the page</a> · <a href="/openapi.json">OpenAPI description (JSON)</a></p>',
    ]
    for paragraph in str(info.get("description", "")).split("\n\n"):
        if paragraph.strip():
            out.append(f"<p>{escape(paragraph.strip())}</p>")
    out.append("<h2>Routes</h2>")
    for path, item in openapi.get("paths", {}).items():
        for method in _METHODS:
            if method in item:
                out.extend(_operation(path, method, item[method]))
    schemas = openapi.get("components", {}).get("schemas", {})
    if schemas:
        out.append("<h2>Bodies</h2>")
        for name, schema in schemas.items():
            out.extend(_schema(name, schema))
    out.append("</main></body></html>")
    return "\n".join(out)


__all__ = ["render_api_reference"]
