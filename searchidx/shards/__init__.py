"""A sharded index: N ordinary searchidx indexes answering as one, built and searched
in this process or on a Dask distributed cluster (``pip install 'searchidx[cluster]'``).
See ``sharded.py``."""

from .layout import NAME as MANIFEST
from .layout import is_sharded, shard_of
from .sharded import ShardedIndex, ShardedQuoteResult, ShardedResult, ShardUnavailableError, cluster_client

__all__ = [
    "MANIFEST",
    "ShardedIndex",
    "ShardedQuoteResult",
    "ShardedResult",
    "ShardUnavailableError",
    "cluster_client",
    "is_sharded",
    "shard_of",
]
