from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_session_cost_turn_range import (
    GetSessionCostTurnRange,
)
from ...models.session_cost_response import SessionCostResponse
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.bad_request_response import BadRequestResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.too_many_requests_response import TooManyRequestsResponse
    from ...models.unauthorized_response import UnauthorizedResponse


def _get_kwargs(
    *,
    app_slug: str | Unset = UNSET,
    model: str | Unset = UNSET,
    turn_range: GetSessionCostTurnRange | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | None | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["app_slug"] = app_slug

    params["model"] = model

    json_turn_range: str | Unset = UNSET
    if not isinstance(turn_range, Unset):
        json_turn_range = turn_range

    params["turn_range"] = json_turn_range

    params["limit"] = limit

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datasets/session-cost",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | InternalServerResponse
    | SessionCostResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = SessionCostResponse.from_dict(response.json())

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
    | SessionCostResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
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
    app_slug: str | Unset = UNSET,
    model: str | Unset = UNSET,
    turn_range: GetSessionCostTurnRange | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | None | Unset = 0,
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | SessionCostResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """Cost per session by harness and model

     Returns weekly refreshed, aggregated cost-per-session cells for the published harnesses.
    Sessions are never pooled across apps. Medians are of per-session USD spend, and
    privacy-preserving aggregation never exposes clerk_user_id values or per-session rows.

    Filter by `app_slug`, `model`, or `turn_range`. Filtering by `model` alone works across apps
    for harness-vs-harness comparison at a fixed model. Results refresh weekly and include the source
    snapshot
    window in `meta`.

    Licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/): reuse and republish with
    attribution to OpenRouter.

    Args:
        app_slug (str | Unset): Filter to one published harness slug. Example: hermes-agent.
        model (str | Unset): Exact model permaslug filter. Works across all harness apps. Example:
            anthropic/claude-4.8-opus.
        turn_range (GetSessionCostTurnRange | Unset): Filter by the inclusive number of turns in a
            session. Example: 10-49-turns.
        limit (int | Unset): Maximum number of cells to return (1-500). Defaults to 100. Default:
            100. Example: 100.
        offset (int | None | Unset): Number of sorted cells to skip (0-5000). Defaults to 0.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | SessionCostResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        app_slug=app_slug,
        model=model,
        turn_range=turn_range,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    app_slug: str | Unset = UNSET,
    model: str | Unset = UNSET,
    turn_range: GetSessionCostTurnRange | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | None | Unset = 0,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | SessionCostResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Cost per session by harness and model

     Returns weekly refreshed, aggregated cost-per-session cells for the published harnesses.
    Sessions are never pooled across apps. Medians are of per-session USD spend, and
    privacy-preserving aggregation never exposes clerk_user_id values or per-session rows.

    Filter by `app_slug`, `model`, or `turn_range`. Filtering by `model` alone works across apps
    for harness-vs-harness comparison at a fixed model. Results refresh weekly and include the source
    snapshot
    window in `meta`.

    Licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/): reuse and republish with
    attribution to OpenRouter.

    Args:
        app_slug (str | Unset): Filter to one published harness slug. Example: hermes-agent.
        model (str | Unset): Exact model permaslug filter. Works across all harness apps. Example:
            anthropic/claude-4.8-opus.
        turn_range (GetSessionCostTurnRange | Unset): Filter by the inclusive number of turns in a
            session. Example: 10-49-turns.
        limit (int | Unset): Maximum number of cells to return (1-500). Defaults to 100. Default:
            100. Example: 100.
        offset (int | None | Unset): Number of sorted cells to skip (0-5000). Defaults to 0.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | SessionCostResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        app_slug=app_slug,
        model=model,
        turn_range=turn_range,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    app_slug: str | Unset = UNSET,
    model: str | Unset = UNSET,
    turn_range: GetSessionCostTurnRange | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | None | Unset = 0,
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | SessionCostResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """Cost per session by harness and model

     Returns weekly refreshed, aggregated cost-per-session cells for the published harnesses.
    Sessions are never pooled across apps. Medians are of per-session USD spend, and
    privacy-preserving aggregation never exposes clerk_user_id values or per-session rows.

    Filter by `app_slug`, `model`, or `turn_range`. Filtering by `model` alone works across apps
    for harness-vs-harness comparison at a fixed model. Results refresh weekly and include the source
    snapshot
    window in `meta`.

    Licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/): reuse and republish with
    attribution to OpenRouter.

    Args:
        app_slug (str | Unset): Filter to one published harness slug. Example: hermes-agent.
        model (str | Unset): Exact model permaslug filter. Works across all harness apps. Example:
            anthropic/claude-4.8-opus.
        turn_range (GetSessionCostTurnRange | Unset): Filter by the inclusive number of turns in a
            session. Example: 10-49-turns.
        limit (int | Unset): Maximum number of cells to return (1-500). Defaults to 100. Default:
            100. Example: 100.
        offset (int | None | Unset): Number of sorted cells to skip (0-5000). Defaults to 0.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | SessionCostResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = _get_kwargs(
        app_slug=app_slug,
        model=model,
        turn_range=turn_range,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    app_slug: str | Unset = UNSET,
    model: str | Unset = UNSET,
    turn_range: GetSessionCostTurnRange | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | None | Unset = 0,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | SessionCostResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Cost per session by harness and model

     Returns weekly refreshed, aggregated cost-per-session cells for the published harnesses.
    Sessions are never pooled across apps. Medians are of per-session USD spend, and
    privacy-preserving aggregation never exposes clerk_user_id values or per-session rows.

    Filter by `app_slug`, `model`, or `turn_range`. Filtering by `model` alone works across apps
    for harness-vs-harness comparison at a fixed model. Results refresh weekly and include the source
    snapshot
    window in `meta`.

    Licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/): reuse and republish with
    attribution to OpenRouter.

    Args:
        app_slug (str | Unset): Filter to one published harness slug. Example: hermes-agent.
        model (str | Unset): Exact model permaslug filter. Works across all harness apps. Example:
            anthropic/claude-4.8-opus.
        turn_range (GetSessionCostTurnRange | Unset): Filter by the inclusive number of turns in a
            session. Example: 10-49-turns.
        limit (int | Unset): Maximum number of cells to return (1-500). Defaults to 100. Default:
            100. Example: 100.
        offset (int | None | Unset): Number of sorted cells to skip (0-5000). Defaults to 0.
            Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | SessionCostResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            app_slug=app_slug,
            model=model,
            turn_range=turn_range,
            limit=limit,
            offset=offset,
        )
    ).parsed
