"""The scripted model machinery: a local Responses-API server (:class:`MockModel`), the answers it streams
(:mod:`.responses`) and an offline CODEX_HOME pointing at it (:func:`mock_codex_home`).

Private: its public home is :mod:`codex_runtime.testing`, which re-exports every name. It lives here so the rest of
the package (the ``codex-runtime demo`` command, the docs' mock-model command) can use it without importing the
testing kit. Depends only on the standard library and ``transport.toml_value``.
"""
