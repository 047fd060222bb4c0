from chidao.documents.ocr import cache


def test_store_then_load(tmp_path, monkeypatch):
    monkeypatch.setenv("CHIDAO_CACHE_DIR", str(tmp_path))
    cache.store("ab" * 32, {"text": "Số: 12", "metadata": {"ocr": {}}})
    assert cache.load("ab" * 32)["text"] == "Số: 12"
    assert (tmp_path / "ocr" / f"{'ab' * 32}.json").is_file()


def test_missing_or_stale_entry_is_a_miss(tmp_path, monkeypatch):
    monkeypatch.setenv("CHIDAO_CACHE_DIR", str(tmp_path))
    assert cache.load("cd" * 32) is None
    (tmp_path / "ocr").mkdir()
    (tmp_path / "ocr" / f"{'cd' * 32}.json").write_text('{"version": -1, "text": "x"}')
    assert cache.load("cd" * 32) is None
