"""``client.classifications``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast

from modelgates._operation import (
    CallOptions,
    Operation,
    raw_response,
    raw_response_async,
)

if TYPE_CHECKING:
    from modelgates._operation import Caller
    from modelgates.utils import RetryConfig

    from ..models.task_classification_response import TaskClassificationResponse

__all__ = ["Classifications", "ClassificationsWithRawResponse"]

_GET_TASK_CLASSIFICATIONS = Operation(
    name="classifications.get_task_classifications",
    http="GET /classifications/task",
    module="api.classifications.get_task_classifications",
    fields={"window": ("query", "window")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="task_classification_response:TaskClassificationResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)


class Classifications:
    """Operations of the ``classifications`` group (``client.classifications``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> ClassificationsWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return ClassificationsWithRawResponse(self._core.raw())

    def get_task_classifications(
        self,
        *,
        window: Literal["7d"] | str | None = None,
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
    ) -> TaskClassificationResponse:
        """Task classification market share

        Returns the market-share breakdown of OpenRouter traffic by task classification
        (e.g. code generation, web search, summarization) over a trailing time window.

        Each classification reports its share of classified sampled requests (`usage_share`)
        and classified sampled token volume (`token_share`) as fractions between 0 and 1.
        The unclassified `other` bucket is excluded. Absolute volumes are not exposed
        because the underlying data is sampled.

        Each classification also includes a `models` array listing the top models by
        request volume within that classification, with their within-tag usage and token shares.

        Classifications are grouped into macro-categories (Code, Data, Agent, General)
        with aggregate shares provided for each.

        Authenticate with any valid OpenRouter API key (same key used for inference).
        Rate-limited to 30 requests/minute per key and 500 requests/day per account.

        When republishing or quoting this data, cite as:
        "Source: OpenRouter (openrouter.ai/rankings), as of {as_of}."

        ``GET /classifications/task`` (operationId ``getTaskClassifications``).

        Args:
            window (query parameter ``window``): Trailing time window for the classification data. Currently only `7d` (trailing 7 days) is supported. Default: ``'7d'``.

        Call options (each wins over the client's setting, for this call only):
            retries: a ``RetryConfig`` (``RetryConfig("none")`` turns retries off).
            timeout_ms: the call's timeout, in milliseconds.
            server_url: another base URL.
            extra_headers: more headers, sent as given (``http_headers`` is an alias).
            extra_query: more query parameters.
            extra_body: more top-level body fields, sent after the typed ones (a field given
                both ways is refused).
            http_referer, x_open_router_title, x_open_router_categories: app attribution.

        Raises:
            400: Bad Request - Invalid request parameters or malformed input
            401: Unauthorized - Authentication required or invalid credentials
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "TaskClassificationResponse",
            self._core.call(
                _GET_TASK_CLASSIFICATIONS,
                {"window": window},
                None,
                CallOptions(
                    retries,
                    timeout_ms,
                    server_url,
                    extra_headers,
                    extra_query,
                    extra_body,
                    http_headers,
                    http_referer,
                    x_open_router_title,
                    x_open_router_categories,
                ),
            ),
        )

    async def get_task_classifications_async(
        self,
        *,
        window: Literal["7d"] | str | None = None,
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
    ) -> TaskClassificationResponse:
        """Task classification market share

        The async twin of ``get_task_classifications``.

        Returns the market-share breakdown of OpenRouter traffic by task classification
        (e.g. code generation, web search, summarization) over a trailing time window.

        Each classification reports its share of classified sampled requests (`usage_share`)
        and classified sampled token volume (`token_share`) as fractions between 0 and 1.
        The unclassified `other` bucket is excluded. Absolute volumes are not exposed
        because the underlying data is sampled.

        Each classification also includes a `models` array listing the top models by
        request volume within that classification, with their within-tag usage and token shares.

        Classifications are grouped into macro-categories (Code, Data, Agent, General)
        with aggregate shares provided for each.

        Authenticate with any valid OpenRouter API key (same key used for inference).
        Rate-limited to 30 requests/minute per key and 500 requests/day per account.

        When republishing or quoting this data, cite as:
        "Source: OpenRouter (openrouter.ai/rankings), as of {as_of}."

        ``GET /classifications/task`` (operationId ``getTaskClassifications``).

        Args:
            window (query parameter ``window``): Trailing time window for the classification data. Currently only `7d` (trailing 7 days) is supported. Default: ``'7d'``.

        Call options (each wins over the client's setting, for this call only):
            retries: a ``RetryConfig`` (``RetryConfig("none")`` turns retries off).
            timeout_ms: the call's timeout, in milliseconds.
            server_url: another base URL.
            extra_headers: more headers, sent as given (``http_headers`` is an alias).
            extra_query: more query parameters.
            extra_body: more top-level body fields, sent after the typed ones (a field given
                both ways is refused).
            http_referer, x_open_router_title, x_open_router_categories: app attribution.

        Raises:
            400: Bad Request - Invalid request parameters or malformed input
            401: Unauthorized - Authentication required or invalid credentials
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "TaskClassificationResponse",
            await self._core.call_async(
                _GET_TASK_CLASSIFICATIONS,
                {"window": window},
                None,
                CallOptions(
                    retries,
                    timeout_ms,
                    server_url,
                    extra_headers,
                    extra_query,
                    extra_body,
                    http_headers,
                    http_referer,
                    x_open_router_title,
                    x_open_router_categories,
                ),
            ),
        )


class ClassificationsWithRawResponse:
    """``client.classifications.with_raw_response``: the operations of ``Classifications``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``get_task_classifications`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = Classifications(core)
        self.get_task_classifications = raw_response(
            operations.get_task_classifications
        )
        self.get_task_classifications_async = raw_response_async(
            operations.get_task_classifications_async
        )
