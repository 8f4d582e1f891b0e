"""Retry configuration, as the upstream SDK spells it: ``from modelgates.utils import RetryConfig``."""

from ._retry import DEFAULT_RETRY_CONFIG, NO_RETRIES, BackoffStrategy, RetryConfig

__all__ = ["DEFAULT_RETRY_CONFIG", "NO_RETRIES", "BackoffStrategy", "RetryConfig"]
