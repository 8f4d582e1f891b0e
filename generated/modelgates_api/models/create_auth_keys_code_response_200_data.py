from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


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

    _required_ = (
        "app_id",
        "created_at",
        "id",
    )
