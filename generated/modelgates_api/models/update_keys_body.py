from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

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
from ..types import (
    UNSET,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    union_field as _union_field,
)


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

    _optional_ = (
        "disabled",
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
                    ("UpdateKeysBodyLimitResetType1", _guarded((str,), check_update_keys_body_limit_reset_type_1)),
                    (
                        "UpdateKeysBodyLimitResetType2Type1",
                        _guarded((str,), check_update_keys_body_limit_reset_type_2_type_1),
                    ),
                    (
                        "UpdateKeysBodyLimitResetType3Type1",
                        _guarded((str,), check_update_keys_body_limit_reset_type_3_type_1),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        "name",
    )
