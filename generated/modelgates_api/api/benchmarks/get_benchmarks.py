from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_benchmarks_arena import (
    GetBenchmarksArena,
)
from ...models.get_benchmarks_benchmark_type import (
    GetBenchmarksBenchmarkType,
)
from ...models.get_benchmarks_search_surface import (
    GetBenchmarksSearchSurface,
)
from ...models.get_benchmarks_source import (
    GetBenchmarksSource,
)
from ...models.get_benchmarks_task_type import (
    GetBenchmarksTaskType,
)
from ...models.unified_benchmarks_response import UnifiedBenchmarksResponse
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.bad_request_response import BadRequestResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.too_many_requests_response import TooManyRequestsResponse
    from ...models.unauthorized_response import UnauthorizedResponse


def _get_kwargs(
    *,
    source: GetBenchmarksSource | Unset = UNSET,
    task_type: GetBenchmarksTaskType | Unset = UNSET,
    benchmark_type: GetBenchmarksBenchmarkType | Unset = UNSET,
    include_run_config: bool | Unset = False,
    search_engine: str | Unset = UNSET,
    search_surface: GetBenchmarksSearchSurface | Unset = UNSET,
    arena: GetBenchmarksArena | Unset = UNSET,
    category: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source

    params["source"] = json_source

    json_task_type: str | Unset = UNSET
    if not isinstance(task_type, Unset):
        json_task_type = task_type

    params["task_type"] = json_task_type

    json_benchmark_type: str | Unset = UNSET
    if not isinstance(benchmark_type, Unset):
        json_benchmark_type = benchmark_type

    params["benchmark_type"] = json_benchmark_type

    params["include_run_config"] = include_run_config

    params["search_engine"] = search_engine

    json_search_surface: str | Unset = UNSET
    if not isinstance(search_surface, Unset):
        json_search_surface = search_surface

    params["search_surface"] = json_search_surface

    json_arena: str | Unset = UNSET
    if not isinstance(arena, Unset):
        json_arena = arena

    params["arena"] = json_arena

    params["category"] = category

    params["max_results"] = max_results

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/benchmarks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UnifiedBenchmarksResponse
    | None
):
    if response.status_code == 200:
        response_200 = UnifiedBenchmarksResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        from ...models.bad_request_response import BadRequestResponse

        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        from ...models.unauthorized_response import UnauthorizedResponse

        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        from ...models.too_many_requests_response import TooManyRequestsResponse

        response_429 = TooManyRequestsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        from ...models.internal_server_response import InternalServerResponse

        response_500 = InternalServerResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UnifiedBenchmarksResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    source: GetBenchmarksSource | Unset = UNSET,
    task_type: GetBenchmarksTaskType | Unset = UNSET,
    benchmark_type: GetBenchmarksBenchmarkType | Unset = UNSET,
    include_run_config: bool | Unset = False,
    search_engine: str | Unset = UNSET,
    search_surface: GetBenchmarksSearchSurface | Unset = UNSET,
    arena: GetBenchmarksArena | Unset = UNSET,
    category: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UnifiedBenchmarksResponse
]:
    """List Benchmarks

     Unified benchmark endpoint that aggregates scores from multiple benchmark sources (Artificial
    Analysis, Design Arena, and OpenRouter's own tau-bench, GPQA, and web-search evals). Filter by
    source to reproduce the exact shapes from the legacy per-source endpoints, or use task_type to find
    models suited for specific workloads. Use task_type=search (or a search_* benchmark_type) for
    OpenRouter's search benchmarks, which publish each model's highest-scoring eligible evaluation
    configuration with same-configuration runs combined by task-weighted mean. Authenticate with any
    valid OpenRouter API key. Rate-limited to 30 requests/minute per key and 500 requests/day per
    account.

    Args:
        source (GetBenchmarksSource | Unset): Benchmark source to query. Determines the shape of
            the returned items. When omitted, returns results from all sources. Example: artificial-
            analysis.
        task_type (GetBenchmarksTaskType | Unset): Filter results by task type. For Artificial
            Analysis, maps to the corresponding index. For Design Arena, maps to the matching
            category. `search` returns OpenRouter search benchmark results only. Example: coding.
        benchmark_type (GetBenchmarksBenchmarkType | Unset): Return results for one exact
            OpenRouter benchmark. A `search_*` value narrows the response to search results only; a
            classic value narrows the OpenRouter items and leaves other sources' items as they are.
            Example: search_widesearch.
        include_run_config (bool | Unset): Search benchmarks only: include the published lane
            configuration whitelist in each search item. Defaults to false. The whitelist is limited
            to agent turn count, reasoning effort, and temperature so future harness configuration
            changes do not change the public contract. Default: False. Example: True.
        search_engine (str | Unset): OpenRouter search benchmarks only: filter by the search
            engine used. Example: exa.
        search_surface (GetBenchmarksSearchSurface | Unset): OpenRouter search benchmarks only:
            filter by the request surface the lane ran on. Example: server-tool.
        arena (GetBenchmarksArena | Unset): Design Arena only: arena to query. Defaults to
            `models` when source is `design-arena`. Example: models.
        category (str | Unset): Design Arena only: category within the arena (e.g.
            `codecategories`, `uicomponent`, `gamedev`, `3d`, `dataviz`, `image`, `video`, `svg`).
            When omitted, returns all categories. Example: codecategories.
        max_results (int | Unset): Maximum number of items to return. When omitted, all matching
            results are returned. Example: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | TooManyRequestsResponse | UnauthorizedResponse | UnifiedBenchmarksResponse]
    """

    kwargs = _get_kwargs(
        source=source,
        task_type=task_type,
        benchmark_type=benchmark_type,
        include_run_config=include_run_config,
        search_engine=search_engine,
        search_surface=search_surface,
        arena=arena,
        category=category,
        max_results=max_results,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    source: GetBenchmarksSource | Unset = UNSET,
    task_type: GetBenchmarksTaskType | Unset = UNSET,
    benchmark_type: GetBenchmarksBenchmarkType | Unset = UNSET,
    include_run_config: bool | Unset = False,
    search_engine: str | Unset = UNSET,
    search_surface: GetBenchmarksSearchSurface | Unset = UNSET,
    arena: GetBenchmarksArena | Unset = UNSET,
    category: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UnifiedBenchmarksResponse
    | None
):
    """List Benchmarks

     Unified benchmark endpoint that aggregates scores from multiple benchmark sources (Artificial
    Analysis, Design Arena, and OpenRouter's own tau-bench, GPQA, and web-search evals). Filter by
    source to reproduce the exact shapes from the legacy per-source endpoints, or use task_type to find
    models suited for specific workloads. Use task_type=search (or a search_* benchmark_type) for
    OpenRouter's search benchmarks, which publish each model's highest-scoring eligible evaluation
    configuration with same-configuration runs combined by task-weighted mean. Authenticate with any
    valid OpenRouter API key. Rate-limited to 30 requests/minute per key and 500 requests/day per
    account.

    Args:
        source (GetBenchmarksSource | Unset): Benchmark source to query. Determines the shape of
            the returned items. When omitted, returns results from all sources. Example: artificial-
            analysis.
        task_type (GetBenchmarksTaskType | Unset): Filter results by task type. For Artificial
            Analysis, maps to the corresponding index. For Design Arena, maps to the matching
            category. `search` returns OpenRouter search benchmark results only. Example: coding.
        benchmark_type (GetBenchmarksBenchmarkType | Unset): Return results for one exact
            OpenRouter benchmark. A `search_*` value narrows the response to search results only; a
            classic value narrows the OpenRouter items and leaves other sources' items as they are.
            Example: search_widesearch.
        include_run_config (bool | Unset): Search benchmarks only: include the published lane
            configuration whitelist in each search item. Defaults to false. The whitelist is limited
            to agent turn count, reasoning effort, and temperature so future harness configuration
            changes do not change the public contract. Default: False. Example: True.
        search_engine (str | Unset): OpenRouter search benchmarks only: filter by the search
            engine used. Example: exa.
        search_surface (GetBenchmarksSearchSurface | Unset): OpenRouter search benchmarks only:
            filter by the request surface the lane ran on. Example: server-tool.
        arena (GetBenchmarksArena | Unset): Design Arena only: arena to query. Defaults to
            `models` when source is `design-arena`. Example: models.
        category (str | Unset): Design Arena only: category within the arena (e.g.
            `codecategories`, `uicomponent`, `gamedev`, `3d`, `dataviz`, `image`, `video`, `svg`).
            When omitted, returns all categories. Example: codecategories.
        max_results (int | Unset): Maximum number of items to return. When omitted, all matching
            results are returned. Example: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | TooManyRequestsResponse | UnauthorizedResponse | UnifiedBenchmarksResponse
    """

    return sync_detailed(
        client=client,
        source=source,
        task_type=task_type,
        benchmark_type=benchmark_type,
        include_run_config=include_run_config,
        search_engine=search_engine,
        search_surface=search_surface,
        arena=arena,
        category=category,
        max_results=max_results,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    source: GetBenchmarksSource | Unset = UNSET,
    task_type: GetBenchmarksTaskType | Unset = UNSET,
    benchmark_type: GetBenchmarksBenchmarkType | Unset = UNSET,
    include_run_config: bool | Unset = False,
    search_engine: str | Unset = UNSET,
    search_surface: GetBenchmarksSearchSurface | Unset = UNSET,
    arena: GetBenchmarksArena | Unset = UNSET,
    category: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UnifiedBenchmarksResponse
]:
    """List Benchmarks

     Unified benchmark endpoint that aggregates scores from multiple benchmark sources (Artificial
    Analysis, Design Arena, and OpenRouter's own tau-bench, GPQA, and web-search evals). Filter by
    source to reproduce the exact shapes from the legacy per-source endpoints, or use task_type to find
    models suited for specific workloads. Use task_type=search (or a search_* benchmark_type) for
    OpenRouter's search benchmarks, which publish each model's highest-scoring eligible evaluation
    configuration with same-configuration runs combined by task-weighted mean. Authenticate with any
    valid OpenRouter API key. Rate-limited to 30 requests/minute per key and 500 requests/day per
    account.

    Args:
        source (GetBenchmarksSource | Unset): Benchmark source to query. Determines the shape of
            the returned items. When omitted, returns results from all sources. Example: artificial-
            analysis.
        task_type (GetBenchmarksTaskType | Unset): Filter results by task type. For Artificial
            Analysis, maps to the corresponding index. For Design Arena, maps to the matching
            category. `search` returns OpenRouter search benchmark results only. Example: coding.
        benchmark_type (GetBenchmarksBenchmarkType | Unset): Return results for one exact
            OpenRouter benchmark. A `search_*` value narrows the response to search results only; a
            classic value narrows the OpenRouter items and leaves other sources' items as they are.
            Example: search_widesearch.
        include_run_config (bool | Unset): Search benchmarks only: include the published lane
            configuration whitelist in each search item. Defaults to false. The whitelist is limited
            to agent turn count, reasoning effort, and temperature so future harness configuration
            changes do not change the public contract. Default: False. Example: True.
        search_engine (str | Unset): OpenRouter search benchmarks only: filter by the search
            engine used. Example: exa.
        search_surface (GetBenchmarksSearchSurface | Unset): OpenRouter search benchmarks only:
            filter by the request surface the lane ran on. Example: server-tool.
        arena (GetBenchmarksArena | Unset): Design Arena only: arena to query. Defaults to
            `models` when source is `design-arena`. Example: models.
        category (str | Unset): Design Arena only: category within the arena (e.g.
            `codecategories`, `uicomponent`, `gamedev`, `3d`, `dataviz`, `image`, `video`, `svg`).
            When omitted, returns all categories. Example: codecategories.
        max_results (int | Unset): Maximum number of items to return. When omitted, all matching
            results are returned. Example: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | TooManyRequestsResponse | UnauthorizedResponse | UnifiedBenchmarksResponse]
    """

    kwargs = _get_kwargs(
        source=source,
        task_type=task_type,
        benchmark_type=benchmark_type,
        include_run_config=include_run_config,
        search_engine=search_engine,
        search_surface=search_surface,
        arena=arena,
        category=category,
        max_results=max_results,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    source: GetBenchmarksSource | Unset = UNSET,
    task_type: GetBenchmarksTaskType | Unset = UNSET,
    benchmark_type: GetBenchmarksBenchmarkType | Unset = UNSET,
    include_run_config: bool | Unset = False,
    search_engine: str | Unset = UNSET,
    search_surface: GetBenchmarksSearchSurface | Unset = UNSET,
    arena: GetBenchmarksArena | Unset = UNSET,
    category: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UnifiedBenchmarksResponse
    | None
):
    """List Benchmarks

     Unified benchmark endpoint that aggregates scores from multiple benchmark sources (Artificial
    Analysis, Design Arena, and OpenRouter's own tau-bench, GPQA, and web-search evals). Filter by
    source to reproduce the exact shapes from the legacy per-source endpoints, or use task_type to find
    models suited for specific workloads. Use task_type=search (or a search_* benchmark_type) for
    OpenRouter's search benchmarks, which publish each model's highest-scoring eligible evaluation
    configuration with same-configuration runs combined by task-weighted mean. Authenticate with any
    valid OpenRouter API key. Rate-limited to 30 requests/minute per key and 500 requests/day per
    account.

    Args:
        source (GetBenchmarksSource | Unset): Benchmark source to query. Determines the shape of
            the returned items. When omitted, returns results from all sources. Example: artificial-
            analysis.
        task_type (GetBenchmarksTaskType | Unset): Filter results by task type. For Artificial
            Analysis, maps to the corresponding index. For Design Arena, maps to the matching
            category. `search` returns OpenRouter search benchmark results only. Example: coding.
        benchmark_type (GetBenchmarksBenchmarkType | Unset): Return results for one exact
            OpenRouter benchmark. A `search_*` value narrows the response to search results only; a
            classic value narrows the OpenRouter items and leaves other sources' items as they are.
            Example: search_widesearch.
        include_run_config (bool | Unset): Search benchmarks only: include the published lane
            configuration whitelist in each search item. Defaults to false. The whitelist is limited
            to agent turn count, reasoning effort, and temperature so future harness configuration
            changes do not change the public contract. Default: False. Example: True.
        search_engine (str | Unset): OpenRouter search benchmarks only: filter by the search
            engine used. Example: exa.
        search_surface (GetBenchmarksSearchSurface | Unset): OpenRouter search benchmarks only:
            filter by the request surface the lane ran on. Example: server-tool.
        arena (GetBenchmarksArena | Unset): Design Arena only: arena to query. Defaults to
            `models` when source is `design-arena`. Example: models.
        category (str | Unset): Design Arena only: category within the arena (e.g.
            `codecategories`, `uicomponent`, `gamedev`, `3d`, `dataviz`, `image`, `video`, `svg`).
            When omitted, returns all categories. Example: codecategories.
        max_results (int | Unset): Maximum number of items to return. When omitted, all matching
            results are returned. Example: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | TooManyRequestsResponse | UnauthorizedResponse | UnifiedBenchmarksResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            source=source,
            task_type=task_type,
            benchmark_type=benchmark_type,
            include_run_config=include_run_config,
            search_engine=search_engine,
            search_surface=search_surface,
            arena=arena,
            category=category,
            max_results=max_results,
        )
    ).parsed
