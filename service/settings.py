"""Service settings, read from the environment (prefix ``CBEC_RAG_``).

    CBEC_RAG_INDEX_DIR=index            the index folder (built by ``cbec-rag index``)
    CBEC_RAG_CORS_ORIGINS=https://a,https://b   (or a JSON list; empty = CORS off)
    CBEC_RAG_MAX_BODY_BYTES=65536       larger request bodies get 413
    CBEC_RAG_MAX_CONCURRENCY=16         more simultaneous search/ask requests get 503 + Retry-After
    CBEC_RAG_DEFAULT_GENERATOR=extractive

Use :func:`get_settings` (cached) in the app; tests pass ``create_app(Settings(...))``
or override the ``get_settings`` dependency.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CBEC_RAG_", extra="ignore")

    index_dir: Path = Path("index")
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    max_body_bytes: int = Field(65536, ge=1024)
    max_concurrency: int = Field(16, ge=1)
    retry_after_s: int = Field(1, ge=1)
    default_generator: Literal["extractive", "openai"] = "extractive"

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


@lru_cache
def get_settings() -> Settings:
    return Settings()
