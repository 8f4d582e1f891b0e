"""``client.rerank``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from modelgates._operation import (
    CallOptions,
    Operation,
    raw_response,
    raw_response_async,
)

if TYPE_CHECKING:
    from modelgates._operation import Caller
    from modelgates.utils import RetryConfig

    from ..models.create_rerank_body_documents_item_type_1 import (
        CreateRerankBodyDocumentsItemType1,
    )
    from ..models.create_rerank_response_200 import CreateRerankResponse200
    from ..models.provider_preferences import ProviderPreferences

__all__ = ["Rerank", "RerankWithRawResponse"]

_RERANK = Operation(
    name="rerank.rerank",
    http="POST /rerank",
    module="api.rerank.create_rerank",
    fields={
        "documents": ("body", "documents"),
        "model": ("body", "model"),
        "query": ("body", "query"),
        "provider": ("body", "provider"),
        "top_n": ("body", "top_n"),
    },
    body_class="create_rerank_body:CreateRerankBody",
    whole_body=False,
    required_body=("documents", "model", "query"),
    requires_auth=True,
    result_class="create_rerank_response_200:CreateRerankResponse200",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)


class Rerank:
    """Operations of the ``rerank`` group (``client.rerank``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> RerankWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return RerankWithRawResponse(self._core.raw())

    def rerank(
        self,
        *,
        documents: Sequence[
            str | CreateRerankBodyDocumentsItemType1 | Mapping[str, Any]
        ],
        model: str,
        query: str,
        provider: ProviderPreferences | Mapping[str, Any] | None = None,
        top_n: int | None = None,
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
    ) -> CreateRerankResponse200:
        """Submit a rerank request

        Submits a rerank request to the rerank router

        ``POST /rerank`` (operationId ``createRerank``).

        Args:
            documents: The list of documents to rerank. Documents may be plain strings, or structured objects with `text` and/or `image` for multimodal models.
            model: The rerank model to use
            query: The search query to rerank documents against
            provider: Provider routing preferences for the request.
            top_n: Number of most relevant documents to return

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
            402: Payment Required - Insufficient credits or quota to complete request
            404: Not Found - Resource does not exist
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
            503: Service Unavailable - Service temporarily unavailable
            524: Infrastructure Timeout - Provider request timed out at edge network
            529: Provider Overloaded - Provider is temporarily overloaded
        """
        return cast(
            "CreateRerankResponse200",
            self._core.call(
                _RERANK,
                {},
                {
                    "documents": documents,
                    "model": model,
                    "query": query,
                    "provider": provider,
                    "top_n": top_n,
                },
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

    async def rerank_async(
        self,
        *,
        documents: Sequence[
            str | CreateRerankBodyDocumentsItemType1 | Mapping[str, Any]
        ],
        model: str,
        query: str,
        provider: ProviderPreferences | Mapping[str, Any] | None = None,
        top_n: int | None = None,
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
    ) -> CreateRerankResponse200:
        """Submit a rerank request

        The async twin of ``rerank``.

        Submits a rerank request to the rerank router

        ``POST /rerank`` (operationId ``createRerank``).

        Args:
            documents: The list of documents to rerank. Documents may be plain strings, or structured objects with `text` and/or `image` for multimodal models.
            model: The rerank model to use
            query: The search query to rerank documents against
            provider: Provider routing preferences for the request.
            top_n: Number of most relevant documents to return

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
            402: Payment Required - Insufficient credits or quota to complete request
            404: Not Found - Resource does not exist
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
            503: Service Unavailable - Service temporarily unavailable
            524: Infrastructure Timeout - Provider request timed out at edge network
            529: Provider Overloaded - Provider is temporarily overloaded
        """
        return cast(
            "CreateRerankResponse200",
            await self._core.call_async(
                _RERANK,
                {},
                {
                    "documents": documents,
                    "model": model,
                    "query": query,
                    "provider": provider,
                    "top_n": top_n,
                },
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


class RerankWithRawResponse:
    """``client.rerank.with_raw_response``: the operations of ``Rerank``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``rerank`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = Rerank(core)
        self.rerank = raw_response(operations.rerank)
        self.rerank_async = raw_response_async(operations.rerank_async)
