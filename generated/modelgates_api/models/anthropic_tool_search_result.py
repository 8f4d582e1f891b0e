from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_tool_search_result_type import (
    AnthropicToolSearchResultType,
    check_anthropic_tool_search_result_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_tool_reference import AnthropicToolReference


@_attrs_define(repr=False, eq=False)
class AnthropicToolSearchResult(_ModelBase):
    """
    Example:
        {'tool_references': [{'tool_name': 'my_tool', 'type': 'tool_reference'}], 'type':
            'tool_search_tool_search_result'}

    """

    tool_references: list[AnthropicToolReference]
    type_: AnthropicToolSearchResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "tool_references",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "tool_references"
            tool_references = []
            _tool_references = d.pop("tool_references")
            for _tool_references_item_data_index, tool_references_item_data in enumerate(_as_list(_tool_references)):
                try:
                    tool_references_item = AnthropicToolReference.from_dict(tool_references_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _tool_references_item_data_index)
                tool_references.append(tool_references_item)

            _at_field_ = "type"
            type_ = check_anthropic_tool_search_result_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_tool_search_result = cls(
            tool_references=tool_references,
            type_=type_,
        )

        anthropic_tool_search_result.additional_properties = d
        return anthropic_tool_search_result


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicToolReference = _LazyModel(
        globals(), "modelgates_api.models.anthropic_tool_reference", "AnthropicToolReference"
    )
