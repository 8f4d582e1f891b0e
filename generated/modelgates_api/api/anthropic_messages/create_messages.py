from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.messages_request import MessagesRequest
from ...models.messages_result import MessagesResult
from ...models.metadata_level import MetadataLevel
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.anthropic_messages_error_response import AnthropicMessagesErrorResponse


def _get_kwargs(
    *,
    body: MessagesRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_open_router_metadata, Unset):
        headers["X-OpenRouter-Metadata"] = str(x_open_router_metadata)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messages",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnthropicMessagesErrorResponse | MessagesResult | None:
    if response.status_code == 200:
        response_200 = MessagesResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        from ...models.anthropic_messages_error_response import AnthropicMessagesErrorResponse

        response_400 = AnthropicMessagesErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        from ...models.anthropic_messages_error_response import AnthropicMessagesErrorResponse

        response_401 = AnthropicMessagesErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        from ...models.anthropic_messages_error_response import AnthropicMessagesErrorResponse

        response_403 = AnthropicMessagesErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        from ...models.anthropic_messages_error_response import AnthropicMessagesErrorResponse

        response_404 = AnthropicMessagesErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        from ...models.anthropic_messages_error_response import AnthropicMessagesErrorResponse

        response_429 = AnthropicMessagesErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        from ...models.anthropic_messages_error_response import AnthropicMessagesErrorResponse

        response_500 = AnthropicMessagesErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        from ...models.anthropic_messages_error_response import AnthropicMessagesErrorResponse

        response_503 = AnthropicMessagesErrorResponse.from_dict(response.json())

        return response_503

    if response.status_code == 529:
        from ...models.anthropic_messages_error_response import AnthropicMessagesErrorResponse

        response_529 = AnthropicMessagesErrorResponse.from_dict(response.json())

        return response_529

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None
