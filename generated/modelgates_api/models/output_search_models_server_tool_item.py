from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_search_models_server_tool_item_type import (
    OutputSearchModelsServerToolItemType,
    check_output_search_models_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class OutputSearchModelsServerToolItem(_ModelBase):
    """An openrouter:experimental__search_models server tool output item

    Example:
        {'arguments': '{"query":"Claude Opus"}', 'id': 'sm_tmp_abc123', 'query': 'Claude Opus', 'status': 'completed',
            'type': 'openrouter:experimental__search_models'}

    Attributes:
        arguments (str | Unset): The JSON arguments submitted to the search tool (e.g. {"query":"Claude"})
    """

    status: ToolCallStatus
    type_: OutputSearchModelsServerToolItemType
    arguments: str | Unset = UNSET
    id: str | Unset = UNSET
    query: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("status", check_tool_call_status),
        ("type", check_output_search_models_server_tool_item_type, "type_"),
    )
    _optional_ = (
        "arguments",
        "id",
        "query",
    )
