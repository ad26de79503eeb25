"""cbec-rag: bilingual retrieval-augmented Q&A over Chinese cross-border e-commerce policy documents.

Pipeline (one module per stage)::

    ingest -> clean -> chunk -> (embed + dense, tokenize + bm25) -> retrieve -> generate

Nothing is loaded or downloaded at import time.
"""

__version__ = "0.1.0"
