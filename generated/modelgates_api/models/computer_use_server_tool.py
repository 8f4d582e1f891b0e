from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.computer_use_server_tool_environment import (
    ComputerUseServerToolEnvironment,
    check_computer_use_server_tool_environment,
)
from ..models.computer_use_server_tool_type import ComputerUseServerToolType, check_computer_use_server_tool_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ComputerUseServerTool(_ModelBase):
    """Computer use preview tool configuration

    Example:
        {'display_height': 768, 'display_width': 1024, 'environment': 'linux', 'type': 'computer_use_preview'}

    """

    display_height: int
    display_width: int
    environment: ComputerUseServerToolEnvironment
    type_: ComputerUseServerToolType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "display_height",
        "display_width",
        "environment",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "display_height"
            display_height = d.pop("display_height")

            _at_field_ = "display_width"
            display_width = d.pop("display_width")

            _at_field_ = "environment"
            environment = check_computer_use_server_tool_environment(d.pop("environment"))

            _at_field_ = "type"
            type_ = check_computer_use_server_tool_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        computer_use_server_tool = cls(
            display_height=display_height,
            display_width=display_width,
            environment=environment,
            type_=type_,
        )

        computer_use_server_tool.additional_properties = d
        return computer_use_server_tool
