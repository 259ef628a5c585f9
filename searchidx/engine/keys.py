"""Term keys: the 64-bit numbers posting arrays are sorted and looked up by.

A term's key is a hash of its field and bytes; a word pair's key is made from its
two words' keys with arithmetic, so indexing turns a document's token keys into all
its pair keys with a few array operations. A collision among even millions of
terms is vanishingly unlikely at 64 bits.
"""

from __future__ import annotations

import hashlib

import numpy as np

from ..analysis import PAIR_SEP

_PAIR_SEP = PAIR_SEP.encode("utf-8")
_GOLDEN, _MIX1, _MIX2 = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)
_S30, _S27, _S31 = np.uint64(30), np.uint64(27), np.uint64(31)


def term_key(field: str, tbytes: bytes) -> int:
    """The key of term ``tbytes`` (as Whoosh encodes it) in ``field``."""
    return int.from_bytes(hashlib.blake2b(field.encode() + b"\0" + tbytes, digest_size=8).digest(), "little")


def pair_keys(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Keys of word pairs from their words' keys (uint64 arrays, the words' ``term_key`` in the
    pair field). Order matters ("a b" is not "b a"); SplitMix64's finaliser spreads the bits."""
    with np.errstate(over="ignore"):
        z = first.astype(np.uint64) * _GOLDEN + second.astype(np.uint64)
        z ^= z >> _S30
        z *= _MIX1
        z ^= z >> _S27
        z *= _MIX2
        z ^= z >> _S31
    return z


def pair_key(pair_field: str, pair: bytes) -> int:
    """The key of the word pair ``b"first second"``."""
    first, _sep, second = pair.partition(_PAIR_SEP)
    return int(
        pair_keys(
            np.array([term_key(pair_field, first)], dtype=np.uint64),
            np.array([term_key(pair_field, second)], dtype=np.uint64),
        )[0]
    )
