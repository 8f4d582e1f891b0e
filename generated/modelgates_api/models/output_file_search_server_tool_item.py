from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_file_search_server_tool_item_type import (
    OutputFileSearchServerToolItemType,
    check_output_file_search_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class OutputFileSearchServerToolItem(_ModelBase):
    """An openrouter:file_search server tool output item

    Example:
        {'id': 'fs_tmp_abc123', 'queries': ['search term'], 'status': 'completed', 'type': 'openrouter:file_search'}

    """

    status: ToolCallStatus
    type_: OutputFileSearchServerToolItemType
    id: str | Unset = UNSET
    queries: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "status",
        ("type_", "type"),
        "id",
        "queries",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "status"
            status = check_tool_call_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_output_file_search_server_tool_item_type(d.pop("type"))

            _at_field_ = "id"
            id = d.pop("id", UNSET)

            _at_field_ = "queries"
            queries = cast(list[str], d.pop("queries", UNSET))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_file_search_server_tool_item = cls(
            status=status,
            type_=type_,
            id=id,
            queries=queries,
        )

        output_file_search_server_tool_item.additional_properties = d
        return output_file_search_server_tool_item
