from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.anthropic_file_list import AnthropicFileList
from ...models.file_provider import FileProvider
from ...models.list_files_order import ListFilesOrder
from ...models.open_ai_file_list import OpenAIFileList
from ...models.open_router_file_list import OpenRouterFileList
from ...types import UNSET, Unset, union_field as _union_field

if TYPE_CHECKING:
    from ...models.bad_gateway_response import BadGatewayResponse
    from ...models.bad_request_response import BadRequestResponse
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.service_unavailable_response import ServiceUnavailableResponse
    from ...models.too_many_requests_response import TooManyRequestsResponse
    from ...models.unauthorized_response import UnauthorizedResponse


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    provider: FileProvider | Unset = UNSET,
    after: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    order: ListFilesOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["workspace_id"] = workspace_id

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider

    params["provider"] = json_provider

    params["after"] = after

    params["after_id"] = after_id

    params["before_id"] = before_id

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/files",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AnthropicFileList
    | OpenAIFileList
    | OpenRouterFileList
    | BadGatewayResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = _union_field(
            (
                ("OpenRouterFileList", OpenRouterFileList),
                ("OpenAIFileList", OpenAIFileList),
                ("AnthropicFileList", AnthropicFileList),
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

    if response.status_code == 400:
        from ...models.bad_request_response import BadRequestResponse

        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        from ...models.unauthorized_response import UnauthorizedResponse

        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        from ...models.forbidden_response import ForbiddenResponse

        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

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
