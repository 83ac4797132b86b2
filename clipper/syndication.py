"""Syndicated copies: one wire story republished by many sites with small edits.

Each clipping's body gets a MinHash signature over word 5-shingles (datasketch).  Signatures
are cut into LSH bands; two clippings sharing any band hash are candidates, and candidates
whose estimated Jaccard similarity reaches `THRESHOLD` are linked.  The archive stores the
band hashes as indexed rows, so looking up candidates costs one index probe per band.
"""

from __future__ import annotations

import functools
import hashlib
import re
from typing import Any

# Wire copies differ by an intro line, a footer, a changed byline: on a 300-word story that
# keeps ~85% of 5-shingles in common, while two different stories on one topic share < 10%.
THRESHOLD = 0.7
# Five-word shingles: long enough that shared phrases of one beat ("the prime minister said")
# do not make different stories look alike, short enough that an edit spoils few of them.
SHINGLE_WORDS = 5
NUM_PERM = 128
# Bands x rows, as datasketch's MinHashLSH chooses them for THRESHOLD and NUM_PERM (equal
# weight on false positives and negatives); a test checks they still agree.
BANDS, ROWS = 14, 9
# Signatures stored years apart must stay comparable: a fixed seed, and datasketch's permutation
# scheme named rather than left to its default (which changed in datasketch 2.0).
SEED = 1
SCHEME = "affine32"
VALUE_BYTES = 4  # affine32 hash values are 32-bit

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(body: str) -> set[bytes]:
    """The body's word 5-shingles, case and punctuation ignored."""
    words = _WORD.findall(body.casefold())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {
        " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8")
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def signature(body: str) -> bytes | None:
    """The body's MinHash signature as bytes to store, or None for a body with no words.

    The values are datasketch's (`MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)`, fed
    the shingles; a test checks they agree), computed here with numpy alone: importing
    datasketch loads scipy, ~45 MB in every import worker, for code MinHash never runs.
    """
    grams = shingles(body)
    if not grams:
        return None
    import numpy as np  # lazy: numpy is slow to import

    a, b = _permutations()
    # datasketch's default hash: the first 4 bytes of SHA-1, little-endian.
    digests = b"".join(hashlib.sha1(g).digest()[:4] for g in grams)
    hv = np.frombuffer(digests, dtype="<u4").astype(np.uint32).reshape(-1, 1)
    # The MurmurHash3 finalizer, then one affine map per permutation, all modulo 2^32.
    hv ^= hv >> np.uint32(16)
    hv *= np.uint32(0x85EBCA6B)
    hv ^= hv >> np.uint32(13)
    hv *= np.uint32(0xC2B2AE35)
    hv ^= hv >> np.uint32(16)
    values = (hv * a + b).min(axis=0)
    return bytes(values.astype("<u4").tobytes())


@functools.cache
def _permutations() -> tuple[Any, Any]:
    """datasketch's affine32 permutations for SEED: odd multipliers and offsets, 32-bit."""
    import numpy as np

    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def band_hashes(sig: bytes) -> list[int]:
    """One 63-bit hash per LSH band of a stored signature, to store as SQLite integers."""
    width = ROWS * VALUE_BYTES
    return [
        int.from_bytes(
            hashlib.blake2b(sig[i * width : (i + 1) * width], digest_size=8).digest(), "big"
        )
        >> 1
        for i in range(BANDS)
    ]


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two bodies from their signatures."""
    if len(a) != len(b) or not a:
        return 0.0
    step = VALUE_BYTES
    same = sum(1 for i in range(0, len(a), step) if a[i : i + step] == b[i : i + step])
    return same / (len(a) // step)
