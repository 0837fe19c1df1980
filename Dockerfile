# The assistant as a service: CPU-only torch, non-root, health-checked.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    SAFEGUARD_DATA_DIR=/data HF_HOME=/opt/models

WORKDIR /app
# CPU wheel index: without it pip would fetch the multi-gigabyte CUDA build.
ARG TORCH_INDEX=https://download.pytorch.org/whl/cpu
COPY constraints.txt pyproject.toml README.md ./
RUN pip install --index-url "$TORCH_INDEX" torch==2.13.0
COPY safeguard ./safeguard
COPY ingest ./ingest
COPY index ./index
COPY bot ./bot
COPY eval ./eval
COPY corpus ./corpus
RUN pip install -c constraints.txt .

# Optionally bake the embedding model into the image (needs the hub at build time):
#   docker build --build-arg EMBED_MODEL=BAAI/bge-small-en-v1.5 .
ARG EMBED_MODEL=""
RUN if [ -n "$EMBED_MODEL" ]; then \
      python -c "from sentence_transformers import SentenceTransformer as S; S('$EMBED_MODEL')"; \
    fi
ENV SAFEGUARD_EMBED_MODEL=${EMBED_MODEL:-hashing}

RUN useradd --create-home --uid 10001 safeguard && mkdir -p /data && chown safeguard /data
USER safeguard
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"
# One server process by default (embedded Chroma is single-process). With SAFEGUARD_CHROMA_URL set,
# SAFEGUARD_WORKERS=N runs N processes (docker-compose.yml does); without it, N > 1 is refused.
ENV SAFEGUARD_WORKERS=1
# Index the bundled demo corpus on first start unless a data volume already holds an index.
CMD ["sh", "-c", "[ -f /data/catalog.sqlite ] || safeguard ingest /app/corpus; exec safeguard serve --host 0.0.0.0 --port 8000"]
