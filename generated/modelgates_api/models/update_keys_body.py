from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_keys_body_limit_reset_type_1 import (
    UpdateKeysBodyLimitResetType1,
    check_update_keys_body_limit_reset_type_1,
)
from ..models.update_keys_body_limit_reset_type_2_type_1 import (
    UpdateKeysBodyLimitResetType2Type1,
    check_update_keys_body_limit_reset_type_2_type_1,
)
from ..models.update_keys_body_limit_reset_type_3_type_1 import (
    UpdateKeysBodyLimitResetType3Type1,
    check_update_keys_body_limit_reset_type_3_type_1,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class UpdateKeysBody(_ModelBase):
    """
    Example:
        {'disabled': False, 'include_byok_in_limit': True, 'limit': 75, 'limit_reset': 'daily', 'name': 'Updated API Key
            Name'}

    Attributes:
        disabled (bool | Unset): Whether to disable the API key Example: False.
        include_byok_in_limit (bool | Unset): Whether to include BYOK usage in the limit Example: True.
        limit (float | None | Unset): New spending limit for the API key in USD Example: 75.
        limit_reset (None | Unset | UpdateKeysBodyLimitResetType1 | UpdateKeysBodyLimitResetType2Type1 |
            UpdateKeysBodyLimitResetType3Type1): New limit reset type for the API key (daily, weekly, monthly, or null for
            no reset). Resets happen automatically at midnight UTC, and weeks are Monday through Sunday. Example: daily.
        name (str | Unset): New name for the API key Example: Updated API Key Name.
    """

    disabled: bool | Unset = UNSET
    include_byok_in_limit: bool | Unset = UNSET
    limit: float | None | Unset = UNSET
    limit_reset: (
        None
        | Unset
        | UpdateKeysBodyLimitResetType1
        | UpdateKeysBodyLimitResetType2Type1
        | UpdateKeysBodyLimitResetType3Type1
    ) = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "disabled",
        "include_byok_in_limit",
        "limit",
        "limit_reset",
        "name",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "disabled"
            disabled = d.pop("disabled", UNSET)

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

                def _limit_reset_member_1(data: object) -> UpdateKeysBodyLimitResetType1:
                    if not isinstance(data, str):
                        raise TypeError()
                    limit_reset_type_1 = check_update_keys_body_limit_reset_type_1(data)

                    return limit_reset_type_1

                def _limit_reset_member_2(data: object) -> UpdateKeysBodyLimitResetType2Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    limit_reset_type_2_type_1 = check_update_keys_body_limit_reset_type_2_type_1(data)

                    return limit_reset_type_2_type_1

                def _limit_reset_member_3(data: object) -> UpdateKeysBodyLimitResetType3Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    limit_reset_type_3_type_1 = check_update_keys_body_limit_reset_type_3_type_1(data)

                    return limit_reset_type_3_type_1

                limit_reset = _parse_union(
                    limit_reset,
                    (
                        ("UpdateKeysBodyLimitResetType1", _limit_reset_member_1),
                        ("UpdateKeysBodyLimitResetType2Type1", _limit_reset_member_2),
                        ("UpdateKeysBodyLimitResetType3Type1", _limit_reset_member_3),
                    ),
                    plain=(_NoneType,),
                )

            _at_field_ = "name"
            name = d.pop("name", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        update_keys_body = cls(
            disabled=disabled,
            include_byok_in_limit=include_byok_in_limit,
            limit=limit,
            limit_reset=limit_reset,
            name=name,
        )

        update_keys_body.additional_properties = d
        return update_keys_body
