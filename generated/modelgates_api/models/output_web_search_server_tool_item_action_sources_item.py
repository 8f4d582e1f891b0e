from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_web_search_server_tool_item_action_sources_item_type import (
    OutputWebSearchServerToolItemActionSourcesItemType,
    check_output_web_search_server_tool_item_action_sources_item_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class OutputWebSearchServerToolItemActionSourcesItem(_ModelBase):
    type_: OutputWebSearchServerToolItemActionSourcesItemType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("type", check_output_web_search_server_tool_item_action_sources_item_type, "type_"),
        "url",
    )
