from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field, parse_datetime
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class UpdateKeysResponse200Data(_ModelBase):
    """The updated API key information

    Example:
        {'byok_usage': 17.38, 'byok_usage_daily': 17.38, 'byok_usage_monthly': 17.38, 'byok_usage_weekly': 17.38,
            'created_at': '2025-08-24T10:30:00Z', 'creator_user_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'disabled': False,
            'expires_at': '2027-12-31T23:59:59Z', 'hash':
            'f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943', 'include_byok_in_limit': False, 'label':
            'sk-or-v1-0e6...1c96', 'limit': 100, 'limit_remaining': 74.5, 'limit_reset': 'monthly', 'name': 'My Production
            Key', 'updated_at': '2025-08-24T15:45:00Z', 'usage': 25.5, 'usage_daily': 25.5, 'usage_monthly': 25.5,
            'usage_weekly': 25.5, 'workspace_id': '0df9e665-d932-5740-b2c7-b52af166bc11'}

    Attributes:
        byok_usage (float): Total external BYOK usage (in USD) for the API key Example: 17.38.
        byok_usage_daily (float): External BYOK usage (in USD) for the current UTC day Example: 17.38.
        byok_usage_monthly (float): External BYOK usage (in USD) for current UTC month Example: 17.38.
        byok_usage_weekly (float): External BYOK usage (in USD) for the current UTC week (Monday-Sunday) Example: 17.38.
        created_at (str): ISO 8601 timestamp of when the API key was created Example: 2025-08-24T10:30:00Z.
        creator_user_id (None | str): The user ID of the key creator. For organization-owned keys, this is the member
            who created the key. For individual users, this is the user's own ID. Example: user_2dHFtVWx2n56w6HkM0000000000.
        disabled (bool): Whether the API key is disabled Example: False.
        hash_ (str): Unique hash identifier for the API key Example:
            f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943.
        include_byok_in_limit (bool): Whether to include external BYOK usage in the credit limit Example: False.
        label (str): Human-readable label for the API key Example: sk-or-v1-0e6...1c96.
        limit (float | None): Spending limit for the API key in USD Example: 100.
        limit_remaining (float | None): Remaining spending limit in USD Example: 74.5.
        limit_reset (None | str): Type of limit reset for the API key Example: monthly.
        name (str): Name of the API key Example: My Production Key.
        updated_at (None | str): ISO 8601 timestamp of when the API key was last updated Example: 2025-08-24T15:45:00Z.
        usage (float): Total OpenRouter credit usage (in USD) for the API key Example: 25.5.
        usage_daily (float): OpenRouter credit usage (in USD) for the current UTC day Example: 25.5.
        usage_monthly (float): OpenRouter credit usage (in USD) for the current UTC month Example: 25.5.
        usage_weekly (float): OpenRouter credit usage (in USD) for the current UTC week (Monday-Sunday) Example: 25.5.
        workspace_id (str): The workspace ID this API key belongs to. Example: 0df9e665-d932-5740-b2c7-b52af166bc11.
        expires_at (datetime.datetime | None | Unset): ISO 8601 UTC timestamp when the API key expires, or null if no
            expiration Example: 2027-12-31T23:59:59Z.
    """

    byok_usage: float
    byok_usage_daily: float
    byok_usage_monthly: float
    byok_usage_weekly: float
    created_at: str
    creator_user_id: None | str
    disabled: bool
    hash_: str
    include_byok_in_limit: bool
    label: str
    limit: float | None
    limit_remaining: float | None
    limit_reset: None | str
    name: str
    updated_at: None | str
    usage: float
    usage_daily: float
    usage_monthly: float
    usage_weekly: float
    workspace_id: str
    expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "byok_usage",
        "byok_usage_daily",
        "byok_usage_monthly",
        "byok_usage_weekly",
        "created_at",
        "creator_user_id",
        "disabled",
        ("hash_", "hash"),
        "include_byok_in_limit",
        "label",
        "limit",
        "limit_remaining",
        "limit_reset",
        "name",
        "updated_at",
        "usage",
        "usage_daily",
        "usage_monthly",
        "usage_weekly",
        "workspace_id",
        "expires_at",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "byok_usage"
            byok_usage = d.pop("byok_usage")

            _at_field_ = "byok_usage_daily"
            byok_usage_daily = d.pop("byok_usage_daily")

            _at_field_ = "byok_usage_monthly"
            byok_usage_monthly = d.pop("byok_usage_monthly")

            _at_field_ = "byok_usage_weekly"
            byok_usage_weekly = d.pop("byok_usage_weekly")

            _at_field_ = "created_at"
            created_at = d.pop("created_at")

            _at_field_ = "creator_user_id"
            creator_user_id = d.pop("creator_user_id")
            if not isinstance(creator_user_id, (str, _NoneType)):
                creator_user_id = _parse_union(
                    creator_user_id,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "disabled"
            disabled = d.pop("disabled")

            _at_field_ = "hash"
            hash_ = d.pop("hash")

            _at_field_ = "include_byok_in_limit"
            include_byok_in_limit = d.pop("include_byok_in_limit")

            _at_field_ = "label"
            label = d.pop("label")

            _at_field_ = "limit"
            limit = d.pop("limit")
            if not isinstance(limit, (float, int, _NoneType)):
                limit = _parse_union(
                    limit,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "limit_remaining"
            limit_remaining = d.pop("limit_remaining")
            if not isinstance(limit_remaining, (float, int, _NoneType)):
                limit_remaining = _parse_union(
                    limit_remaining,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "limit_reset"
            limit_reset = d.pop("limit_reset")
            if not isinstance(limit_reset, (str, _NoneType)):
                limit_reset = _parse_union(
                    limit_reset,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "updated_at"
            updated_at = d.pop("updated_at")
            if not isinstance(updated_at, (str, _NoneType)):
                updated_at = _parse_union(
                    updated_at,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "usage"
            usage = d.pop("usage")

            _at_field_ = "usage_daily"
            usage_daily = d.pop("usage_daily")

            _at_field_ = "usage_monthly"
            usage_monthly = d.pop("usage_monthly")

            _at_field_ = "usage_weekly"
            usage_weekly = d.pop("usage_weekly")

            _at_field_ = "workspace_id"
            workspace_id = d.pop("workspace_id")

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

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        update_keys_response_200_data = cls(
            byok_usage=byok_usage,
            byok_usage_daily=byok_usage_daily,
            byok_usage_monthly=byok_usage_monthly,
            byok_usage_weekly=byok_usage_weekly,
            created_at=created_at,
            creator_user_id=creator_user_id,
            disabled=disabled,
            hash_=hash_,
            include_byok_in_limit=include_byok_in_limit,
            label=label,
            limit=limit,
            limit_remaining=limit_remaining,
            limit_reset=limit_reset,
            name=name,
            updated_at=updated_at,
            usage=usage,
            usage_daily=usage_daily,
            usage_monthly=usage_monthly,
            usage_weekly=usage_weekly,
            workspace_id=workspace_id,
            expires_at=expires_at,
        )

        update_keys_response_200_data.additional_properties = d
        return update_keys_response_200_data
