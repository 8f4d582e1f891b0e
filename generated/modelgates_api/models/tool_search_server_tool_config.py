from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ToolSearchServerToolConfig(_ModelBase):
    """Configuration for the openrouter:tool_search server tool

    Example:
        {'max_results': 5}

    Attributes:
        max_results (int | Unset): Maximum tools returned by one search. Defaults to 5. Example: 5.
    """

    max_results: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("max_results",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "max_results"
            max_results = d.pop("max_results", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        tool_search_server_tool_config = cls(
            max_results=max_results,
        )

        tool_search_server_tool_config.additional_properties = d
        return tool_search_server_tool_config
