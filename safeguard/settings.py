"""All configuration in one place: environment variables prefixed SAFEGUARD_."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

REPO = Path(__file__).resolve().parents[1]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SAFEGUARD_", env_file=None, extra="ignore")

    # -- index ---------------------------------------------------------------------
    # Where the index (Chroma, catalogue, reports) lives.
    data_dir: Path = Path("data")
    # Chroma server (e.g. http://chroma:8000); empty = embedded Chroma under data_dir.
    chroma_url: str = ""
    # Sentence-transformers model: a hub name or a local folder; "hashing" = offline embedder.
    embed_model: str = "BAAI/bge-small-en-v1.5"
    # Cross-encoder reranker (hub name or folder); empty = no reranking.
    rerank_model: str = ""
    # Seconds to wait for the model hub before falling back to the offline embedder.
    hub_timeout: float = 3.0
    # True: never try the hub (closed networks); a cached or local model is still used.
    offline: bool = False
    # Largest file the ingester will open, and most PDF pages it will read.
    max_file_mb: float = 50.0
    max_pdf_pages: int = 2000
    # A DOCX may unpack to at most this much (zip bombs are refused before unpacking).
    max_unzipped_mb: float = 200.0
    # Web pages with more elements than this are refused before a parse tree is built.
    max_html_elements: int = 20_000

    # -- answers -------------------------------------------------------------------
    # Partnership used when a request names none (single-area deployments).
    default_partnership: str = ""
    top_k: int = 5
    # The longest reply as shown, citation markers and any urgent signposting included.
    max_answer_words: int = 150
    # Per-partnership contacts for urgent signposting (front door, out of hours, LADO).
    contacts_file: Path = REPO / "corpus" / "partnerships.yaml"
    # Optional OpenAI-compatible LLM (Azure OpenAI, Ollama, vLLM, llama.cpp server).
    llm_base_url: str = ""
    llm_model: str = ""
    llm_api_key: str = ""
    llm_timeout: float = 20.0

    # -- sources and re-indexing ---------------------------------------------------
    sources_file: Path = REPO / "corpus" / "sources.yaml"
    # Publish a re-index only if no metric drops by more than this (absolute).
    reindex_tolerance: float = 0.02
    # Crawler: allow private and loopback addresses (tests, intranets). Off = SSRF guard.
    crawl_allow_private: bool = False

    # -- service -------------------------------------------------------------------
    # Public base URL used to build links back to documents (e.g. https://assist.example.org).
    public_url: str = ""
    # Bearer token for /api/admin/*; empty = admin endpoints disabled.
    admin_token: str = ""
    # Origins allowed to embed the widget / call the API from a browser (comma-separated).
    cors_origins: str = ""
    # Requests per minute per client on the question endpoints; 0 = unlimited.
    rate_limit_per_minute: int = 60
    # Proxies whose X-Forwarded-For is trusted for rate limiting (comma-separated addresses/networks).
    trusted_proxies: str = ""
    max_request_bytes: int = 16_384
    # Feedback and analytics store: a SQLAlchemy URL; empty = SQLite under data_dir.
    feedback_db_url: str = ""
    feedback_retention_days: int = 30

    # -- channels ------------------------------------------------------------------
    slack_bot_token: str = ""
    slack_signing_secret: str = ""
    # Slack Web API base URL; empty = Slack's own (tests point it at a local server).
    slack_api_url: str = ""
    teams_app_id: str = ""
    teams_app_password: str = ""
    teams_tenant_id: str = ""
    # Bot Framework Emulator only: answer unauthenticated local requests when no app id is set.
    teams_dev_anonymous: bool = False

    @property
    def cors_origin_list(self) -> list[str]:
        return [o.strip() for o in self.cors_origins.split(",") if o.strip()]


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
