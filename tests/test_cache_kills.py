"""kill -9 in the embedding cache's save window (eval/cache_kill_trials.py): the next build never
re-embeds more than the changed document, and no temp file is left. 2 trials by default, 20 with
``-m slow`` (the figure the issue asks for, printed)."""

from __future__ import annotations

import pytest

from eval.cache_kill_trials import main


def test_cache_save_kills_lose_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--trials", "2", "--docs", "8", "--dim", "256"]) == 0, capsys.readouterr().out


@pytest.mark.slow
def test_cache_save_kills_lose_nothing_20_trials(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--trials", "20"])
    out = capsys.readouterr().out
    print(out)
    assert code == 0, out
    assert "re-embedded more than the changed document: 0/20" in out
