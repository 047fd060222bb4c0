"""A substring index for task search, kept by the database itself.

SQLite: an FTS5 table with the trigram tokenizer over `tracking_task.search_text`, filled by triggers;
PostgreSQL: a pg_trgm GIN index, which `LIKE '%…%'` uses directly. Created (idempotently) after every
`migrate`, because SQLite table rebuilds in later migrations drop triggers.
"""

from __future__ import annotations

from typing import Any

from django.db import connections

FTS = "tracking_task_fts"
_SQLITE = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS} USING fts5(search_text, content='tracking_task', "
    "content_rowid='id', tokenize='trigram')",
    f"CREATE TRIGGER IF NOT EXISTS {FTS}_ai AFTER INSERT ON tracking_task BEGIN "
    f"INSERT INTO {FTS}(rowid, search_text) VALUES (new.id, new.search_text); END",
    f"CREATE TRIGGER IF NOT EXISTS {FTS}_ad AFTER DELETE ON tracking_task BEGIN "
    f"INSERT INTO {FTS}({FTS}, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    f"CREATE TRIGGER IF NOT EXISTS {FTS}_au AFTER UPDATE OF search_text ON tracking_task BEGIN "
    f"INSERT INTO {FTS}({FTS}, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    f"INSERT INTO {FTS}(rowid, search_text) VALUES (new.id, new.search_text); END",
]


def ensure(using: str = "default", **_: Any) -> None:
    connection = connections[using]
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE %s", [f"{FTS}%"])
            complete = cursor.fetchone()[0] >= 4
            for sql in _SQLITE:
                cursor.execute(sql)
            if not complete:
                cursor.execute(f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')")
        elif connection.vendor == "postgresql":
            cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
            if cursor.fetchone() is None:
                return
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            cursor.execute("CREATE INDEX IF NOT EXISTS tracking_task_search_trgm ON tracking_task "
                           "USING gin (search_text gin_trgm_ops)")
            cursor.execute("CREATE INDEX IF NOT EXISTS registry_document_search_trgm ON registry_document "
                           "USING gin (search_text gin_trgm_ops)")


SELECTIVE = 5000  # more candidates than this: scanning the table in id order and stopping early is cheaper


def candidates(words: list[str], using: str = "default") -> tuple[str, list[str]] | None:
    """SQL selecting the ids of tasks containing every word (SQLite, words of 3+ letters), or None
    when there is no index or the words are too common for it to help."""
    long_words = [w for w in words if len(w) >= 3]
    connection = connections[using]
    if connection.vendor != "sqlite" or not long_words:
        return None
    expr = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
    sql = f"SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM ({sql} LIMIT {SELECTIVE + 1})", [expr])
        if cursor.fetchone()[0] > SELECTIVE:
            return None
    return sql, [expr]
