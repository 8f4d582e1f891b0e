from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_tool_search_result_type import (
    AnthropicToolSearchResultType,
    check_anthropic_tool_search_result_type,
)
from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_tool_reference import AnthropicToolReference
else:
    AnthropicToolReference = _LazyModel(globals(), "anthropic_tool_reference", "AnthropicToolReference")


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

    _required_ = (
        ("tool_references", _list_field(_model_field(AnthropicToolReference))),
        ("type", check_anthropic_tool_search_result_type, "type_"),
    )
