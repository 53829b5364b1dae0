"""MinHash signatures and LSH band keys of a text (pure functions, no storage).

Signatures come from datasketch's MinHash (seeded, so they are stable across runs and
machines and can be stored); band keys are 64-bit integers, one per LSH band, that the
store indexes so a candidate lookup is one indexed query.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass

import numpy as np

from laborwatch.dedupe.settings import DedupeSettings

_WORD = re.compile(r"\w+")
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)


def words(text: str) -> list[str]:
    """Normalised words: NFKC, lower case, runs of letters and digits."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


def shingles(text: str, size: int) -> set[bytes]:
    """The set of overlapping ``size``-word shingles of a text, as UTF-8 bytes."""
    w = words(text)
    if len(w) < size:
        return {" ".join(w).encode()} if w else set()
    return {" ".join(w[i : i + size]).encode() for i in range(len(w) - size + 1)}


def _identity(value: int) -> int:
    return value


@dataclass(frozen=True, slots=True)
class Sketch:
    """A text's MinHash signature and the size of its shingle set."""

    signature: np.ndarray  # uint32, num_perm values
    size: int

    def to_bytes(self) -> bytes:
        return self.signature.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, size: int) -> Sketch:
        return cls(np.frombuffer(data, dtype="<u4").astype(np.uint32), size)


class Sketcher:
    """Computes sketches and band keys with one fixed set of permutations."""

    def __init__(self, settings: DedupeSettings) -> None:
        # datasketch loads scipy (0.5 s): only a sketcher needs it, not every store reader
        from datasketch import MinHash

        self.settings = settings
        self._mh = MinHash(num_perm=settings.num_perm, seed=settings.seed, hashfunc=_identity)

    def sketch(self, text: str) -> Sketch:
        """The MinHash sketch of a text's word shingles."""
        grams = shingles(text, self.settings.shingle_words)
        mh = self._mh  # reused: building permutations per document costs more than hashing
        mh.clear()
        # CRC-32 of each shingle (C speed); datasketch's affine32 scheme mixes the value
        # (murmur3 finaliser) before permuting, so a plain checksum is a fine input hash.
        mh.update_batch([zlib.crc32(g) for g in grams])
        return Sketch(mh.hashvalues.astype(np.uint32, copy=True), len(grams))

    def band_keys(self, sketch: Sketch) -> list[int]:
        """One signed 64-bit key per LSH band (band index mixed in, so bands never collide)."""
        rows = self.settings.band_rows
        sig = sketch.signature.astype(np.uint64).reshape(-1, rows)
        with np.errstate(over="ignore"):
            key = np.arange(sig.shape[0], dtype=np.uint64) * _MIX[0]
            for r in range(rows):
                key = (key ^ sig[:, r]) * _MIX[(r + 1) % 3]
                key ^= key >> np.uint64(29)
        return sorted(set(key.view(np.int64).tolist()))


def jaccard(a: Sketch, b: Sketch) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.count_nonzero(a.signature == b.signature)) / len(a.signature)


def containment(a: Sketch, b: Sketch) -> tuple[float, float]:
    """(Jaccard, containment of the smaller set in the larger), both estimated.

    From J = |A∩B| / |A∪B| and |A∪B| = |A| + |B| - |A∩B|: |A∩B| = J(|A|+|B|) / (1+J).
    """
    j = jaccard(a, b)
    small = min(a.size, b.size)
    if small == 0:
        return j, 0.0
    inter = j * (a.size + b.size) / (1.0 + j)
    return j, min(1.0, inter / small)
