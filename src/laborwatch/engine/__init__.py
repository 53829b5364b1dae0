"""Where the per-document work runs: in this process (``local``, the default) or mapped over
partitions on a Dask cluster (``dask``). Both write through the one single-writer ingest
loop (:class:`laborwatch.store.runner.Ingest`) and extract with the one
:class:`laborwatch.extract.pipeline.Extractor`, so they store the same thing.
"""

from laborwatch.engine.options import ENGINES, Engine, EngineOptions, make_engine

__all__ = ["ENGINES", "Engine", "EngineOptions", "make_engine"]
