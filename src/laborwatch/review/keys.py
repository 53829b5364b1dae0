"""A claim's stable key: what identifies 'the same claim' across re-extractions.

Claim ids change when a document is re-ingested; the evidence sentence, the kind and the
figure as written do not (unless the article itself changed what it says). Offsets are
left out on purpose: an edit earlier in the article shifts them.
"""

from __future__ import annotations

import hashlib
import json

from laborwatch.model import ClaimRow


def claim_key(row: ClaimRow) -> str:
    """32 hex characters from kind, evidence sentence and the machine's figure."""
    parts = [row.kind, " ".join(row.sentence.split()), row.text, row.low, row.high]
    raw = json.dumps(parts, ensure_ascii=False, default=str)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]
