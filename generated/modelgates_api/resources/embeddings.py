"""``client.embeddings``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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

    from ..models.create_embeddings_body_input_type_4_item import (
        CreateEmbeddingsBodyInputType4Item,
    )
    from ..models.create_embeddings_response_200 import CreateEmbeddingsResponse200
    from ..models.models_list_response import ModelsListResponse
    from ..models.provider_preferences import ProviderPreferences

__all__ = ["Embeddings", "EmbeddingsWithRawResponse"]

_GENERATE = Operation(
    name="embeddings.generate",
    http="POST /embeddings",
    module="api.embeddings.create_embeddings",
    fields={
        "input": ("body", "input"),
        "model": ("body", "model"),
        "dimensions": ("body", "dimensions"),
        "encoding_format": ("body", "encoding_format"),
        "input_type": ("body", "input_type"),
        "provider": ("body", "provider"),
        "user": ("body", "user"),
    },
    body_class="create_embeddings_body:CreateEmbeddingsBody",
    whole_body=False,
    required_body=("input", "model"),
    requires_auth=True,
    result_class="create_embeddings_response_200:CreateEmbeddingsResponse200",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_LIST_MODELS = Operation(
    name="embeddings.list_models",
    http="GET /embeddings/models",
    module="api.embeddings.list_embeddings_models",
    fields={"offset": ("query", "offset"), "limit": ("query", "limit")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="models_list_response:ModelsListResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)


class Embeddings:
    """Operations of the ``embeddings`` group (``client.embeddings``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> EmbeddingsWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return EmbeddingsWithRawResponse(self._core.raw())

    def generate(
        self,
        *,
        input: str
        | Sequence[str]
        | Sequence[float]
        | Sequence[Sequence[float]]
        | Sequence[CreateEmbeddingsBodyInputType4Item | Mapping[str, Any]],
        model: str,
        dimensions: int | None = None,
        encoding_format: Literal["base64", "float"] | str | None = None,
        input_type: str | None = None,
        provider: ProviderPreferences | Mapping[str, Any] | None = None,
        user: str | None = None,
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
    ) -> CreateEmbeddingsResponse200:
        """Submit an embedding request

        Submits an embedding request to the embeddings router

        ``POST /embeddings`` (operationId ``createEmbeddings``).

        Args:
            input: Text, token, or multimodal input(s) to embed
            model: The model to use for embeddings
            dimensions: The number of dimensions for the output embeddings
            encoding_format: The format of the output embeddings
            input_type: The type of input (e.g. search_query, search_document)
            provider: Provider routing preferences for the request.
            user: A unique identifier for the end-user

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
            408: Request Timeout - Operation exceeded time limit
            413: Payload Too Large - Request payload exceeds size limits
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
            503: Service Unavailable - Service temporarily unavailable
            524: Infrastructure Timeout - Provider request timed out at edge network
            529: Provider Overloaded - Provider is temporarily overloaded
        """
        return cast(
            "CreateEmbeddingsResponse200",
            self._core.call(
                _GENERATE,
                {},
                {
                    "input": input,
                    "model": model,
                    "dimensions": dimensions,
                    "encoding_format": encoding_format,
                    "input_type": input_type,
                    "provider": provider,
                    "user": user,
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

    async def generate_async(
        self,
        *,
        input: str
        | Sequence[str]
        | Sequence[float]
        | Sequence[Sequence[float]]
        | Sequence[CreateEmbeddingsBodyInputType4Item | Mapping[str, Any]],
        model: str,
        dimensions: int | None = None,
        encoding_format: Literal["base64", "float"] | str | None = None,
        input_type: str | None = None,
        provider: ProviderPreferences | Mapping[str, Any] | None = None,
        user: str | None = None,
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
    ) -> CreateEmbeddingsResponse200:
        """Submit an embedding request

        The async twin of ``generate``.

        Submits an embedding request to the embeddings router

        ``POST /embeddings`` (operationId ``createEmbeddings``).

        Args:
            input: Text, token, or multimodal input(s) to embed
            model: The model to use for embeddings
            dimensions: The number of dimensions for the output embeddings
            encoding_format: The format of the output embeddings
            input_type: The type of input (e.g. search_query, search_document)
            provider: Provider routing preferences for the request.
            user: A unique identifier for the end-user

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
            408: Request Timeout - Operation exceeded time limit
            413: Payload Too Large - Request payload exceeds size limits
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
            503: Service Unavailable - Service temporarily unavailable
            524: Infrastructure Timeout - Provider request timed out at edge network
            529: Provider Overloaded - Provider is temporarily overloaded
        """
        return cast(
            "CreateEmbeddingsResponse200",
            await self._core.call_async(
                _GENERATE,
                {},
                {
                    "input": input,
                    "model": model,
                    "dimensions": dimensions,
                    "encoding_format": encoding_format,
                    "input_type": input_type,
                    "provider": provider,
                    "user": user,
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

    def list_models(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
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
    ) -> ModelsListResponse:
        """List all embeddings models

        Returns a list of all available embeddings models and their properties

        ``GET /embeddings/models`` (operationId ``listEmbeddingsModels``).

        Args:
            offset (query parameter ``offset``): Number of records to skip for pagination. When both offset and limit are omitted, the full list is returned Default: ``0``.
            limit (query parameter ``limit``): Maximum number of records to return (max 1000). When both offset and limit are omitted, the full list is returned Default: ``500``.

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
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ModelsListResponse",
            self._core.call(
                _LIST_MODELS,
                {"offset": offset, "limit": limit},
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

    async def list_models_async(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
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
    ) -> ModelsListResponse:
        """List all embeddings models

        The async twin of ``list_models``.

        Returns a list of all available embeddings models and their properties

        ``GET /embeddings/models`` (operationId ``listEmbeddingsModels``).

        Args:
            offset (query parameter ``offset``): Number of records to skip for pagination. When both offset and limit are omitted, the full list is returned Default: ``0``.
            limit (query parameter ``limit``): Maximum number of records to return (max 1000). When both offset and limit are omitted, the full list is returned Default: ``500``.

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
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ModelsListResponse",
            await self._core.call_async(
                _LIST_MODELS,
                {"offset": offset, "limit": limit},
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


class EmbeddingsWithRawResponse:
    """``client.embeddings.with_raw_response``: the operations of ``Embeddings``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``generate``, ``list_models`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = Embeddings(core)
        self.generate = raw_response(operations.generate)
        self.generate_async = raw_response_async(operations.generate_async)
        self.list_models = raw_response(operations.list_models)
        self.list_models_async = raw_response_async(operations.list_models_async)
