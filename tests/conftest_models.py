"""Session-scoped pytest fixtures providing tiny, offline sentence-transformers models.

Wire into the suite from ``tests/conftest.py`` with either::

    pytest_plugins = ["tests.conftest_models"]

or::

    from tests.conftest_models import *  # noqa: F401,F403

Each fixture builds its model folder once per test session (well under a
second after sentence-transformers is imported) and returns its ``Path``;
load it with ``SentenceTransformer(str(path), device="cpu")`` /
``CrossEncoder(str(path), device="cpu")``.  Tests must not modify the folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from tests.tiny_models import build_tiny_cross_encoder, build_tiny_sentence_transformer  # noqa: E402

__all__ = ["tiny_st_model_path", "tiny_cross_encoder_path"]


@pytest.fixture(scope="session")
def tiny_st_model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Folder of a tiny SentenceTransformer (BERT -> mean pooling -> normalize, dim 32)."""
    return build_tiny_sentence_transformer(tmp_path_factory.mktemp("tiny_models") / "sentence_transformer")


@pytest.fixture(scope="session")
def tiny_cross_encoder_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Folder of a tiny CrossEncoder (BertForSequenceClassification, num_labels=1)."""
    return build_tiny_cross_encoder(tmp_path_factory.mktemp("tiny_models") / "cross_encoder")
