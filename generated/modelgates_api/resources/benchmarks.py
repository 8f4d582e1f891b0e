"""``client.benchmarks``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

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

    from ..models.unified_benchmarks_response import UnifiedBenchmarksResponse

__all__ = ["Benchmarks", "BenchmarksWithRawResponse"]

_GET_BENCHMARKS = Operation(
    name="benchmarks.get_benchmarks",
    http="GET /benchmarks",
    module="api.benchmarks.get_benchmarks",
    fields={
        "source": ("query", "source"),
        "task_type": ("query", "task_type"),
        "benchmark_type": ("query", "benchmark_type"),
        "include_run_config": ("query", "include_run_config"),
        "search_engine": ("query", "search_engine"),
        "search_surface": ("query", "search_surface"),
        "arena": ("query", "arena"),
        "category": ("query", "category"),
        "max_results": ("query", "max_results"),
    },
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="unified_benchmarks_response:UnifiedBenchmarksResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)


class Benchmarks:
    """Operations of the ``benchmarks`` group (``client.benchmarks``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> BenchmarksWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return BenchmarksWithRawResponse(self._core.raw())

    def get_benchmarks(
        self,
        *,
        source: Literal["artificial-analysis", "design-arena", "openrouter"]
        | str
        | None = None,
        task_type: Literal["agentic", "coding", "intelligence", "search"]
        | str
        | None = None,
        benchmark_type: Literal[
            "gpqa_diamond",
            "search_browsecomp",
            "search_dsqa",
            "search_hle",
            "search_widesearch",
            "tau_bench_verified_airline",
        ]
        | str
        | None = None,
        include_run_config: bool | None = None,
        search_engine: str | None = None,
        search_surface: Literal["plugin", "server-tool"] | str | None = None,
        arena: Literal["agents", "builders", "models"] | str | None = None,
        category: str | None = None,
        max_results: int | None = None,
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
    ) -> UnifiedBenchmarksResponse:
        """List Benchmarks

        Unified benchmark endpoint that aggregates scores from multiple benchmark sources (Artificial Analysis, Design Arena, and OpenRouter's own tau-bench, GPQA, and web-search evals). Filter by source to reproduce the exact shapes from the legacy per-source endpoints, or use task_type to find models suited for specific workloads. Use task_type=search (or a search_* benchmark_type) for OpenRouter's search benchmarks, which publish each model's highest-scoring eligible evaluation configuration with same-configuration runs combined by task-weighted mean. Authenticate with any valid OpenRouter API key. Rate-limited to 30 requests/minute per key and 500 requests/day per account.

        ``GET /benchmarks`` (operationId ``getBenchmarks``).

        Args:
            source (query parameter ``source``): Benchmark source to query. Determines the shape of the returned items. When omitted, returns results from all sources.
            task_type (query parameter ``task_type``): Filter results by task type. For Artificial Analysis, maps to the corresponding index. For Design Arena, maps to the matching category. `search` returns OpenRouter search benchmark results only.
            benchmark_type (query parameter ``benchmark_type``): Return results for one exact OpenRouter benchmark. A `search_*` value narrows the response to search results only; a classic value narrows the OpenRouter items and leaves other sources' items as they are.
            include_run_config (query parameter ``include_run_config``): Search benchmarks only: include the published lane configuration whitelist in each search item. Defaults to false. The whitelist is limited to agent turn count, reasoning effort, and temperature so future harness configuration changes do not change the public contract. Default: ``False``.
            search_engine (query parameter ``search_engine``): OpenRouter search benchmarks only: filter by the search engine used.
            search_surface (query parameter ``search_surface``): OpenRouter search benchmarks only: filter by the request surface the lane ran on.
            arena (query parameter ``arena``): Design Arena only: arena to query. Defaults to `models` when source is `design-arena`.
            category (query parameter ``category``): Design Arena only: category within the arena (e.g. `codecategories`, `uicomponent`, `gamedev`, `3d`, `dataviz`, `image`, `video`, `svg`). When omitted, returns all categories.
            max_results (query parameter ``max_results``): Maximum number of items to return. When omitted, all matching results are returned.

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
            "UnifiedBenchmarksResponse",
            self._core.call(
                _GET_BENCHMARKS,
                {
                    "source": source,
                    "task_type": task_type,
                    "benchmark_type": benchmark_type,
                    "include_run_config": include_run_config,
                    "search_engine": search_engine,
                    "search_surface": search_surface,
                    "arena": arena,
                    "category": category,
                    "max_results": max_results,
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

    async def get_benchmarks_async(
        self,
        *,
        source: Literal["artificial-analysis", "design-arena", "openrouter"]
        | str
        | None = None,
        task_type: Literal["agentic", "coding", "intelligence", "search"]
        | str
        | None = None,
        benchmark_type: Literal[
            "gpqa_diamond",
            "search_browsecomp",
            "search_dsqa",
            "search_hle",
            "search_widesearch",
            "tau_bench_verified_airline",
        ]
        | str
        | None = None,
        include_run_config: bool | None = None,
        search_engine: str | None = None,
        search_surface: Literal["plugin", "server-tool"] | str | None = None,
        arena: Literal["agents", "builders", "models"] | str | None = None,
        category: str | None = None,
        max_results: int | None = None,
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
    ) -> UnifiedBenchmarksResponse:
        """List Benchmarks

        The async twin of ``get_benchmarks``.

        Unified benchmark endpoint that aggregates scores from multiple benchmark sources (Artificial Analysis, Design Arena, and OpenRouter's own tau-bench, GPQA, and web-search evals). Filter by source to reproduce the exact shapes from the legacy per-source endpoints, or use task_type to find models suited for specific workloads. Use task_type=search (or a search_* benchmark_type) for OpenRouter's search benchmarks, which publish each model's highest-scoring eligible evaluation configuration with same-configuration runs combined by task-weighted mean. Authenticate with any valid OpenRouter API key. Rate-limited to 30 requests/minute per key and 500 requests/day per account.

        ``GET /benchmarks`` (operationId ``getBenchmarks``).

        Args:
            source (query parameter ``source``): Benchmark source to query. Determines the shape of the returned items. When omitted, returns results from all sources.
            task_type (query parameter ``task_type``): Filter results by task type. For Artificial Analysis, maps to the corresponding index. For Design Arena, maps to the matching category. `search` returns OpenRouter search benchmark results only.
            benchmark_type (query parameter ``benchmark_type``): Return results for one exact OpenRouter benchmark. A `search_*` value narrows the response to search results only; a classic value narrows the OpenRouter items and leaves other sources' items as they are.
            include_run_config (query parameter ``include_run_config``): Search benchmarks only: include the published lane configuration whitelist in each search item. Defaults to false. The whitelist is limited to agent turn count, reasoning effort, and temperature so future harness configuration changes do not change the public contract. Default: ``False``.
            search_engine (query parameter ``search_engine``): OpenRouter search benchmarks only: filter by the search engine used.
            search_surface (query parameter ``search_surface``): OpenRouter search benchmarks only: filter by the request surface the lane ran on.
            arena (query parameter ``arena``): Design Arena only: arena to query. Defaults to `models` when source is `design-arena`.
            category (query parameter ``category``): Design Arena only: category within the arena (e.g. `codecategories`, `uicomponent`, `gamedev`, `3d`, `dataviz`, `image`, `video`, `svg`). When omitted, returns all categories.
            max_results (query parameter ``max_results``): Maximum number of items to return. When omitted, all matching results are returned.

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
            "UnifiedBenchmarksResponse",
            await self._core.call_async(
                _GET_BENCHMARKS,
                {
                    "source": source,
                    "task_type": task_type,
                    "benchmark_type": benchmark_type,
                    "include_run_config": include_run_config,
                    "search_engine": search_engine,
                    "search_surface": search_surface,
                    "arena": arena,
                    "category": category,
                    "max_results": max_results,
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


class BenchmarksWithRawResponse:
    """``client.benchmarks.with_raw_response``: the operations of ``Benchmarks``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``get_benchmarks`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = Benchmarks(core)
        self.get_benchmarks = raw_response(operations.get_benchmarks)
        self.get_benchmarks_async = raw_response_async(operations.get_benchmarks_async)
