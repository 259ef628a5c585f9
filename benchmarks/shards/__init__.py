"""Sharded indexing and search on Dask distributed: build time against workers, fan-out
overhead against one index (``python -m benchmarks.shards``)."""
