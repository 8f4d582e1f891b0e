from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_item_web_search_call_action_type_1_type import (
    OutputItemWebSearchCallActionType1Type,
    check_output_item_web_search_call_action_type_1_type,
)
from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class OutputItemWebSearchCallActionType1(_ModelBase):
    type_: OutputItemWebSearchCallActionType1Type
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_output_item_web_search_call_action_type_1_type, "type_"),)
    _optional_ = (
        (
            "url",
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
    )
