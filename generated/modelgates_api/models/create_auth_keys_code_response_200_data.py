from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class CreateAuthKeysCodeResponse200Data(_ModelBase):
    """Auth code data

    Example:
        {'app_id': 12345, 'created_at': '2025-08-24T10:30:00Z', 'id': 'auth_code_xyz789'}

    Attributes:
        app_id (int): The application ID associated with this auth code Example: 12345.
        created_at (str): ISO 8601 timestamp of when the auth code was created Example: 2025-08-24T10:30:00Z.
        id (str): The authorization code ID to use in the exchange request Example: auth_code_xyz789.
    """

    app_id: int
    created_at: str
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "app_id",
        "created_at",
        "id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "app_id"
            app_id = d.pop("app_id")

            _at_field_ = "created_at"
            created_at = d.pop("created_at")

            _at_field_ = "id"
            id = d.pop("id")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_auth_keys_code_response_200_data = cls(
            app_id=app_id,
            created_at=created_at,
            id=id,
        )

        create_auth_keys_code_response_200_data.additional_properties = d
        return create_auth_keys_code_response_200_data
