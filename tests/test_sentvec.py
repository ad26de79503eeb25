"""Sentence vectors made at index time for the answer selector."""

from __future__ import annotations

import numpy as np
import pytest

from cbec_rag.embed import FakeEmbedder
from cbec_rag.errors import IndexCorruptError
from cbec_rag.generate.base import DocumentStore
from cbec_rag.indexer import build_index
from cbec_rag.sentvec import SentenceVectors, sentence_text
from cbec_rag.store import load_index


def test_every_candidate_has_its_vector(tiny_index):
    index = load_index(tiny_index)
    store = DocumentStore(index.documents)
    emb = FakeEmbedder(64)
    sents = [s for c in index.chunks for s in store.sentences(c)]
    assert sents and len(index.sentences) == len({(s.chunk.doc_id, s.start, s.end) for s in sents})
    q = emb.embed_query("海外仓补贴")
    sims = index.sentences.similarity(q, sents)
    assert np.isfinite(sims).all()
    expected = emb.embed_passages([sentence_text(s) for s in sents]) @ q
    assert np.allclose(sims, expected, atol=1e-5)


def test_an_unknown_sentence_has_no_similarity(tiny_index):
    index = load_index(tiny_index)
    sent = DocumentStore(index.documents).sentences(index.chunks[0])[0]
    empty = SentenceVectors([], np.zeros((0, 64), dtype=np.float32))
    assert np.isnan(empty.similarity(np.ones(64, dtype=np.float32), [sent])).all()


def test_rebuilding_an_unchanged_corpus_embeds_nothing(tiny_corpus, tmp_path):
    emb = FakeEmbedder(64)
    first = build_index(tiny_corpus, tmp_path, embedder=emb, embedder_spec="fake:64")
    assert first.embedded > 0
    again = build_index(tiny_corpus, tmp_path, embedder=emb, embedder_spec="fake:64")
    index = load_index(tmp_path)
    assert again.embedded == 0 and index.manifest["counts"]["sentences_embedded"] == 0
    assert len(index.sentences) == index.manifest["counts"]["sentences"] > 0


def test_damaged_sentence_vectors_are_refused(tiny_corpus, tmp_path):
    build_index(tiny_corpus, tmp_path, embedder=FakeEmbedder(64), embedder_spec="fake:64")
    folder = load_index(tmp_path).folder
    data = bytearray((folder / "sentence_vectors.npy").read_bytes())
    data[-3] ^= 0xFF
    (folder / "sentence_vectors.npy").write_bytes(bytes(data))
    with pytest.raises(IndexCorruptError, match="sentence_vectors.npy"):
        load_index(tmp_path)
