from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field, parse_datetime
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.get_current_key_response_200_data_rate_limit import GetCurrentKeyResponse200DataRateLimit


@_attrs_define(repr=False, eq=False)
class GetCurrentKeyResponse200Data(_ModelBase):
    """Current API key information

    Example:
        {'byok_usage': 17.38, 'byok_usage_daily': 17.38, 'byok_usage_monthly': 17.38, 'byok_usage_weekly': 17.38,
            'creator_user_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'expires_at': '2027-12-31T23:59:59Z',
            'include_byok_in_limit': False, 'is_free_tier': False, 'is_management_key': False, 'is_provisioning_key': False,
            'label': 'sk-or-v1-au7...890', 'limit': 100, 'limit_remaining': 74.5, 'limit_reset': 'monthly', 'rate_limit':
            {'interval': '1h', 'note': 'This field is deprecated and safe to ignore.', 'requests': 1000}, 'usage': 25.5,
            'usage_daily': 25.5, 'usage_monthly': 25.5, 'usage_weekly': 25.5}

    Attributes:
        byok_usage (float): Total external BYOK usage (in USD) for the API key Example: 17.38.
        byok_usage_daily (float): External BYOK usage (in USD) for the current UTC day Example: 17.38.
        byok_usage_monthly (float): External BYOK usage (in USD) for current UTC month Example: 17.38.
        byok_usage_weekly (float): External BYOK usage (in USD) for the current UTC week (Monday-Sunday) Example: 17.38.
        creator_user_id (None | str): The user ID of the key creator. For organization-owned keys, this is the member
            who created the key. For individual users, this is the user's own ID. Example: user_2dHFtVWx2n56w6HkM0000000000.
        include_byok_in_limit (bool): Whether to include external BYOK usage in the credit limit Example: False.
        is_free_tier (bool): Whether this is a free tier API key Example: False.
        is_management_key (bool): Whether this is a management key Example: False.
        is_provisioning_key (bool): Whether this is a management key Example: False.
        label (str): Human-readable label for the API key Example: sk-or-v1-0e6...1c96.
        limit (float | None): Spending limit for the API key in USD Example: 100.
        limit_remaining (float | None): Remaining spending limit in USD Example: 74.5.
        limit_reset (None | str): Type of limit reset for the API key Example: monthly.
        rate_limit (GetCurrentKeyResponse200DataRateLimit): Legacy rate limit information about a key. Will always
            return -1. Example: {'interval': '1h', 'note': 'This field is deprecated and safe to ignore.', 'requests':
            1000}.
        usage (float): Total OpenRouter credit usage (in USD) for the API key Example: 25.5.
        usage_daily (float): OpenRouter credit usage (in USD) for the current UTC day Example: 25.5.
        usage_monthly (float): OpenRouter credit usage (in USD) for the current UTC month Example: 25.5.
        usage_weekly (float): OpenRouter credit usage (in USD) for the current UTC week (Monday-Sunday) Example: 25.5.
        expires_at (datetime.datetime | None | Unset): ISO 8601 UTC timestamp when the API key expires, or null if no
            expiration Example: 2027-12-31T23:59:59Z.
    """

    byok_usage: float
    byok_usage_daily: float
    byok_usage_monthly: float
    byok_usage_weekly: float
    creator_user_id: None | str
    include_byok_in_limit: bool
    is_free_tier: bool
    is_management_key: bool
    is_provisioning_key: bool
    label: str
    limit: float | None
    limit_remaining: float | None
    limit_reset: None | str
    rate_limit: GetCurrentKeyResponse200DataRateLimit
    usage: float
    usage_daily: float
    usage_monthly: float
    usage_weekly: float
    expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "byok_usage",
        "byok_usage_daily",
        "byok_usage_monthly",
        "byok_usage_weekly",
        "creator_user_id",
        "include_byok_in_limit",
        "is_free_tier",
        "is_management_key",
        "is_provisioning_key",
        "label",
        "limit",
        "limit_remaining",
        "limit_reset",
        "rate_limit",
        "usage",
        "usage_daily",
        "usage_monthly",
        "usage_weekly",
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

            _at_field_ = "creator_user_id"
            creator_user_id = d.pop("creator_user_id")
            if not isinstance(creator_user_id, (str, _NoneType)):
                creator_user_id = _parse_union(
                    creator_user_id,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "include_byok_in_limit"
            include_byok_in_limit = d.pop("include_byok_in_limit")

            _at_field_ = "is_free_tier"
            is_free_tier = d.pop("is_free_tier")

            _at_field_ = "is_management_key"
            is_management_key = d.pop("is_management_key")

            _at_field_ = "is_provisioning_key"
            is_provisioning_key = d.pop("is_provisioning_key")

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

            _at_field_ = "rate_limit"
            rate_limit = GetCurrentKeyResponse200DataRateLimit.from_dict(d.pop("rate_limit"))

            _at_field_ = "usage"
            usage = d.pop("usage")

            _at_field_ = "usage_daily"
            usage_daily = d.pop("usage_daily")

            _at_field_ = "usage_monthly"
            usage_monthly = d.pop("usage_monthly")

            _at_field_ = "usage_weekly"
            usage_weekly = d.pop("usage_weekly")

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
        get_current_key_response_200_data = cls(
            byok_usage=byok_usage,
            byok_usage_daily=byok_usage_daily,
            byok_usage_monthly=byok_usage_monthly,
            byok_usage_weekly=byok_usage_weekly,
            creator_user_id=creator_user_id,
            include_byok_in_limit=include_byok_in_limit,
            is_free_tier=is_free_tier,
            is_management_key=is_management_key,
            is_provisioning_key=is_provisioning_key,
            label=label,
            limit=limit,
            limit_remaining=limit_remaining,
            limit_reset=limit_reset,
            rate_limit=rate_limit,
            usage=usage,
            usage_daily=usage_daily,
            usage_monthly=usage_monthly,
            usage_weekly=usage_weekly,
            expires_at=expires_at,
        )

        get_current_key_response_200_data.additional_properties = d
        return get_current_key_response_200_data


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    GetCurrentKeyResponse200DataRateLimit = _LazyModel(
        globals(),
        "modelgates_api.models.get_current_key_response_200_data_rate_limit",
        "GetCurrentKeyResponse200DataRateLimit",
    )
