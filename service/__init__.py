"""HTTP service and web page of cbec-rag: ``create_app()`` in :mod:`service.app`."""
