"""``client.datasets``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

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

    from ..models.app_rankings_response import AppRankingsResponse
    from ..models.rankings_daily_response import RankingsDailyResponse
    from ..models.session_cost_response import SessionCostResponse

__all__ = ["Datasets", "DatasetsWithRawResponse"]

_GET_APP_RANKINGS = Operation(
    name="datasets.get_app_rankings",
    http="GET /datasets/app-rankings",
    module="api.datasets.get_app_rankings",
    fields={
        "category": ("query", "category"),
        "subcategory": ("query", "subcategory"),
        "sort": ("query", "sort"),
        "start_date": ("query", "start_date"),
        "end_date": ("query", "end_date"),
        "limit": ("query", "limit"),
        "offset": ("query", "offset"),
    },
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="app_rankings_response:AppRankingsResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_GET_RANKINGS_DAILY = Operation(
    name="datasets.get_rankings_daily",
    http="GET /datasets/rankings-daily",
    module="api.datasets.get_rankings_daily",
    fields={
        "start_date": ("query", "start_date"),
        "end_date": ("query", "end_date"),
        "period": ("query", "period"),
        "modality": ("query", "modality"),
        "context_bucket": ("query", "context_bucket"),
        "category": ("query", "category"),
        "language_type": ("query", "language_type"),
    },
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="rankings_daily_response:RankingsDailyResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_GET_SESSION_COST = Operation(
    name="datasets.get_session_cost",
    http="GET /datasets/session-cost",
    module="api.datasets.get_session_cost",
    fields={
        "app_slug": ("query", "app_slug"),
        "model": ("query", "model"),
        "turn_range": ("query", "turn_range"),
        "limit": ("query", "limit"),
        "offset": ("query", "offset"),
    },
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="session_cost_response:SessionCostResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)


class Datasets:
    """Operations of the ``datasets`` group (``client.datasets``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> DatasetsWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return DatasetsWithRawResponse(self._core.raw())

    def get_app_rankings(
        self,
        *,
        category: Literal["coding", "creative", "entertainment", "productivity"]
        | str
        | None = None,
        subcategory: Literal[
            "audio-gen",
            "cli-agent",
            "cloud-agent",
            "creative-writing",
            "game",
            "general-chat",
            "ide-extension",
            "image-gen",
            "legal",
            "native-app-builder",
            "personal-agent",
            "programming-app",
            "roleplay",
            "video-gen",
            "writing-assistant",
        ]
        | str
        | None = None,
        sort: Literal["popular", "trending"] | str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
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
    ) -> AppRankingsResponse:
        """Top apps by token usage

        Returns the top public apps on OpenRouter ranked by token usage inside the requested
        date window, matching the public apps marketplace on openrouter.ai/apps. Token totals
        are `prompt_tokens + completion_tokens`; hidden and private apps are excluded and
        traffic from related app aliases is merged into the canonical visible app.

        `sort=popular` (default) ranks by total token volume inside the window.
        `sort=trending` ranks by absolute excess token growth: window volume minus the average
        volume of the three equal-length periods immediately preceding the window. Apps with
        no excess growth are omitted, so `trending` may return fewer than `limit` rows.

        Filter with `category` (marketplace category group, e.g. `coding`) or `subcategory`
        (e.g. `cli-agent`). Ranks are re-numbered 1..N after filtering. Page with `offset` —
        `rank` stays absolute, so the first row of `offset=50` is `rank: 51`.

        Authenticate with any valid OpenRouter API key (same key used for inference).
        Rate-limited to 30 requests/minute per key and 500 requests/day per account.

        When republishing or quoting this dataset, OpenRouter must be cited as:
        "Source: OpenRouter (openrouter.ai/apps), as of {as_of}."

        Token counts come from each upstream provider's own tokenizer, so a token attributed
        to one app is not directly comparable to a token attributed to another app whose
        traffic flows through a different provider.

        Licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/): reuse and republish with attribution to OpenRouter.

        ``GET /datasets/app-rankings`` (operationId ``getAppRankings``).

        Args:
            category (query parameter ``category``): Marketplace category group to filter by (e.g. `coding`). Only apps tagged with a subcategory inside this group are returned. Mutually combinable with `subcategory` — when both are supplied the `subcategory` must belong to the `category` group.
            subcategory (query parameter ``subcategory``): Marketplace subcategory to filter by (e.g. `cli-agent`). Takes precedence over `category` for the actual filter; when `category` is also supplied the pair must be consistent.
            sort (query parameter ``sort``): `popular` ranks apps by total token volume inside the date window. `trending` ranks apps by absolute excess token growth: window volume minus the average volume of the three equal-length periods immediately preceding the window. Apps with no excess growth are omitted from `trending` results. Default: ``'popular'``.
            start_date (query parameter ``start_date``): Start of the date window in YYYY-MM-DD (UTC), inclusive. Defaults to 30 days before `end_date`. The dataset begins at 2025-01-01; earlier values are clamped forward to that floor and the resolved value is echoed in `meta.start_date`.
            end_date (query parameter ``end_date``): End of the date window in YYYY-MM-DD (UTC), inclusive. Defaults to the most recent completed UTC day. Must be on or after 2025-01-01; earlier values are rejected with a 400.
            limit (query parameter ``limit``): Maximum number of apps to return (1-100). Defaults to 50. Default: ``50``.
            offset (query parameter ``offset``): Number of ranked apps to skip before the first returned row (0-100). Defaults to 0. `rank` stays absolute, so the first row of `offset=50` is `rank: 51`. Default: ``0``.

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
            "AppRankingsResponse",
            self._core.call(
                _GET_APP_RANKINGS,
                {
                    "category": category,
                    "subcategory": subcategory,
                    "sort": sort,
                    "start_date": start_date,
                    "end_date": end_date,
                    "limit": limit,
                    "offset": offset,
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

    async def get_app_rankings_async(
        self,
        *,
        category: Literal["coding", "creative", "entertainment", "productivity"]
        | str
        | None = None,
        subcategory: Literal[
            "audio-gen",
            "cli-agent",
            "cloud-agent",
            "creative-writing",
            "game",
            "general-chat",
            "ide-extension",
            "image-gen",
            "legal",
            "native-app-builder",
            "personal-agent",
            "programming-app",
            "roleplay",
            "video-gen",
            "writing-assistant",
        ]
        | str
        | None = None,
        sort: Literal["popular", "trending"] | str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
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
    ) -> AppRankingsResponse:
        """Top apps by token usage

        The async twin of ``get_app_rankings``.

        Returns the top public apps on OpenRouter ranked by token usage inside the requested
        date window, matching the public apps marketplace on openrouter.ai/apps. Token totals
        are `prompt_tokens + completion_tokens`; hidden and private apps are excluded and
        traffic from related app aliases is merged into the canonical visible app.

        `sort=popular` (default) ranks by total token volume inside the window.
        `sort=trending` ranks by absolute excess token growth: window volume minus the average
        volume of the three equal-length periods immediately preceding the window. Apps with
        no excess growth are omitted, so `trending` may return fewer than `limit` rows.

        Filter with `category` (marketplace category group, e.g. `coding`) or `subcategory`
        (e.g. `cli-agent`). Ranks are re-numbered 1..N after filtering. Page with `offset` —
        `rank` stays absolute, so the first row of `offset=50` is `rank: 51`.

        Authenticate with any valid OpenRouter API key (same key used for inference).
        Rate-limited to 30 requests/minute per key and 500 requests/day per account.

        When republishing or quoting this dataset, OpenRouter must be cited as:
        "Source: OpenRouter (openrouter.ai/apps), as of {as_of}."

        Token counts come from each upstream provider's own tokenizer, so a token attributed
        to one app is not directly comparable to a token attributed to another app whose
        traffic flows through a different provider.

        Licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/): reuse and republish with attribution to OpenRouter.

        ``GET /datasets/app-rankings`` (operationId ``getAppRankings``).

        Args:
            category (query parameter ``category``): Marketplace category group to filter by (e.g. `coding`). Only apps tagged with a subcategory inside this group are returned. Mutually combinable with `subcategory` — when both are supplied the `subcategory` must belong to the `category` group.
            subcategory (query parameter ``subcategory``): Marketplace subcategory to filter by (e.g. `cli-agent`). Takes precedence over `category` for the actual filter; when `category` is also supplied the pair must be consistent.
            sort (query parameter ``sort``): `popular` ranks apps by total token volume inside the date window. `trending` ranks apps by absolute excess token growth: window volume minus the average volume of the three equal-length periods immediately preceding the window. Apps with no excess growth are omitted from `trending` results. Default: ``'popular'``.
            start_date (query parameter ``start_date``): Start of the date window in YYYY-MM-DD (UTC), inclusive. Defaults to 30 days before `end_date`. The dataset begins at 2025-01-01; earlier values are clamped forward to that floor and the resolved value is echoed in `meta.start_date`.
            end_date (query parameter ``end_date``): End of the date window in YYYY-MM-DD (UTC), inclusive. Defaults to the most recent completed UTC day. Must be on or after 2025-01-01; earlier values are rejected with a 400.
            limit (query parameter ``limit``): Maximum number of apps to return (1-100). Defaults to 50. Default: ``50``.
            offset (query parameter ``offset``): Number of ranked apps to skip before the first returned row (0-100). Defaults to 0. `rank` stays absolute, so the first row of `offset=50` is `rank: 51`. Default: ``0``.

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
            "AppRankingsResponse",
            await self._core.call_async(
                _GET_APP_RANKINGS,
                {
                    "category": category,
                    "subcategory": subcategory,
                    "sort": sort,
                    "start_date": start_date,
                    "end_date": end_date,
                    "limit": limit,
                    "offset": offset,
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

    def get_rankings_daily(
        self,
        *,
        start_date: str | None = None,
        end_date: str | None = None,
        period: Literal["day", "month", "week"] | str | None = None,
        modality: Literal["audio", "image", "image_output", "text", "tool_calling"]
        | str
        | None = None,
        context_bucket: Literal["100K", "10K", "10M", "1K", "1M"] | str | None = None,
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
        language_type: Literal["natural", "programming"] | str | None = None,
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
    ) -> RankingsDailyResponse:
        """Daily token totals for top 50 models

        Returns the top 50 public models per day by total token usage on OpenRouter, plus a
        single aggregated `other` row per day that sums every model outside that top 50.
        Token totals are `prompt_tokens + completion_tokens`, matching the public rankings
        chart on openrouter.ai/rankings.

        Each row is a distinct `(date, model_permaslug)` pair. The `other` row uses the
        reserved permaslug `other` and is always returned last within its date, so callers
        can compute `top-50 traffic / total daily traffic` without a second request.

        Optional filters slice the dataset. `period` (`day`/`week`/`month`) sets the time
        grain. `modality` and `context_bucket` narrow the exact dataset by output/input
        modality (or tool-calling activity) and request context length. `category` and
        `language_type` instead read a sampled, upsampled dataset whose `total_tokens` are
        weekly-grain estimates — they cannot be combined with each other or with the exact
        filters, and reject `period=day` with a 400.

        Authenticate with any valid OpenRouter API key (same key used for inference).
        Rate-limited to 30 requests/minute per key and 500 requests/day per account.

        When republishing or quoting this dataset, OpenRouter must be cited as:
        "Source: OpenRouter (openrouter.ai/rankings), as of {as_of}."

        Token counts come from each upstream provider's own tokenizer (Anthropic counts
        are as reported by Anthropic, OpenAI counts are as reported by OpenAI, etc.), so
        a token in one row is not directly comparable to a token in another row from a
        different provider.

        Licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/): reuse and republish with attribution to OpenRouter.

        ``GET /datasets/rankings-daily`` (operationId ``getRankingsDaily``).

        Args:
            start_date (query parameter ``start_date``): Start of the date window in YYYY-MM-DD (UTC), inclusive. Defaults to 30 days before `end_date`. The dataset begins at 2025-01-01; earlier values are clamped forward to that floor and the resolved value is echoed in `meta.start_date`.
            end_date (query parameter ``end_date``): End of the date window in YYYY-MM-DD (UTC), inclusive. Defaults to the most recent completed UTC day. Must be on or after 2025-01-01; earlier values are rejected with a 400.
            period (query parameter ``period``): Time grain of each row. `day` (default) returns the per-UTC-day series; `week` buckets by ISO week start; `month` buckets by month start. With `category` or `language_type` only `week` (default) and `month` are available — `day` is rejected with a 400 because those datasets are aggregated weekly. For those sampled datasets `period=month` buckets each week by its week-start month, so totals are approximate at month boundaries.
            modality (query parameter ``modality``): Restrict to models for a modality surface: `text` / `image_output` match output modality, `image` / `audio` match input modality, and `tool_calling` keeps only rows that recorded at least one tool call. Exact dataset — cannot be combined with `category` or `language_type`.
            context_bucket (query parameter ``context_bucket``): Restrict to requests whose context length falls in this bucket (`1K`, `10K`, `100K`, `1M`, or `10M`). Exact dataset — cannot be combined with `category` or `language_type`.
            category (query parameter ``category``): Restrict to a use-case category (e.g. `programming`, `roleplay`). Sourced from a sampled, upsampled dataset, so `total_tokens` is an estimate and is aggregated weekly (the trailing weekly bucket may include traffic past `end_date`). Cannot be combined with `modality`, `context_bucket`, or `language_type`.
            language_type (query parameter ``language_type``): Restrict to natural-language or programming-language tagged activity. Sourced from a sampled, upsampled dataset, so `total_tokens` is an estimate and is aggregated weekly (the trailing weekly bucket may include traffic past `end_date`). Cannot be combined with `modality`, `context_bucket`, or `category`.

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
            "RankingsDailyResponse",
            self._core.call(
                _GET_RANKINGS_DAILY,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "period": period,
                    "modality": modality,
                    "context_bucket": context_bucket,
                    "category": category,
                    "language_type": language_type,
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

    async def get_rankings_daily_async(
        self,
        *,
        start_date: str | None = None,
        end_date: str | None = None,
        period: Literal["day", "month", "week"] | str | None = None,
        modality: Literal["audio", "image", "image_output", "text", "tool_calling"]
        | str
        | None = None,
        context_bucket: Literal["100K", "10K", "10M", "1K", "1M"] | str | None = None,
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
        language_type: Literal["natural", "programming"] | str | None = None,
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
    ) -> RankingsDailyResponse:
        """Daily token totals for top 50 models

        The async twin of ``get_rankings_daily``.

        Returns the top 50 public models per day by total token usage on OpenRouter, plus a
        single aggregated `other` row per day that sums every model outside that top 50.
        Token totals are `prompt_tokens + completion_tokens`, matching the public rankings
        chart on openrouter.ai/rankings.

        Each row is a distinct `(date, model_permaslug)` pair. The `other` row uses the
        reserved permaslug `other` and is always returned last within its date, so callers
        can compute `top-50 traffic / total daily traffic` without a second request.

        Optional filters slice the dataset. `period` (`day`/`week`/`month`) sets the time
        grain. `modality` and `context_bucket` narrow the exact dataset by output/input
        modality (or tool-calling activity) and request context length. `category` and
        `language_type` instead read a sampled, upsampled dataset whose `total_tokens` are
        weekly-grain estimates — they cannot be combined with each other or with the exact
        filters, and reject `period=day` with a 400.

        Authenticate with any valid OpenRouter API key (same key used for inference).
        Rate-limited to 30 requests/minute per key and 500 requests/day per account.

        When republishing or quoting this dataset, OpenRouter must be cited as:
        "Source: OpenRouter (openrouter.ai/rankings), as of {as_of}."

        Token counts come from each upstream provider's own tokenizer (Anthropic counts
        are as reported by Anthropic, OpenAI counts are as reported by OpenAI, etc.), so
        a token in one row is not directly comparable to a token in another row from a
        different provider.

        Licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/): reuse and republish with attribution to OpenRouter.

        ``GET /datasets/rankings-daily`` (operationId ``getRankingsDaily``).

        Args:
            start_date (query parameter ``start_date``): Start of the date window in YYYY-MM-DD (UTC), inclusive. Defaults to 30 days before `end_date`. The dataset begins at 2025-01-01; earlier values are clamped forward to that floor and the resolved value is echoed in `meta.start_date`.
            end_date (query parameter ``end_date``): End of the date window in YYYY-MM-DD (UTC), inclusive. Defaults to the most recent completed UTC day. Must be on or after 2025-01-01; earlier values are rejected with a 400.
            period (query parameter ``period``): Time grain of each row. `day` (default) returns the per-UTC-day series; `week` buckets by ISO week start; `month` buckets by month start. With `category` or `language_type` only `week` (default) and `month` are available — `day` is rejected with a 400 because those datasets are aggregated weekly. For those sampled datasets `period=month` buckets each week by its week-start month, so totals are approximate at month boundaries.
            modality (query parameter ``modality``): Restrict to models for a modality surface: `text` / `image_output` match output modality, `image` / `audio` match input modality, and `tool_calling` keeps only rows that recorded at least one tool call. Exact dataset — cannot be combined with `category` or `language_type`.
            context_bucket (query parameter ``context_bucket``): Restrict to requests whose context length falls in this bucket (`1K`, `10K`, `100K`, `1M`, or `10M`). Exact dataset — cannot be combined with `category` or `language_type`.
            category (query parameter ``category``): Restrict to a use-case category (e.g. `programming`, `roleplay`). Sourced from a sampled, upsampled dataset, so `total_tokens` is an estimate and is aggregated weekly (the trailing weekly bucket may include traffic past `end_date`). Cannot be combined with `modality`, `context_bucket`, or `language_type`.
            language_type (query parameter ``language_type``): Restrict to natural-language or programming-language tagged activity. Sourced from a sampled, upsampled dataset, so `total_tokens` is an estimate and is aggregated weekly (the trailing weekly bucket may include traffic past `end_date`). Cannot be combined with `modality`, `context_bucket`, or `category`.

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
            "RankingsDailyResponse",
            await self._core.call_async(
                _GET_RANKINGS_DAILY,
                {
                    "start_date": start_date,
                    "end_date": end_date,
                    "period": period,
                    "modality": modality,
                    "context_bucket": context_bucket,
                    "category": category,
                    "language_type": language_type,
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

    def get_session_cost(
        self,
        *,
        app_slug: str | None = None,
        model: str | None = None,
        turn_range: Literal["1-turn", "10-49-turns", "2-9-turns", "50-plus-turns"]
        | str
        | None = None,
        limit: int | None = None,
        offset: int | None = None,
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
    ) -> SessionCostResponse:
        """Cost per session by harness and model

        Returns weekly refreshed, aggregated cost-per-session cells for the published harnesses.
        Sessions are never pooled across apps. Medians are of per-session USD spend, and
        privacy-preserving aggregation never exposes clerk_user_id values or per-session rows.

        Filter by `app_slug`, `model`, or `turn_range`. Filtering by `model` alone works across apps
        for harness-vs-harness comparison at a fixed model. Results refresh weekly and include the source snapshot
        window in `meta`.

        Licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/): reuse and republish with attribution to OpenRouter.

        ``GET /datasets/session-cost`` (operationId ``getSessionCost``).

        Args:
            app_slug (query parameter ``app_slug``): Filter to one published harness slug.
            model (query parameter ``model``): Exact model permaslug filter. Works across all harness apps.
            turn_range (query parameter ``turn_range``): Filter by the inclusive number of turns in a session.
            limit (query parameter ``limit``): Maximum number of cells to return (1-500). Defaults to 100. Default: ``100``.
            offset (query parameter ``offset``): Number of sorted cells to skip (0-5000). Defaults to 0. Default: ``0``.

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
            "SessionCostResponse",
            self._core.call(
                _GET_SESSION_COST,
                {
                    "app_slug": app_slug,
                    "model": model,
                    "turn_range": turn_range,
                    "limit": limit,
                    "offset": offset,
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

    async def get_session_cost_async(
        self,
        *,
        app_slug: str | None = None,
        model: str | None = None,
        turn_range: Literal["1-turn", "10-49-turns", "2-9-turns", "50-plus-turns"]
        | str
        | None = None,
        limit: int | None = None,
        offset: int | None = None,
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
    ) -> SessionCostResponse:
        """Cost per session by harness and model

        The async twin of ``get_session_cost``.

        Returns weekly refreshed, aggregated cost-per-session cells for the published harnesses.
        Sessions are never pooled across apps. Medians are of per-session USD spend, and
        privacy-preserving aggregation never exposes clerk_user_id values or per-session rows.

        Filter by `app_slug`, `model`, or `turn_range`. Filtering by `model` alone works across apps
        for harness-vs-harness comparison at a fixed model. Results refresh weekly and include the source snapshot
        window in `meta`.

        Licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/): reuse and republish with attribution to OpenRouter.

        ``GET /datasets/session-cost`` (operationId ``getSessionCost``).

        Args:
            app_slug (query parameter ``app_slug``): Filter to one published harness slug.
            model (query parameter ``model``): Exact model permaslug filter. Works across all harness apps.
            turn_range (query parameter ``turn_range``): Filter by the inclusive number of turns in a session.
            limit (query parameter ``limit``): Maximum number of cells to return (1-500). Defaults to 100. Default: ``100``.
            offset (query parameter ``offset``): Number of sorted cells to skip (0-5000). Defaults to 0. Default: ``0``.

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
            "SessionCostResponse",
            await self._core.call_async(
                _GET_SESSION_COST,
                {
                    "app_slug": app_slug,
                    "model": model,
                    "turn_range": turn_range,
                    "limit": limit,
                    "offset": offset,
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


class DatasetsWithRawResponse:
    """``client.datasets.with_raw_response``: the operations of ``Datasets``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``get_app_rankings``, ``get_rankings_daily``, ``get_session_cost`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = Datasets(core)
        self.get_app_rankings = raw_response(operations.get_app_rankings)
        self.get_app_rankings_async = raw_response_async(
            operations.get_app_rankings_async
        )
        self.get_rankings_daily = raw_response(operations.get_rankings_daily)
        self.get_rankings_daily_async = raw_response_async(
            operations.get_rankings_daily_async
        )
        self.get_session_cost = raw_response(operations.get_session_cost)
        self.get_session_cost_async = raw_response_async(
            operations.get_session_cost_async
        )
