"""Chidao (chỉ đạo): Vietnamese directive documents turned into tracked tasks."""

__version__ = "0.1.0"
