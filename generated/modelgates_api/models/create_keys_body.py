from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field, parse_datetime
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "name",
        "creator_user_id",
        "expires_at",
        "include_byok_in_limit",
        "limit",
        "limit_reset",
        "workspace_id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "creator_user_id"
            creator_user_id = d.pop("creator_user_id", UNSET)
            if not isinstance(creator_user_id, (str, _NoneType, Unset)):
                creator_user_id = _parse_union(
                    creator_user_id,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "expires_at"
            expires_at = d.pop("expires_at", UNSET)
            if not isinstance(expires_at, (_NoneType, Unset)):

                def _expires_at_member_0(data: object) -> datetime.datetime:
                    if not isinstance(data, str):
                        raise TypeError()
                    expires_at_type_0 = parse_datetime(data)

                    return expires_at_type_0

                expires_at = _parse_union(
                    expires_at,
                    (("datetime.datetime", _expires_at_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "include_byok_in_limit"
            include_byok_in_limit = d.pop("include_byok_in_limit", UNSET)

            _at_field_ = "limit"
            limit = d.pop("limit", UNSET)
            if not isinstance(limit, (float, int, _NoneType, Unset)):
                limit = _parse_union(
                    limit,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "limit_reset"
            limit_reset = d.pop("limit_reset", UNSET)
            if not isinstance(limit_reset, (_NoneType, Unset)):

                def _limit_reset_member_1(data: object) -> CreateKeysBodyLimitResetType1:
                    if not isinstance(data, str):
                        raise TypeError()
                    limit_reset_type_1 = check_create_keys_body_limit_reset_type_1(data)

                    return limit_reset_type_1

                def _limit_reset_member_2(data: object) -> CreateKeysBodyLimitResetType2Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    limit_reset_type_2_type_1 = check_create_keys_body_limit_reset_type_2_type_1(data)

                    return limit_reset_type_2_type_1

                def _limit_reset_member_3(data: object) -> CreateKeysBodyLimitResetType3Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    limit_reset_type_3_type_1 = check_create_keys_body_limit_reset_type_3_type_1(data)

                    return limit_reset_type_3_type_1

                limit_reset = _parse_union(
                    limit_reset,
                    (
                        ("CreateKeysBodyLimitResetType1", _limit_reset_member_1),
                        ("CreateKeysBodyLimitResetType2Type1", _limit_reset_member_2),
                        ("CreateKeysBodyLimitResetType3Type1", _limit_reset_member_3),
                    ),
                    plain=(_NoneType,),
                )

            _at_field_ = "workspace_id"
            workspace_id = d.pop("workspace_id", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_keys_body = cls(
            name=name,
            creator_user_id=creator_user_id,
            expires_at=expires_at,
            include_byok_in_limit=include_byok_in_limit,
            limit=limit,
            limit_reset=limit_reset,
            workspace_id=workspace_id,
        )

        create_keys_body.additional_properties = d
        return create_keys_body
