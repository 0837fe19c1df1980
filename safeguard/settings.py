"""All configuration in one place: environment variables prefixed SAFEGUARD_."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SAFEGUARD_", env_file=None, extra="ignore")

    # Where the index (Chroma, BM25, catalogue) lives.
    data_dir: Path = Path("data")
    # Sentence-transformers model: a hub name or a local folder. "offline" skips it.
    embed_model: str = "BAAI/bge-small-en-v1.5"
    # Seconds to wait for the model hub before falling back to the offline embedder.
    hub_timeout: float = 3.0
    # True: never try the hub (closed networks); the cached or local model is still used.
    offline: bool = False
    # Partnership used when a request names none (single-area deployments).
    default_partnership: str = ""
    top_k: int = 5
    max_answer_words: int = 150
    # Per-partnership contacts for urgent signposting (front door, out of hours, LADO).
    contacts_file: Path = Path(__file__).resolve().parents[1] / "corpus" / "partnerships.yaml"
    # Public base URL used to build links back to documents (e.g. https://assist.example.org).
    public_url: str = ""


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
