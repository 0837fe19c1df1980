"""The tiny offline models load and run through the real sentence-transformers code paths.

Fixtures ``tiny_st_model_path`` / ``tiny_cross_encoder_path`` come from
``tests/conftest_models.py`` (registered in tests/conftest.py via
``pytest_plugins = ["tests.conftest_models"]``).
"""

from __future__ import annotations

import json
import os

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from tests.tiny_models import (  # noqa: E402
    EMBEDDING_DIM,
    build_tiny_cross_encoder,
    build_tiny_sentence_transformer,
    build_tiny_tokenizer,
)

st = pytest.importorskip("sentence_transformers")

TEXTS = [
    "Report any concern to the designated safeguarding lead.",
    "Visitors must sign in at reception.",
    "An unseen word: zebra-crossing 42!",
]
PAIRS = [
    ("who is the safeguarding lead?", "The designated safeguarding lead handles referrals."),
    ("who is the safeguarding lead?", "Visitors must sign in at reception."),
    ("what is early help?", "Early help offers support before problems become more serious."),
]


@pytest.fixture(scope="module")
def st_model(tiny_st_model_path):
    return st.SentenceTransformer(str(tiny_st_model_path), device="cpu")


@pytest.fixture(scope="module")
def cross_encoder(tiny_cross_encoder_path):
    return st.CrossEncoder(str(tiny_cross_encoder_path), device="cpu")


def test_st_folder_is_a_complete_sentence_transformers_model(tiny_st_model_path):
    modules = json.loads((tiny_st_model_path / "modules.json").read_text())
    types = [m["type"] for m in modules]
    assert len(types) == 3
    assert types[0].endswith("Transformer")
    assert types[1].endswith("Pooling")
    assert types[2].endswith("Normalize")
    for name in ("config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json"):
        assert (tiny_st_model_path / name).is_file(), name


def test_offline_environment():
    assert os.environ.get("HF_HUB_OFFLINE") == "1"


def test_build_and_load_without_any_network(tmp_path, monkeypatch):
    """Building and loading both models must not open a single socket."""
    import socket

    def _no_network(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", _no_network)
    monkeypatch.setattr(socket.socket, "connect_ex", _no_network)
    monkeypatch.setattr(socket, "create_connection", _no_network)
    monkeypatch.setattr(socket, "getaddrinfo", _no_network)

    st_path = build_tiny_sentence_transformer(tmp_path / "st")
    ce_path = build_tiny_cross_encoder(tmp_path / "ce")
    emb = st.SentenceTransformer(str(st_path), device="cpu").encode(["hello"])
    assert emb.shape == (1, EMBEDDING_DIM)
    assert len(st.CrossEncoder(str(ce_path), device="cpu").predict([("q", "p")])) == 1


def test_embeddings_shape_and_unit_norm(st_model):
    get_dim = getattr(st_model, "get_embedding_dimension", None) or st_model.get_sentence_embedding_dimension
    assert get_dim() == EMBEDDING_DIM
    emb = st_model.encode(TEXTS)
    assert isinstance(emb, np.ndarray)
    assert emb.shape == (len(TEXTS), EMBEDDING_DIM)
    assert np.all(np.isfinite(emb))
    np.testing.assert_allclose(np.linalg.norm(emb, axis=1), 1.0, atol=1e-5)
    # Different texts give different vectors.
    assert not np.allclose(emb[0], emb[1])
    single = st_model.encode(TEXTS[0])
    assert single.shape == (EMBEDDING_DIM,)


def test_embeddings_deterministic_across_builds(tmp_path, tiny_st_model_path, st_model):
    other = build_tiny_sentence_transformer(tmp_path / "again")
    for name in ("tokenizer.json", "model.safetensors"):
        assert (other / name).read_bytes() == (tiny_st_model_path / name).read_bytes(), name
    emb_a = st_model.encode(TEXTS)
    emb_b = st.SentenceTransformer(str(other), device="cpu").encode(TEXTS)
    np.testing.assert_allclose(emb_a, emb_b, rtol=0, atol=1e-6)


def test_tokenizer_reloads_with_autotokenizer(tiny_st_model_path):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(tiny_st_model_path))
    pieces = tok.tokenize("Report to the designated safeguarding lead")
    assert pieces == ["report", "to", "the", "designated", "safeguarding", "lead"]
    enc = tok("question", "passage")
    assert enc["input_ids"][0] == tok.cls_token_id and enc["input_ids"][-1] == tok.sep_token_id
    assert tok.unk_token_id not in tok("zebra 42")["input_ids"]


def test_tokenizer_build_is_deterministic():
    assert build_tiny_tokenizer().get_vocab() == build_tiny_tokenizer().get_vocab()


def test_cross_encoder_scores_pairs(cross_encoder):
    scores = cross_encoder.predict(PAIRS)
    assert len(scores) == len(PAIRS)
    values = [float(s) for s in scores]
    assert all(np.isfinite(values))
    assert len(set(np.round(values, 6))) == len(PAIRS), "scores should differ between pairs"
    single = cross_encoder.predict([PAIRS[0]])
    assert len(single) == 1


def test_cross_encoder_rank_and_determinism(tmp_path, cross_encoder):
    query = PAIRS[0][0]
    docs = [p for _, p in PAIRS]
    ranked = cross_encoder.rank(query, docs)
    assert sorted(r["corpus_id"] for r in ranked) == list(range(len(docs)))
    other = st.CrossEncoder(str(build_tiny_cross_encoder(tmp_path / "again")), device="cpu")
    np.testing.assert_allclose(cross_encoder.predict(PAIRS), other.predict(PAIRS), rtol=0, atol=1e-6)
