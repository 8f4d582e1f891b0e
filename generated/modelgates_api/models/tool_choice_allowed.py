from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_choice_allowed_mode_type_0 import ToolChoiceAllowedModeType0, check_tool_choice_allowed_mode_type_0
from ..models.tool_choice_allowed_mode_type_1 import ToolChoiceAllowedModeType1, check_tool_choice_allowed_mode_type_1
from ..models.tool_choice_allowed_type import ToolChoiceAllowedType, check_tool_choice_allowed_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.tool_choice_allowed_tools_item import ToolChoiceAllowedToolsItem


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

    _json_fields_ = (
        "mode",
        "tools",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "mode"
            mode = d.pop("mode")

            def _mode_member_0(data: object) -> ToolChoiceAllowedModeType0:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = check_tool_choice_allowed_mode_type_0(data)

                return mode_type_0

            def _mode_member_1(data: object) -> ToolChoiceAllowedModeType1:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_1 = check_tool_choice_allowed_mode_type_1(data)

                return mode_type_1

            mode = _parse_union(
                mode,
                (
                    ("ToolChoiceAllowedModeType0", _mode_member_0),
                    ("ToolChoiceAllowedModeType1", _mode_member_1),
                ),
            )

            _at_field_ = "tools"
            tools = []
            _tools = d.pop("tools")
            for _tools_item_data_index, tools_item_data in enumerate(_as_list(_tools)):
                try:
                    tools_item = ToolChoiceAllowedToolsItem.from_dict(tools_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _tools_item_data_index)
                tools.append(tools_item)

            _at_field_ = "type"
            type_ = check_tool_choice_allowed_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        tool_choice_allowed = cls(
            mode=mode,
            tools=tools,
            type_=type_,
        )

        tool_choice_allowed.additional_properties = d
        return tool_choice_allowed


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ToolChoiceAllowedToolsItem = _LazyModel(
        globals(), "modelgates_api.models.tool_choice_allowed_tools_item", "ToolChoiceAllowedToolsItem"
    )
