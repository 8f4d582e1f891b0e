from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.create_keys_body_limit_reset_type_1 import (
    CreateKeysBodyLimitResetType1,
    check_create_keys_body_limit_reset_type_1,
)
from ..models.create_keys_body_limit_reset_type_2_type_1 import (
    CreateKeysBodyLimitResetType2Type1,
    check_create_keys_body_limit_reset_type_2_type_1,
)
from ..models.create_keys_body_limit_reset_type_3_type_1 import (
    CreateKeysBodyLimitResetType3Type1,
    check_create_keys_body_limit_reset_type_3_type_1,
)
from ..types import (
    UNSET,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    parse_datetime,
    union_field as _union_field,
)


@_attrs_define(repr=False, eq=False)
class CreateKeysBody(_ModelBase):
    """
    Example:
        {'expires_at': '2027-12-31T23:59:59Z', 'include_byok_in_limit': True, 'limit': 50, 'limit_reset': 'monthly',
            'name': 'My New API Key'}

    Attributes:
        name (str): Name for the new API key Example: My New API Key.
        creator_user_id (None | str | Unset): Optional user ID of the key creator. Only meaningful for organization-
            owned keys where a specific member is creating the key. Example: user_2dHFtVWx2n56w6HkM0000000000.
        expires_at (datetime.datetime | None | Unset): Optional ISO 8601 UTC timestamp when the API key should expire.
            Must be UTC, other timezones will be rejected Example: 2027-12-31T23:59:59Z.
        include_byok_in_limit (bool | Unset): Whether to include BYOK usage in the limit Example: True.
        limit (float | None | Unset): Optional spending limit for the API key in USD Example: 50.
        limit_reset (CreateKeysBodyLimitResetType1 | CreateKeysBodyLimitResetType2Type1 |
            CreateKeysBodyLimitResetType3Type1 | None | Unset): Type of limit reset for the API key (daily, weekly, monthly,
            or null for no reset). Resets happen automatically at midnight UTC, and weeks are Monday through Sunday.
            Example: monthly.
        workspace_id (str | Unset): The workspace to create the API key in. Defaults to the default workspace if not
            provided. Example: 0df9e665-d932-5740-b2c7-b52af166bc11.
    """

    name: str
    creator_user_id: None | str | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    include_byok_in_limit: bool | Unset = UNSET
    limit: float | None | Unset = UNSET
    limit_reset: (
        CreateKeysBodyLimitResetType1
        | CreateKeysBodyLimitResetType2Type1
        | CreateKeysBodyLimitResetType3Type1
        | None
        | Unset
    ) = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = ("name",)
    _optional_ = (
        (
            "creator_user_id",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        (
            "expires_at",
            _union_field(
                (("datetime.datetime", _guarded((str,), parse_datetime)),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
        "include_byok_in_limit",
        (
            "limit",
            _union_field(
                (),
                plain=(
                    float,
                    int,
                    _NoneType,
                ),
                skip=(
                    float,
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "limit_reset",
            _union_field(
                (
                    ("CreateKeysBodyLimitResetType1", _guarded((str,), check_create_keys_body_limit_reset_type_1)),
                    (
                        "CreateKeysBodyLimitResetType2Type1",
                        _guarded((str,), check_create_keys_body_limit_reset_type_2_type_1),
                    ),
                    (
                        "CreateKeysBodyLimitResetType3Type1",
                        _guarded((str,), check_create_keys_body_limit_reset_type_3_type_1),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        "workspace_id",
    )
