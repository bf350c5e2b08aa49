"""The SQLite session store's schema and its versioned migrations. Plain sync code on one connection.

The schema version is SQLite's ``PRAGMA user_version``; ``PRAGMA application_id`` marks the file as ours, so
pointing ``--db`` at some other SQLite file is refused instead of being written into. Each migration runs in one
``BEGIN IMMEDIATE`` transaction together with the version bump, so a crash mid-migration leaves the old version,
intact. A database whose version is above the newest migration was written by a newer codex-runtime: it is refused
before anything is written to it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from codex_runtime.web.errors import SessionStoreError, SessionStoreVersionError

APPLICATION_ID = 0x43585257
"""``PRAGMA application_id`` of a session store (ASCII "CXRW")."""


@dataclass(frozen=True)
class Migration:
    """Brings the schema from ``version - 1`` to ``version``."""

    version: int
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "sessions, their turn records and settled approvals",
        (
            """CREATE TABLE sessions (
                session_id TEXT PRIMARY KEY,
                tenant TEXT NOT NULL,
                thread_id TEXT NOT NULL,
                cwd TEXT NOT NULL,
                cwd_label TEXT NOT NULL,
                settings TEXT NOT NULL,
                state TEXT NOT NULL,
                created_at REAL NOT NULL,
                closed_at REAL,
                last_event_id INTEGER NOT NULL,
                first_prompt TEXT
            )""",
            "CREATE INDEX sessions_by_tenant ON sessions (tenant)",
            """CREATE TABLE turns (
                session_id TEXT NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
                turn_id TEXT NOT NULL,
                status TEXT NOT NULL,
                prompt TEXT NOT NULL,
                assistant_text TEXT NOT NULL,
                error TEXT,
                usage TEXT,
                started_at REAL NOT NULL,
                ended_at REAL,
                PRIMARY KEY (session_id, turn_id)
            )""",
            """CREATE TABLE approvals (
                session_id TEXT NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
                approval_id TEXT NOT NULL,
                turn_id TEXT,
                status TEXT NOT NULL,
                data TEXT NOT NULL,
                settled_at REAL NOT NULL,
                PRIMARY KEY (session_id, approval_id)
            )""",
        ),
    ),
)


def schema_version(conn: sqlite3.Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def check_version(conn: sqlite3.Connection, location: str, migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
    """The file's schema version, after checking (without writing) that this code can use it.

    Raises:
        SessionStoreVersionError: written by a newer version.
        SessionStoreError: not a session store (another application's database, or not a database at all).
    """
    try:
        application_id: int = conn.execute("PRAGMA application_id").fetchone()[0]
        version = schema_version(conn)
        tables = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise SessionStoreError(location, f"cannot be read as an SQLite database ({exc})") from exc
    fresh = application_id == 0 and version == 0 and tables == 0
    if not fresh and application_id != APPLICATION_ID:
        raise SessionStoreError(location, "is another application's SQLite database, not a codex-runtime session store")
    latest = migrations[-1].version
    if version > latest:
        raise SessionStoreVersionError(location, found=version, supported=latest)
    return version


def migrate(conn: sqlite3.Connection, location: str, migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
    """Apply the pending migrations in order (``conn`` in autocommit mode); returns the version reached.

    Raises:
        SessionStoreVersionError, SessionStoreError: as :func:`check_version`, or a migration failed (rolled back:
            the file keeps the version it had).
    """
    version = check_version(conn, location, migrations)
    for migration in migrations:
        if migration.version <= version:
            continue
        try:
            conn.execute("BEGIN IMMEDIATE")
            if schema_version(conn) >= migration.version:  # another process migrated in the meantime
                conn.execute("ROLLBACK")
                continue
            for statement in migration.statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {migration.version}")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise SessionStoreError(
                location, f"migration to schema version {migration.version} ({migration.description}) failed: {exc}"
            ) from exc
        version = migration.version
    return version


__all__ = ["APPLICATION_ID", "MIGRATIONS", "Migration", "check_version", "migrate", "schema_version"]
