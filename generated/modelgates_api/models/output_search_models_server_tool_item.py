from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_search_models_server_tool_item_type import (
    OutputSearchModelsServerToolItemType,
    check_output_search_models_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "status",
        ("type_", "type"),
        "arguments",
        "id",
        "query",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "status"
            status = check_tool_call_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_output_search_models_server_tool_item_type(d.pop("type"))

            _at_field_ = "arguments"
            arguments = d.pop("arguments", UNSET)

            _at_field_ = "id"
            id = d.pop("id", UNSET)

            _at_field_ = "query"
            query = d.pop("query", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_search_models_server_tool_item = cls(
            status=status,
            type_=type_,
            arguments=arguments,
            id=id,
            query=query,
        )

        output_search_models_server_tool_item.additional_properties = d
        return output_search_models_server_tool_item
