"""Syndicated copies: one wire story republished by many sites with small edits.

Each clipping's body gets a MinHash signature over word 5-shingles.  Signatures are cut into
LSH bands; two clippings sharing any band hash are candidates, and candidates whose estimated
Jaccard similarity reaches `THRESHOLD` are linked.  The archive stores the band hashes as
indexed rows, so looking up candidates costs one index probe per band.
"""

from __future__ import annotations

import functools
import hashlib
import zlib
from typing import Any

from .models import words_of

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
# Signatures stored years apart must stay comparable: every constant below is fixed, and a
# change to how a signature is computed needs a migration that recomputes the stored ones
# (migrations.m009_word_hash_signatures did so when the scheme below replaced datasketch's).
PERMUTATION_SEED = 1
SHINGLE_SEED = 5
VALUE_BYTES = 4  # hash values are 32-bit


def signature(body: str, words: list[str] | None = None) -> bytes | None:
    """The body's MinHash signature as bytes to store, or None for a body with no words.

    Words are compared case-folded, punctuation ignored.  A shingle's hash is a sum of its
    words' CRC-32s, each times a fixed odd 64-bit multiplier for its place in the shingle,
    computed for all shingles at once with numpy: hashing every shingle on its own (SHA-1, as
    datasketch does) cost twice as much, about 1 ms a page, in an import's cleaning workers.
    Each shingle hash is then permuted NUM_PERM times (an affine map modulo 2^32) and the
    minimum of each permutation kept.  A body shorter than a shingle is one shingle.
    `words`: the body's models.words_of, when the caller has them already.
    """
    if words is None:
        words = words_of(body)
    if not words:
        return None
    import numpy as np  # lazy: numpy is slow to import

    a, b = _permutations()
    word_hashes = np.fromiter(
        map(zlib.crc32, map(str.encode, words)), dtype=np.uint64, count=len(words)
    )
    count = max(len(words) - SHINGLE_WORDS + 1, 1)
    sums = np.zeros(count, dtype=np.uint64)
    for place, multiplier in enumerate(_shingle_multipliers()[: len(words)]):
        sums += word_hashes[place : place + count] * multiplier  # modulo 2^64
    # The high half of each sum: its bits depend on every bit of the words' hashes.
    shingle_hashes = (sums >> np.uint64(32)).astype(np.uint32).reshape(-1, 1)
    # (Added in place: a second array of every shingle's NUM_PERM values cost as much again.)
    values = shingle_hashes * a  # modulo 2^32
    values += b
    return bytes(values.min(axis=0).astype("<u4").tobytes())


@functools.cache
def _shingle_multipliers() -> Any:
    """One odd 64-bit multiplier per place in a shingle, fixed by SHINGLE_SEED."""
    import numpy as np

    gen = np.random.RandomState(SHINGLE_SEED)
    high = gen.randint(0, 1 << 31, SHINGLE_WORDS, dtype=np.uint64)
    low = gen.randint(0, 1 << 32, SHINGLE_WORDS, dtype=np.uint64)
    return (high << np.uint64(33)) | (low << np.uint64(1)) | np.uint64(1)


@functools.cache
def _permutations() -> tuple[Any, Any]:
    """The affine permutations, fixed by PERMUTATION_SEED: odd multipliers and offsets, 32-bit
    (datasketch's affine32 values for that seed)."""
    import numpy as np

    gen = np.random.RandomState(PERMUTATION_SEED)
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
