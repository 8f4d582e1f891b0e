from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_web_search_call_item_action_type_2_type import (
    OutputWebSearchCallItemActionType2Type,
    check_output_web_search_call_item_action_type_2_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class OutputWebSearchCallItemActionType2(_ModelBase):
    pattern: str
    type_: OutputWebSearchCallItemActionType2Type
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "pattern",
        ("type", check_output_web_search_call_item_action_type_2_type, "type_"),
        "url",
    )
