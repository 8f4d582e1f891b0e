from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.delete_scim_group_mapping_keep_members_type_0 import DeleteScimGroupMappingKeepMembersType0
from ...models.delete_scim_group_mapping_response import DeleteScimGroupMappingResponse
from ...types import UNSET

if TYPE_CHECKING:
    from ...models.bad_request_response import BadRequestResponse
    from ...models.internal_server_response import InternalServerResponse
    from ...models.not_found_response import NotFoundResponse
    from ...models.unauthorized_response import UnauthorizedResponse


def _get_kwargs(
    id: str,
    *,
    keep_members: bool | DeleteScimGroupMappingKeepMembersType0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_keep_members: bool | str
    if isinstance(keep_members, str):
        json_keep_members = keep_members
    else:
        json_keep_members = keep_members
    params["keep_members"] = json_keep_members

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/scim/group-mappings/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResponse
    | DeleteScimGroupMappingResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = DeleteScimGroupMappingResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        from ...models.bad_request_response import BadRequestResponse

        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        from ...models.unauthorized_response import UnauthorizedResponse

        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        from ...models.not_found_response import NotFoundResponse

        response_404 = NotFoundResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        from ...models.internal_server_response import InternalServerResponse

        response_500 = InternalServerResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None
