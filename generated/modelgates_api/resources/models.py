"""``client.models``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from modelgates._operation import (
    CallOptions,
    Operation,
    raw_response,
    raw_response_async,
)

if TYPE_CHECKING:
    from modelgates import AsyncBinaryResponse, BinaryResponse
    from modelgates._operation import Caller
    from modelgates.utils import RetryConfig

    from ..models.model_response import ModelResponse
    from ..models.models_count_response import ModelsCountResponse
    from ..models.models_list_response import ModelsListResponse

__all__ = ["Models", "ModelsWithRawResponse"]

_GET = Operation(
    name="models.get",
    http="GET /model/{author}/{slug}",
    module="api.models.get_model",
    fields={"author": ("path", "author"), "slug": ("path", "slug")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="model_response:ModelResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_LIST = Operation(
    name="models.list",
    http="GET /models",
    module="api.models.get_models",
    fields={
        "offset": ("query", "offset"),
        "limit": ("query", "limit"),
        "category": ("query", "category"),
        "supported_parameters": ("query", "supported_parameters"),
        "output_modalities": ("query", "output_modalities"),
        "sort": ("query", "sort"),
        "use_rss": ("query", "use_rss"),
        "use_rss_chat_links": ("query", "use_rss_chat_links"),
        "q": ("query", "q"),
        "input_modalities": ("query", "input_modalities"),
        "context": ("query", "context"),
        "min_price": ("query", "min_price"),
        "max_price": ("query", "max_price"),
        "arch": ("query", "arch"),
        "model_authors": ("query", "model_authors"),
        "providers": ("query", "providers"),
        "distillable": ("query", "distillable"),
        "zdr": ("query", "zdr"),
        "region": ("query", "region"),
        "min_output_price": ("query", "min_output_price"),
        "max_output_price": ("query", "max_output_price"),
        "min_age_days": ("query", "min_age_days"),
        "max_age_days": ("query", "max_age_days"),
        "min_intelligence_index": ("query", "min_intelligence_index"),
        "max_intelligence_index": ("query", "max_intelligence_index"),
        "min_coding_index": ("query", "min_coding_index"),
        "max_coding_index": ("query", "max_coding_index"),
        "min_agentic_index": ("query", "min_agentic_index"),
        "max_agentic_index": ("query", "max_agentic_index"),
        "min_tool_success_rate": ("query", "min_tool_success_rate"),
        "max_tool_success_rate": ("query", "max_tool_success_rate"),
    },
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="models_list_response:ModelsListResponse",
    authorization_param=False,
    result="json|binary",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_COUNT = Operation(
    name="models.count",
    http="GET /models/count",
    module="api.models.list_models_count",
    fields={"output_modalities": ("query", "output_modalities")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="models_count_response:ModelsCountResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_LIST_FOR_USER = Operation(
    name="models.list_for_user",
    http="GET /models/user",
    module="api.models.list_models_user",
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


class Models:
    """Operations of the ``models`` group (``client.models``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> ModelsWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return ModelsWithRawResponse(self._core.raw())

    def get(
        self,
        *,
        author: str,
        slug: str,
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
    ) -> ModelResponse:
        """Get a model by its slug

        Returns full details for a single model identified by its author and slug (e.g. openai/gpt-4). Supports variant suffixes (e.g. openai/gpt-4:free) and resolves known slug aliases.

        ``GET /model/{author}/{slug}`` (operationId ``getModel``).

        Args:
            author (path parameter ``author``): The author/organization of the model
            slug (path parameter ``slug``): The model slug, optionally including a variant suffix (e.g. gpt-4 or gpt-4:free)

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
            403: Forbidden - Authentication successful but insufficient permissions
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ModelResponse",
            self._core.call(
                _GET,
                {"author": author, "slug": slug},
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

    async def get_async(
        self,
        *,
        author: str,
        slug: str,
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
    ) -> ModelResponse:
        """Get a model by its slug

        The async twin of ``get``.

        Returns full details for a single model identified by its author and slug (e.g. openai/gpt-4). Supports variant suffixes (e.g. openai/gpt-4:free) and resolves known slug aliases.

        ``GET /model/{author}/{slug}`` (operationId ``getModel``).

        Args:
            author (path parameter ``author``): The author/organization of the model
            slug (path parameter ``slug``): The model slug, optionally including a variant suffix (e.g. gpt-4 or gpt-4:free)

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
            403: Forbidden - Authentication successful but insufficient permissions
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ModelResponse",
            await self._core.call_async(
                _GET,
                {"author": author, "slug": slug},
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

    @overload
    def list(
        self,
        *,
        use_rss: None = None,
        offset: int | None = None,
        limit: int | None = None,
        category: Literal[
            "academia",
            "finance",
            "health",
            "legal",
            "marketing",
            "marketing/seo",
            "programming",
            "roleplay",
            "science",
            "technology",
            "translation",
            "trivia",
        ]
        | str
        | None = None,
        supported_parameters: str | None = None,
        output_modalities: str | None = None,
        sort: Literal[
            "agentic-high-to-low",
            "coding-high-to-low",
            "context-high-to-low",
            "design-arena-elo-high-to-low",
            "intelligence-high-to-low",
            "latency-low-to-high",
            "most-popular",
            "newest",
            "pricing-high-to-low",
            "pricing-low-to-high",
            "throughput-high-to-low",
            "top-weekly",
        ]
        | str
        | None = None,
        use_rss_chat_links: str | None = None,
        q: str | None = None,
        input_modalities: str | None = None,
        context: int | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        arch: str | None = None,
        model_authors: str | None = None,
        providers: str | None = None,
        distillable: Literal["false", "true"] | str | None = None,
        zdr: Literal["true"] | str | None = None,
        region: Literal["eu", "us"] | str | None = None,
        min_output_price: float | None = None,
        max_output_price: float | None = None,
        min_age_days: int | None = None,
        max_age_days: int | None = None,
        min_intelligence_index: float | None = None,
        max_intelligence_index: float | None = None,
        min_coding_index: float | None = None,
        max_coding_index: float | None = None,
        min_agentic_index: float | None = None,
        max_agentic_index: float | None = None,
        min_tool_success_rate: float | None = None,
        max_tool_success_rate: float | None = None,
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
    ) -> ModelsListResponse: ...

    @overload
    def list(
        self,
        *,
        use_rss: str,
        offset: int | None = None,
        limit: int | None = None,
        category: Literal[
            "academia",
            "finance",
            "health",
            "legal",
            "marketing",
            "marketing/seo",
            "programming",
            "roleplay",
            "science",
            "technology",
            "translation",
            "trivia",
        ]
        | str
        | None = None,
        supported_parameters: str | None = None,
        output_modalities: str | None = None,
        sort: Literal[
            "agentic-high-to-low",
            "coding-high-to-low",
            "context-high-to-low",
            "design-arena-elo-high-to-low",
            "intelligence-high-to-low",
            "latency-low-to-high",
            "most-popular",
            "newest",
            "pricing-high-to-low",
            "pricing-low-to-high",
            "throughput-high-to-low",
            "top-weekly",
        ]
        | str
        | None = None,
        use_rss_chat_links: str | None = None,
        q: str | None = None,
        input_modalities: str | None = None,
        context: int | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        arch: str | None = None,
        model_authors: str | None = None,
        providers: str | None = None,
        distillable: Literal["false", "true"] | str | None = None,
        zdr: Literal["true"] | str | None = None,
        region: Literal["eu", "us"] | str | None = None,
        min_output_price: float | None = None,
        max_output_price: float | None = None,
        min_age_days: int | None = None,
        max_age_days: int | None = None,
        min_intelligence_index: float | None = None,
        max_intelligence_index: float | None = None,
        min_coding_index: float | None = None,
        max_coding_index: float | None = None,
        min_agentic_index: float | None = None,
        max_agentic_index: float | None = None,
        min_tool_success_rate: float | None = None,
        max_tool_success_rate: float | None = None,
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
    ) -> ModelsListResponse | BinaryResponse: ...

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        category: Literal[
            "academia",
            "finance",
            "health",
            "legal",
            "marketing",
            "marketing/seo",
            "programming",
            "roleplay",
            "science",
            "technology",
            "translation",
            "trivia",
        ]
        | str
        | None = None,
        supported_parameters: str | None = None,
        output_modalities: str | None = None,
        sort: Literal[
            "agentic-high-to-low",
            "coding-high-to-low",
            "context-high-to-low",
            "design-arena-elo-high-to-low",
            "intelligence-high-to-low",
            "latency-low-to-high",
            "most-popular",
            "newest",
            "pricing-high-to-low",
            "pricing-low-to-high",
            "throughput-high-to-low",
            "top-weekly",
        ]
        | str
        | None = None,
        use_rss: str | None = None,
        use_rss_chat_links: str | None = None,
        q: str | None = None,
        input_modalities: str | None = None,
        context: int | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        arch: str | None = None,
        model_authors: str | None = None,
        providers: str | None = None,
        distillable: Literal["false", "true"] | str | None = None,
        zdr: Literal["true"] | str | None = None,
        region: Literal["eu", "us"] | str | None = None,
        min_output_price: float | None = None,
        max_output_price: float | None = None,
        min_age_days: int | None = None,
        max_age_days: int | None = None,
        min_intelligence_index: float | None = None,
        max_intelligence_index: float | None = None,
        min_coding_index: float | None = None,
        max_coding_index: float | None = None,
        min_agentic_index: float | None = None,
        max_agentic_index: float | None = None,
        min_tool_success_rate: float | None = None,
        max_tool_success_rate: float | None = None,
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
    ) -> ModelsListResponse | BinaryResponse:
        """List all models and their properties

        ``GET /models`` (operationId ``getModels``).

        Args:
            offset (query parameter ``offset``): Number of records to skip for pagination. When both offset and limit are omitted, the full list is returned Default: ``0``.
            limit (query parameter ``limit``): Maximum number of records to return (max 1000). When both offset and limit are omitted, the full list is returned Default: ``500``.
            category (query parameter ``category``): Filter models by use case category
            supported_parameters (query parameter ``supported_parameters``): Filter models by supported parameter (comma-separated)
            output_modalities (query parameter ``output_modalities``): Filter models by output modality. Accepts a comma-separated list of modalities (text, image, audio, embeddings) or "all" to include all models. Defaults to "text".
            sort (query parameter ``sort``): Sort the returned models server-side. Prefer this over fetching the full list and sorting client-side. Options: pricing-low-to-high, pricing-high-to-low (average prompt/completion price), context-high-to-low (context length), throughput-high-to-low, latency-low-to-high (recent median performance), most-popular, top-weekly (tokens processed in the last week), newest (creation date), intelligence-high-to-low, coding-high-to-low, agentic-high-to-low (Artificial Analysis indices), design-arena-elo-high-to-low (best Design Arena ELO across arenas). Models without a score for the chosen benchmark are placed last. When omitted, the existing default ordering is preserved.
            use_rss (query parameter ``use_rss``): Return results as RSS feed
            use_rss_chat_links (query parameter ``use_rss_chat_links``): Use chat links in RSS feed items
            q (query parameter ``q``): Free-text search by model name or slug.
            input_modalities (query parameter ``input_modalities``): Filter models by input modality. Comma-separated list of: text, image, audio, file.
            context (query parameter ``context``): Minimum context length (tokens). Models with smaller context are excluded.
            min_price (query parameter ``min_price``): Minimum prompt price in $/M tokens.
            max_price (query parameter ``max_price``): Maximum prompt price in $/M tokens.
            arch (query parameter ``arch``): Filter models by architecture/model family (e.g. GPT, Claude, Gemini, Llama).
            model_authors (query parameter ``model_authors``): Filter models by the organization that created the model. Comma-separated list of author slugs.
            providers (query parameter ``providers``): Filter models by hosting provider. Comma-separated list of provider names.
            distillable (query parameter ``distillable``): Filter by distillation capability. "true" returns only distillable models, "false" excludes them.
            zdr (query parameter ``zdr``): When set to "true", return only models with zero data retention endpoints.
            region (query parameter ``region``): Filter to models with endpoints in the given data region ("eu" or "us").
            min_output_price (query parameter ``min_output_price``): Minimum completion (output) price in $/M tokens.
            max_output_price (query parameter ``max_output_price``): Maximum completion (output) price in $/M tokens.
            min_age_days (query parameter ``min_age_days``): Minimum model age in days since its creation date.
            max_age_days (query parameter ``max_age_days``): Maximum model age in days since its creation date.
            min_intelligence_index (query parameter ``min_intelligence_index``): Minimum Artificial Analysis intelligence index.
            max_intelligence_index (query parameter ``max_intelligence_index``): Maximum Artificial Analysis intelligence index.
            min_coding_index (query parameter ``min_coding_index``): Minimum Artificial Analysis coding index.
            max_coding_index (query parameter ``max_coding_index``): Maximum Artificial Analysis coding index.
            min_agentic_index (query parameter ``min_agentic_index``): Minimum Artificial Analysis agentic index.
            max_agentic_index (query parameter ``max_agentic_index``): Maximum Artificial Analysis agentic index.
            min_tool_success_rate (query parameter ``min_tool_success_rate``): Minimum tool-calling success rate, as a fraction in [0, 1] (e.g. 0.9 = 90% of requests finishing with a tool_calls finish reason).
            max_tool_success_rate (query parameter ``max_tool_success_rate``): Maximum tool-calling success rate, as a fraction in [0, 1].

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
            403: Forbidden - Authentication successful but insufficient permissions
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ModelsListResponse | BinaryResponse",
            self._core.call(
                _LIST,
                {
                    "offset": offset,
                    "limit": limit,
                    "category": category,
                    "supported_parameters": supported_parameters,
                    "output_modalities": output_modalities,
                    "sort": sort,
                    "use_rss": use_rss,
                    "use_rss_chat_links": use_rss_chat_links,
                    "q": q,
                    "input_modalities": input_modalities,
                    "context": context,
                    "min_price": min_price,
                    "max_price": max_price,
                    "arch": arch,
                    "model_authors": model_authors,
                    "providers": providers,
                    "distillable": distillable,
                    "zdr": zdr,
                    "region": region,
                    "min_output_price": min_output_price,
                    "max_output_price": max_output_price,
                    "min_age_days": min_age_days,
                    "max_age_days": max_age_days,
                    "min_intelligence_index": min_intelligence_index,
                    "max_intelligence_index": max_intelligence_index,
                    "min_coding_index": min_coding_index,
                    "max_coding_index": max_coding_index,
                    "min_agentic_index": min_agentic_index,
                    "max_agentic_index": max_agentic_index,
                    "min_tool_success_rate": min_tool_success_rate,
                    "max_tool_success_rate": max_tool_success_rate,
                },
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

    @overload
    async def list_async(
        self,
        *,
        use_rss: None = None,
        offset: int | None = None,
        limit: int | None = None,
        category: Literal[
            "academia",
            "finance",
            "health",
            "legal",
            "marketing",
            "marketing/seo",
            "programming",
            "roleplay",
            "science",
            "technology",
            "translation",
            "trivia",
        ]
        | str
        | None = None,
        supported_parameters: str | None = None,
        output_modalities: str | None = None,
        sort: Literal[
            "agentic-high-to-low",
            "coding-high-to-low",
            "context-high-to-low",
            "design-arena-elo-high-to-low",
            "intelligence-high-to-low",
            "latency-low-to-high",
            "most-popular",
            "newest",
            "pricing-high-to-low",
            "pricing-low-to-high",
            "throughput-high-to-low",
            "top-weekly",
        ]
        | str
        | None = None,
        use_rss_chat_links: str | None = None,
        q: str | None = None,
        input_modalities: str | None = None,
        context: int | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        arch: str | None = None,
        model_authors: str | None = None,
        providers: str | None = None,
        distillable: Literal["false", "true"] | str | None = None,
        zdr: Literal["true"] | str | None = None,
        region: Literal["eu", "us"] | str | None = None,
        min_output_price: float | None = None,
        max_output_price: float | None = None,
        min_age_days: int | None = None,
        max_age_days: int | None = None,
        min_intelligence_index: float | None = None,
        max_intelligence_index: float | None = None,
        min_coding_index: float | None = None,
        max_coding_index: float | None = None,
        min_agentic_index: float | None = None,
        max_agentic_index: float | None = None,
        min_tool_success_rate: float | None = None,
        max_tool_success_rate: float | None = None,
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
    ) -> ModelsListResponse: ...

    @overload
    async def list_async(
        self,
        *,
        use_rss: str,
        offset: int | None = None,
        limit: int | None = None,
        category: Literal[
            "academia",
            "finance",
            "health",
            "legal",
            "marketing",
            "marketing/seo",
            "programming",
            "roleplay",
            "science",
            "technology",
            "translation",
            "trivia",
        ]
        | str
        | None = None,
        supported_parameters: str | None = None,
        output_modalities: str | None = None,
        sort: Literal[
            "agentic-high-to-low",
            "coding-high-to-low",
            "context-high-to-low",
            "design-arena-elo-high-to-low",
            "intelligence-high-to-low",
            "latency-low-to-high",
            "most-popular",
            "newest",
            "pricing-high-to-low",
            "pricing-low-to-high",
            "throughput-high-to-low",
            "top-weekly",
        ]
        | str
        | None = None,
        use_rss_chat_links: str | None = None,
        q: str | None = None,
        input_modalities: str | None = None,
        context: int | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        arch: str | None = None,
        model_authors: str | None = None,
        providers: str | None = None,
        distillable: Literal["false", "true"] | str | None = None,
        zdr: Literal["true"] | str | None = None,
        region: Literal["eu", "us"] | str | None = None,
        min_output_price: float | None = None,
        max_output_price: float | None = None,
        min_age_days: int | None = None,
        max_age_days: int | None = None,
        min_intelligence_index: float | None = None,
        max_intelligence_index: float | None = None,
        min_coding_index: float | None = None,
        max_coding_index: float | None = None,
        min_agentic_index: float | None = None,
        max_agentic_index: float | None = None,
        min_tool_success_rate: float | None = None,
        max_tool_success_rate: float | None = None,
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
    ) -> ModelsListResponse | AsyncBinaryResponse: ...

    async def list_async(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        category: Literal[
            "academia",
            "finance",
            "health",
            "legal",
            "marketing",
            "marketing/seo",
            "programming",
            "roleplay",
            "science",
            "technology",
            "translation",
            "trivia",
        ]
        | str
        | None = None,
        supported_parameters: str | None = None,
        output_modalities: str | None = None,
        sort: Literal[
            "agentic-high-to-low",
            "coding-high-to-low",
            "context-high-to-low",
            "design-arena-elo-high-to-low",
            "intelligence-high-to-low",
            "latency-low-to-high",
            "most-popular",
            "newest",
            "pricing-high-to-low",
            "pricing-low-to-high",
            "throughput-high-to-low",
            "top-weekly",
        ]
        | str
        | None = None,
        use_rss: str | None = None,
        use_rss_chat_links: str | None = None,
        q: str | None = None,
        input_modalities: str | None = None,
        context: int | None = None,
        min_price: float | None = None,
        max_price: float | None = None,
        arch: str | None = None,
        model_authors: str | None = None,
        providers: str | None = None,
        distillable: Literal["false", "true"] | str | None = None,
        zdr: Literal["true"] | str | None = None,
        region: Literal["eu", "us"] | str | None = None,
        min_output_price: float | None = None,
        max_output_price: float | None = None,
        min_age_days: int | None = None,
        max_age_days: int | None = None,
        min_intelligence_index: float | None = None,
        max_intelligence_index: float | None = None,
        min_coding_index: float | None = None,
        max_coding_index: float | None = None,
        min_agentic_index: float | None = None,
        max_agentic_index: float | None = None,
        min_tool_success_rate: float | None = None,
        max_tool_success_rate: float | None = None,
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
    ) -> ModelsListResponse | AsyncBinaryResponse:
        """List all models and their properties

        The async twin of ``list``.

        ``GET /models`` (operationId ``getModels``).

        Args:
            offset (query parameter ``offset``): Number of records to skip for pagination. When both offset and limit are omitted, the full list is returned Default: ``0``.
            limit (query parameter ``limit``): Maximum number of records to return (max 1000). When both offset and limit are omitted, the full list is returned Default: ``500``.
            category (query parameter ``category``): Filter models by use case category
            supported_parameters (query parameter ``supported_parameters``): Filter models by supported parameter (comma-separated)
            output_modalities (query parameter ``output_modalities``): Filter models by output modality. Accepts a comma-separated list of modalities (text, image, audio, embeddings) or "all" to include all models. Defaults to "text".
            sort (query parameter ``sort``): Sort the returned models server-side. Prefer this over fetching the full list and sorting client-side. Options: pricing-low-to-high, pricing-high-to-low (average prompt/completion price), context-high-to-low (context length), throughput-high-to-low, latency-low-to-high (recent median performance), most-popular, top-weekly (tokens processed in the last week), newest (creation date), intelligence-high-to-low, coding-high-to-low, agentic-high-to-low (Artificial Analysis indices), design-arena-elo-high-to-low (best Design Arena ELO across arenas). Models without a score for the chosen benchmark are placed last. When omitted, the existing default ordering is preserved.
            use_rss (query parameter ``use_rss``): Return results as RSS feed
            use_rss_chat_links (query parameter ``use_rss_chat_links``): Use chat links in RSS feed items
            q (query parameter ``q``): Free-text search by model name or slug.
            input_modalities (query parameter ``input_modalities``): Filter models by input modality. Comma-separated list of: text, image, audio, file.
            context (query parameter ``context``): Minimum context length (tokens). Models with smaller context are excluded.
            min_price (query parameter ``min_price``): Minimum prompt price in $/M tokens.
            max_price (query parameter ``max_price``): Maximum prompt price in $/M tokens.
            arch (query parameter ``arch``): Filter models by architecture/model family (e.g. GPT, Claude, Gemini, Llama).
            model_authors (query parameter ``model_authors``): Filter models by the organization that created the model. Comma-separated list of author slugs.
            providers (query parameter ``providers``): Filter models by hosting provider. Comma-separated list of provider names.
            distillable (query parameter ``distillable``): Filter by distillation capability. "true" returns only distillable models, "false" excludes them.
            zdr (query parameter ``zdr``): When set to "true", return only models with zero data retention endpoints.
            region (query parameter ``region``): Filter to models with endpoints in the given data region ("eu" or "us").
            min_output_price (query parameter ``min_output_price``): Minimum completion (output) price in $/M tokens.
            max_output_price (query parameter ``max_output_price``): Maximum completion (output) price in $/M tokens.
            min_age_days (query parameter ``min_age_days``): Minimum model age in days since its creation date.
            max_age_days (query parameter ``max_age_days``): Maximum model age in days since its creation date.
            min_intelligence_index (query parameter ``min_intelligence_index``): Minimum Artificial Analysis intelligence index.
            max_intelligence_index (query parameter ``max_intelligence_index``): Maximum Artificial Analysis intelligence index.
            min_coding_index (query parameter ``min_coding_index``): Minimum Artificial Analysis coding index.
            max_coding_index (query parameter ``max_coding_index``): Maximum Artificial Analysis coding index.
            min_agentic_index (query parameter ``min_agentic_index``): Minimum Artificial Analysis agentic index.
            max_agentic_index (query parameter ``max_agentic_index``): Maximum Artificial Analysis agentic index.
            min_tool_success_rate (query parameter ``min_tool_success_rate``): Minimum tool-calling success rate, as a fraction in [0, 1] (e.g. 0.9 = 90% of requests finishing with a tool_calls finish reason).
            max_tool_success_rate (query parameter ``max_tool_success_rate``): Maximum tool-calling success rate, as a fraction in [0, 1].

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
            403: Forbidden - Authentication successful but insufficient permissions
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ModelsListResponse | AsyncBinaryResponse",
            await self._core.call_async(
                _LIST,
                {
                    "offset": offset,
                    "limit": limit,
                    "category": category,
                    "supported_parameters": supported_parameters,
                    "output_modalities": output_modalities,
                    "sort": sort,
                    "use_rss": use_rss,
                    "use_rss_chat_links": use_rss_chat_links,
                    "q": q,
                    "input_modalities": input_modalities,
                    "context": context,
                    "min_price": min_price,
                    "max_price": max_price,
                    "arch": arch,
                    "model_authors": model_authors,
                    "providers": providers,
                    "distillable": distillable,
                    "zdr": zdr,
                    "region": region,
                    "min_output_price": min_output_price,
                    "max_output_price": max_output_price,
                    "min_age_days": min_age_days,
                    "max_age_days": max_age_days,
                    "min_intelligence_index": min_intelligence_index,
                    "max_intelligence_index": max_intelligence_index,
                    "min_coding_index": min_coding_index,
                    "max_coding_index": max_coding_index,
                    "min_agentic_index": min_agentic_index,
                    "max_agentic_index": max_agentic_index,
                    "min_tool_success_rate": min_tool_success_rate,
                    "max_tool_success_rate": max_tool_success_rate,
                },
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

    def count(
        self,
        *,
        output_modalities: str | None = None,
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
    ) -> ModelsCountResponse:
        """Get total count of available models

        ``GET /models/count`` (operationId ``listModelsCount``).

        Args:
            output_modalities (query parameter ``output_modalities``): Filter models by output modality. Accepts a comma-separated list of modalities (text, image, audio, embeddings) or "all" to include all models. Defaults to "text".

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
            403: Forbidden - Authentication successful but insufficient permissions
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ModelsCountResponse",
            self._core.call(
                _COUNT,
                {"output_modalities": output_modalities},
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

    async def count_async(
        self,
        *,
        output_modalities: str | None = None,
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
    ) -> ModelsCountResponse:
        """Get total count of available models

        The async twin of ``count``.

        ``GET /models/count`` (operationId ``listModelsCount``).

        Args:
            output_modalities (query parameter ``output_modalities``): Filter models by output modality. Accepts a comma-separated list of modalities (text, image, audio, embeddings) or "all" to include all models. Defaults to "text".

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
            403: Forbidden - Authentication successful but insufficient permissions
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ModelsCountResponse",
            await self._core.call_async(
                _COUNT,
                {"output_modalities": output_modalities},
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

    def list_for_user(
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
        """List models filtered by user provider preferences, privacy settings, and guardrails

        List models filtered by user provider preferences, [privacy settings](https://openrouter.ai/docs/guides/privacy/provider-logging), and [guardrails](https://openrouter.ai/docs/guides/features/guardrails). If requesting through a regional hostname, the results will be filtered to models that satisfy in-region routing for that region.

        ``GET /models/user`` (operationId ``listModelsUser``).

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
            401: Unauthorized - Authentication required or invalid credentials
            403: Forbidden - Authentication successful but insufficient permissions
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ModelsListResponse",
            self._core.call(
                _LIST_FOR_USER,
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

    async def list_for_user_async(
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
        """List models filtered by user provider preferences, privacy settings, and guardrails

        The async twin of ``list_for_user``.

        List models filtered by user provider preferences, [privacy settings](https://openrouter.ai/docs/guides/privacy/provider-logging), and [guardrails](https://openrouter.ai/docs/guides/features/guardrails). If requesting through a regional hostname, the results will be filtered to models that satisfy in-region routing for that region.

        ``GET /models/user`` (operationId ``listModelsUser``).

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
            401: Unauthorized - Authentication required or invalid credentials
            403: Forbidden - Authentication successful but insufficient permissions
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ModelsListResponse",
            await self._core.call_async(
                _LIST_FOR_USER,
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


class ModelsWithRawResponse:
    """``client.models.with_raw_response``: the operations of ``Models``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``get``, ``list``, ``count``, ``list_for_user`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = Models(core)
        self.get = raw_response(operations.get)
        self.get_async = raw_response_async(operations.get_async)
        self.list = raw_response(operations.list)
        self.list_async = raw_response_async(operations.list_async)
        self.count = raw_response(operations.count)
        self.count_async = raw_response_async(operations.count_async)
        self.list_for_user = raw_response(operations.list_for_user)
        self.list_for_user_async = raw_response_async(operations.list_for_user_async)
