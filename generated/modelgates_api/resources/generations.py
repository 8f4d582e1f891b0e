"""``client.generations``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

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

    from ..models.generation_content_response import GenerationContentResponse
    from ..models.generation_response import GenerationResponse
    from ..models.submit_generation_feedback_response import (
        SubmitGenerationFeedbackResponse,
    )

__all__ = ["Generations", "GenerationsWithRawResponse"]

_GET_GENERATION = Operation(
    name="generations.get_generation",
    http="GET /generation",
    module="api.generations.get_generation",
    fields={"id": ("query", "id")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="generation_response:GenerationResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_LIST_GENERATION_CONTENT = Operation(
    name="generations.list_generation_content",
    http="GET /generation/content",
    module="api.generations.list_generation_content",
    fields={"id": ("query", "id")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="generation_content_response:GenerationContentResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_SUBMIT_FEEDBACK = Operation(
    name="generations.submit_feedback",
    http="POST /generation/feedback",
    module="api.generations.submit_generation_feedback",
    fields={
        "category": ("body", "category"),
        "generation_id": ("body", "generation_id"),
        "comment": ("body", "comment"),
    },
    body_class="submit_generation_feedback_request:SubmitGenerationFeedbackRequest",
    whole_body=False,
    required_body=("category", "generation_id"),
    requires_auth=True,
    result_class="submit_generation_feedback_response:SubmitGenerationFeedbackResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)


class Generations:
    """Operations of the ``generations`` group (``client.generations``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> GenerationsWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return GenerationsWithRawResponse(self._core.raw())

    def get_generation(
        self,
        *,
        id: str,
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
    ) -> GenerationResponse:
        """Get request & usage metadata for a generation

        ``GET /generation`` (operationId ``getGeneration``).

        Args:
            id (query parameter ``id``): The generation ID

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
            401: Unauthorized - Authentication required or invalid credentials
            402: Payment Required - Insufficient credits or quota to complete request
            404: Not Found - Resource does not exist
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
            524: Infrastructure Timeout - Provider request timed out at edge network
            529: Provider Overloaded - Provider is temporarily overloaded
        """
        return cast(
            "GenerationResponse",
            self._core.call(
                _GET_GENERATION,
                {"id": id},
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

    async def get_generation_async(
        self,
        *,
        id: str,
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
    ) -> GenerationResponse:
        """Get request & usage metadata for a generation

        The async twin of ``get_generation``.

        ``GET /generation`` (operationId ``getGeneration``).

        Args:
            id (query parameter ``id``): The generation ID

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
            401: Unauthorized - Authentication required or invalid credentials
            402: Payment Required - Insufficient credits or quota to complete request
            404: Not Found - Resource does not exist
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
            524: Infrastructure Timeout - Provider request timed out at edge network
            529: Provider Overloaded - Provider is temporarily overloaded
        """
        return cast(
            "GenerationResponse",
            await self._core.call_async(
                _GET_GENERATION,
                {"id": id},
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

    def list_generation_content(
        self,
        *,
        id: str,
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
    ) -> GenerationContentResponse:
        """Get stored prompt, completion, and error content for a generation

        ``GET /generation/content`` (operationId ``listGenerationContent``).

        Args:
            id (query parameter ``id``): The generation ID

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
            401: Unauthorized - Authentication required or invalid credentials
            403: Forbidden - Authentication successful but insufficient permissions
            404: Not Found - Resource does not exist
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
            524: Infrastructure Timeout - Provider request timed out at edge network
            529: Provider Overloaded - Provider is temporarily overloaded
        """
        return cast(
            "GenerationContentResponse",
            self._core.call(
                _LIST_GENERATION_CONTENT,
                {"id": id},
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

    async def list_generation_content_async(
        self,
        *,
        id: str,
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
    ) -> GenerationContentResponse:
        """Get stored prompt, completion, and error content for a generation

        The async twin of ``list_generation_content``.

        ``GET /generation/content`` (operationId ``listGenerationContent``).

        Args:
            id (query parameter ``id``): The generation ID

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
            401: Unauthorized - Authentication required or invalid credentials
            403: Forbidden - Authentication successful but insufficient permissions
            404: Not Found - Resource does not exist
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
            524: Infrastructure Timeout - Provider request timed out at edge network
            529: Provider Overloaded - Provider is temporarily overloaded
        """
        return cast(
            "GenerationContentResponse",
            await self._core.call_async(
                _LIST_GENERATION_CONTENT,
                {"id": id},
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

    def submit_feedback(
        self,
        *,
        category: Literal[
            "api_error",
            "billing",
            "formatting",
            "incoherence",
            "incorrect_response",
            "latency",
            "other",
        ]
        | str,
        generation_id: str,
        comment: str | None = None,
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
    ) -> SubmitGenerationFeedbackResponse:
        """Submit feedback for a generation

        Submit structured feedback on a generation the authenticated user made. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /generation/feedback`` (operationId ``submitGenerationFeedback``).

        Args:
            category: The category of feedback being reported
            generation_id: The generation to submit feedback on
            comment: An optional free-text comment describing the feedback

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
            404: Not Found - Resource does not exist
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "SubmitGenerationFeedbackResponse",
            self._core.call(
                _SUBMIT_FEEDBACK,
                {},
                {
                    "category": category,
                    "generation_id": generation_id,
                    "comment": comment,
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

    async def submit_feedback_async(
        self,
        *,
        category: Literal[
            "api_error",
            "billing",
            "formatting",
            "incoherence",
            "incorrect_response",
            "latency",
            "other",
        ]
        | str,
        generation_id: str,
        comment: str | None = None,
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
    ) -> SubmitGenerationFeedbackResponse:
        """Submit feedback for a generation

        The async twin of ``submit_feedback``.

        Submit structured feedback on a generation the authenticated user made. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /generation/feedback`` (operationId ``submitGenerationFeedback``).

        Args:
            category: The category of feedback being reported
            generation_id: The generation to submit feedback on
            comment: An optional free-text comment describing the feedback

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
            404: Not Found - Resource does not exist
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "SubmitGenerationFeedbackResponse",
            await self._core.call_async(
                _SUBMIT_FEEDBACK,
                {},
                {
                    "category": category,
                    "generation_id": generation_id,
                    "comment": comment,
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


class GenerationsWithRawResponse:
    """``client.generations.with_raw_response``: the operations of ``Generations``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``get_generation``, ``list_generation_content``, ``submit_feedback`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = Generations(core)
        self.get_generation = raw_response(operations.get_generation)
        self.get_generation_async = raw_response_async(operations.get_generation_async)
        self.list_generation_content = raw_response(operations.list_generation_content)
        self.list_generation_content_async = raw_response_async(
            operations.list_generation_content_async
        )
        self.submit_feedback = raw_response(operations.submit_feedback)
        self.submit_feedback_async = raw_response_async(
            operations.submit_feedback_async
        )
