"""Extract: a Document in, its relevance and sourced claims out (see ``pipeline.py``)."""
