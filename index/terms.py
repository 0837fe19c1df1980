"""Turning text into search terms: one tokenizer for BM25 and answer selection."""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer
from bm25s.stopwords import STOPWORDS_EN

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_STEMMER = Stemmer.Stemmer("english")
# Question words and politeness carry no topic; everything else may matter.
STOPWORDS = frozenset(STOPWORDS_EN) | {"please", "tell", "know", "need", "can", "could", "would", "should", "s"}


def words(text: str) -> list[str]:
    """Lower-cased word tokens, possessives folded ("child's" → "child")."""
    return [t.split("'")[0] for t in _TOKEN.findall(text.lower())]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word)


def terms(text: str) -> list[str]:
    """Stemmed content terms, stop words removed: the unit of keyword matching."""
    return [stem(w) for w in words(text) if w not in STOPWORDS]
