from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.anthropic_file_deleted import AnthropicFileDeleted
from ...models.file_provider import FileProvider
from ...models.open_ai_file_deleted import OpenAIFileDeleted
from ...models.open_router_file_deleted import OpenRouterFileDeleted
from ...types import UNSET, Unset, union_field as _union_field

if TYPE_CHECKING:
    from ...models.bad_gateway_response import BadGatewayResponse
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.service_unavailable_response import ServiceUnavailableResponse
    from ...models.too_many_requests_response import TooManyRequestsResponse
    from ...models.unauthorized_response import UnauthorizedResponse


def _get_kwargs(
    file_id: str,
    *,
    workspace_id: str | Unset = UNSET,
    provider: FileProvider | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspace_id"] = workspace_id

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider

    params["provider"] = json_provider

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/files/{file_id}".format(
            file_id=quote(str(file_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AnthropicFileDeleted
    | OpenAIFileDeleted
    | OpenRouterFileDeleted
    | BadGatewayResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = _union_field(
            (
                ("OpenRouterFileDeleted", OpenRouterFileDeleted),
                ("OpenAIFileDeleted", OpenAIFileDeleted),
                ("AnthropicFileDeleted", AnthropicFileDeleted),
            ),
            tag=(
                "_shape",
                (
                    "openrouter",
                    "openai",
                    "anthropic",
                ),
            ),
        )(response.json())

        return response_200

    if response.status_code == 401:
        from ...models.unauthorized_response import UnauthorizedResponse

        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        from ...models.forbidden_response import ForbiddenResponse

        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        from ...models.not_found_response import NotFoundResponse

        response_404 = NotFoundResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        from ...models.too_many_requests_response import TooManyRequestsResponse

        response_429 = TooManyRequestsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        from ...models.internal_server_response import InternalServerResponse

        response_500 = InternalServerResponse.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        from ...models.bad_gateway_response import BadGatewayResponse

        response_502 = BadGatewayResponse.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        from ...models.service_unavailable_response import ServiceUnavailableResponse

        response_503 = ServiceUnavailableResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None
