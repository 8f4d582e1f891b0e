from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.tool_choice_allowed_mode_type_0 import ToolChoiceAllowedModeType0, check_tool_choice_allowed_mode_type_0
from ..models.tool_choice_allowed_mode_type_1 import ToolChoiceAllowedModeType1, check_tool_choice_allowed_mode_type_1
from ..models.tool_choice_allowed_type import ToolChoiceAllowedType, check_tool_choice_allowed_type
from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    guarded as _guarded,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.tool_choice_allowed_tools_item import ToolChoiceAllowedToolsItem
else:
    ToolChoiceAllowedToolsItem = _LazyModel(globals(), "tool_choice_allowed_tools_item", "ToolChoiceAllowedToolsItem")


@_attrs_define(repr=False, eq=False)
class ToolChoiceAllowed(_ModelBase):
    """Constrains the model to a pre-defined set of allowed tools

    Example:
        {'mode': 'auto', 'tools': [{'name': 'get_weather', 'type': 'function'}], 'type': 'allowed_tools'}

    """

    mode: ToolChoiceAllowedModeType0 | ToolChoiceAllowedModeType1
    tools: list[ToolChoiceAllowedToolsItem]
    type_: ToolChoiceAllowedType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "mode",
            _union_field(
                (
                    ("ToolChoiceAllowedModeType0", _guarded((str,), check_tool_choice_allowed_mode_type_0)),
                    ("ToolChoiceAllowedModeType1", _guarded((str,), check_tool_choice_allowed_mode_type_1)),
                )
            ),
        ),
        ("tools", _list_field(_model_field(ToolChoiceAllowedToolsItem))),
        ("type", check_tool_choice_allowed_type, "type_"),
    )
