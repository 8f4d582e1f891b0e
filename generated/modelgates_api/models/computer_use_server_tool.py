from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.computer_use_server_tool_environment import (
    ComputerUseServerToolEnvironment,
    check_computer_use_server_tool_environment,
)
from ..models.computer_use_server_tool_type import ComputerUseServerToolType, check_computer_use_server_tool_type
from ..types import ModelBase as _ModelBase


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

    _required_ = (
        "display_height",
        "display_width",
        ("environment", check_computer_use_server_tool_environment),
        ("type", check_computer_use_server_tool_type, "type_"),
    )
