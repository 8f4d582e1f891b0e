from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.metadata_level import MetadataLevel
from ...models.open_responses_result import OpenResponsesResult
from ...models.responses_request import ResponsesRequest
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...models.bad_gateway_response import BadGatewayResponse
    from ...models.bad_request_response import BadRequestResponse
    from ...models.edge_network_timeout_response import EdgeNetworkTimeoutResponse
    from ...models.forbidden_response import ForbiddenResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.payload_too_large_response import PayloadTooLargeResponse
    from ...models.payment_required_response import PaymentRequiredResponse
    from ...models.provider_overloaded_response import ProviderOverloadedResponse
    from ...models.request_timeout_response import RequestTimeoutResponse
    from ...models.service_unavailable_response import ServiceUnavailableResponse
    from ...models.too_many_requests_response import TooManyRequestsResponse
    from ...models.unauthorized_response import UnauthorizedResponse
    from ...models.unprocessable_entity_response import UnprocessableEntityResponse


def _get_kwargs(
    *,
    body: ResponsesRequest,
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_open_router_metadata, Unset):
        headers["X-OpenRouter-Metadata"] = str(x_open_router_metadata)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/responses",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadGatewayResponse
    | BadRequestResponse
    | EdgeNetworkTimeoutResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | OpenResponsesResult
    | PayloadTooLargeResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
    | RequestTimeoutResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UnprocessableEntityResponse
    | None
):
    if response.status_code == 200:
        response_200 = OpenResponsesResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        from ...models.bad_request_response import BadRequestResponse

        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        from ...models.unauthorized_response import UnauthorizedResponse

        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        from ...models.payment_required_response import PaymentRequiredResponse

        response_402 = PaymentRequiredResponse.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        from ...models.forbidden_response import ForbiddenResponse

        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        from ...models.not_found_response import NotFoundResponse

        response_404 = NotFoundResponse.from_dict(response.json())

        return response_404

    if response.status_code == 408:
        from ...models.request_timeout_response import RequestTimeoutResponse

        response_408 = RequestTimeoutResponse.from_dict(response.json())

        return response_408

    if response.status_code == 413:
        from ...models.payload_too_large_response import PayloadTooLargeResponse

        response_413 = PayloadTooLargeResponse.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        from ...models.unprocessable_entity_response import UnprocessableEntityResponse

        response_422 = UnprocessableEntityResponse.from_dict(response.json())

        return response_422

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

    if response.status_code == 524:
        from ...models.edge_network_timeout_response import EdgeNetworkTimeoutResponse

        response_524 = EdgeNetworkTimeoutResponse.from_dict(response.json())

        return response_524

    if response.status_code == 529:
        from ...models.provider_overloaded_response import ProviderOverloadedResponse

        response_529 = ProviderOverloadedResponse.from_dict(response.json())

        return response_529

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None
