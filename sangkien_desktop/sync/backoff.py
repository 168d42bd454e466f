"""Retry delays (SYNC.md rule 17): exponential from 30 s, capped at 30 min, with full jitter.

Full jitter draws the whole delay uniformly from [0, ceiling], so offices that lost the network
together do not come back together. There is no attempt limit; a good ping or a network-change
signal resets the step, and a server's ``Retry-After`` is a floor.
"""

from __future__ import annotations

import random

from .config import SyncConfig


def ceiling_s(step: int, config: SyncConfig) -> float:
    """The largest delay after ``step`` failures in a row (step 0: the first retry)."""
    return min(config.backoff_cap_s, config.backoff_base_s * float(1 << min(step, 32)))


def backoff_delay(
    step: int, config: SyncConfig, rng: random.Random, retry_after: float | None = None
) -> float:
    delay = rng.uniform(0.0, ceiling_s(step, config))
    if retry_after is not None:
        delay = max(delay, min(retry_after, config.backoff_cap_s))
    return delay
