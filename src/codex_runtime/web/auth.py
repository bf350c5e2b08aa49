"""Tenants: each bearer token is one tenant. Tokens are compared in constant time, all of them on every lookup."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Mapping

from codex_runtime.errors import InvalidArgumentError

MIN_TOKEN_CHARS = 8


def _digest(token: str) -> bytes:
    # Comparing fixed-size digests keeps the comparison's time independent of the tokens' lengths too.
    return hashlib.sha256(token.encode("utf-8")).digest()


def default_tenant_name(token: str) -> str:
    """A stable tenant name for a bare token that reveals nothing usable about it."""
    return "tenant-" + hashlib.sha256(b"codex-runtime-tenant:" + token.encode("utf-8")).hexdigest()[:10]


class TenantDirectory:
    """Maps bearer tokens to tenant names.

    ``tokens`` is either ``{token: tenant_name}`` or an iterable of tokens (each its own tenant, named by
    :func:`default_tenant_name`).
    """

    def __init__(self, tokens: Mapping[str, str] | Iterable[str]) -> None:
        pairs = list(tokens.items()) if isinstance(tokens, Mapping) else [(t, default_tenant_name(t)) for t in tokens]
        if not pairs:
            raise InvalidArgumentError("at least one tenant token is required")
        seen: set[bytes] = set()
        self._entries: list[tuple[bytes, str]] = []
        for token, tenant in pairs:
            if not isinstance(token, str) or len(token) < MIN_TOKEN_CHARS or token.strip() != token or " " in token:
                raise InvalidArgumentError(
                    f"tenant tokens must be at least {MIN_TOKEN_CHARS} characters without spaces"
                )
            if not isinstance(tenant, str) or not tenant.strip():
                raise InvalidArgumentError("tenant names must be non-blank strings")
            digest = _digest(token)
            if digest in seen:
                raise InvalidArgumentError("duplicate tenant token")
            seen.add(digest)
            self._entries.append((digest, tenant))

    @property
    def tenants(self) -> list[str]:
        return [tenant for _, tenant in self._entries]

    def tenant_for(self, token: str) -> str | None:
        """The tenant of ``token``, or None. Every entry is compared, whatever matches."""
        candidate = _digest(token)
        found: str | None = None
        for digest, tenant in self._entries:
            if hmac.compare_digest(candidate, digest):
                found = tenant
        return found

    def tenant_for_header(self, authorization: str | None) -> str | None:
        """The tenant of an ``Authorization: Bearer <token>`` header value, or None."""
        if not authorization:
            return None
        scheme, _, token = authorization.strip().partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return None
        return self.tenant_for(token.strip())


__all__ = ["MIN_TOKEN_CHARS", "TenantDirectory", "default_tenant_name"]
