from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from ... import errors

if TYPE_CHECKING:
    from ...models.gone_response import GoneResponse


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/credits/coinbase",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | GoneResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 410:
        from ...models.gone_response import GoneResponse

        response_410 = GoneResponse.from_dict(response.json())

        return response_410

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None
