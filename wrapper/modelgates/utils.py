"""Retry configuration as the upstream SDK spells it (``from modelgates.utils import RetryConfig``); size limits."""

from ._limits import DEFAULT_LIMITS, Limits
from ._retry import DEFAULT_RETRY_CONFIG, NO_RETRIES, BackoffStrategy, RetryConfig

__all__ = ["DEFAULT_LIMITS", "DEFAULT_RETRY_CONFIG", "NO_RETRIES", "BackoffStrategy", "Limits", "RetryConfig"]
