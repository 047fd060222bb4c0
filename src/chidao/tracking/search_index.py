"""A substring index for task and document search, kept by the database itself.

SQLite: an FTS5 table with the trigram tokenizer over each `search_text` of `TABLES`, filled by triggers;
PostgreSQL: a pg_trgm GIN index, which `LIKE '%…%'` uses directly. Created (idempotently) after every
`migrate`, because SQLite table rebuilds in later migrations drop triggers.
"""

from __future__ import annotations

from typing import Any

from django.db import connections

TABLES = ("tracking_task", "registry_document")  # each with a folded `search_text` column


def fts(table: str) -> str:
    return f"{table}_fts"


def _sqlite(table: str) -> list[str]:
    t = fts(table)
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {t} USING fts5(search_text, content='{table}', "
        "content_rowid='id', tokenize='trigram')",
        f"CREATE TRIGGER IF NOT EXISTS {t}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {t}(rowid, search_text) VALUES (new.id, new.search_text); END",
        f"CREATE TRIGGER IF NOT EXISTS {t}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {t}({t}, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
        f"CREATE TRIGGER IF NOT EXISTS {t}_au AFTER UPDATE OF search_text ON {table} BEGIN "
        f"INSERT INTO {t}({t}, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
        f"INSERT INTO {t}(rowid, search_text) VALUES (new.id, new.search_text); END",
    ]


def ensure(using: str = "default", **_: Any) -> None:
    connection = connections[using]
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            for table in TABLES:
                t = fts(table)
                cursor.execute("SELECT count(*) FROM sqlite_master WHERE name IN (%s, %s, %s, %s)",
                               [t, f"{t}_ai", f"{t}_ad", f"{t}_au"])
                complete = cursor.fetchone()[0] == 4
                for sql in _sqlite(table):
                    cursor.execute(sql)
                if not complete:
                    cursor.execute(f"INSERT INTO {t}({t}) VALUES ('rebuild')")
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


def candidates(words: list[str], using: str = "default", table: str = "tracking_task") -> tuple[str, list[str]] | None:
    """SQL selecting the ids of `table` rows containing every word (SQLite, words of 3+ letters), or
    None when there is no index or the words are too common for it to help."""
    long_words = [w for w in words if len(w) >= 3]
    connection = connections[using]
    if connection.vendor != "sqlite" or not long_words:
        return None
    expr = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
    t = fts(table)
    sql = f"SELECT rowid FROM {t} WHERE {t} MATCH %s"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM ({sql} LIMIT {SELECTIVE + 1})", [expr])
        if cursor.fetchone()[0] > SELECTIVE:
            return None
    return sql, [expr]
