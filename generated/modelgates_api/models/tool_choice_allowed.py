from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.tool_choice_allowed_mode_type_0 import (
    ToolChoiceAllowedModeType0,
    check_tool_choice_allowed_mode_type_0,
)
from ..models.tool_choice_allowed_mode_type_1 import (
    ToolChoiceAllowedModeType1,
    check_tool_choice_allowed_mode_type_1,
)
from ..models.tool_choice_allowed_type import (
    ToolChoiceAllowedType,
    check_tool_choice_allowed_type,
)

if TYPE_CHECKING:
    from ..models.tool_choice_allowed_tools_item import ToolChoiceAllowedToolsItem


T = TypeVar("T", bound="ToolChoiceAllowed")


@_attrs_define
class ToolChoiceAllowed:
    """Constrains the model to a pre-defined set of allowed tools

    Example:
        {'mode': 'auto', 'tools': [{'name': 'get_weather', 'type': 'function'}], 'type': 'allowed_tools'}

    Attributes:
        mode (ToolChoiceAllowedModeType0 | ToolChoiceAllowedModeType1):
        tools (list[ToolChoiceAllowedToolsItem]):
        type_ (ToolChoiceAllowedType):
    """

    mode: ToolChoiceAllowedModeType0 | ToolChoiceAllowedModeType1
    tools: list[ToolChoiceAllowedToolsItem]
    type_: ToolChoiceAllowedType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str
        if isinstance(self.mode, str):
            mode = self.mode
        else:
            mode = self.mode

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "tools": tools,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tool_choice_allowed_tools_item import ToolChoiceAllowedToolsItem

        d = dict(src_dict)

        def _parse_mode(
            data: object,
        ) -> ToolChoiceAllowedModeType0 | ToolChoiceAllowedModeType1:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = check_tool_choice_allowed_mode_type_0(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            mode_type_1 = check_tool_choice_allowed_mode_type_1(data)

            return mode_type_1

        mode = _parse_mode(d.pop("mode"))

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = ToolChoiceAllowedToolsItem.from_dict(tools_item_data)

            tools.append(tools_item)

        type_ = check_tool_choice_allowed_type(d.pop("type"))

        tool_choice_allowed = cls(
            mode=mode,
            tools=tools,
            type_=type_,
        )

        tool_choice_allowed.additional_properties = d
        return tool_choice_allowed

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
