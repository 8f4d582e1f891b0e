from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.shell_server_tool_type import ShellServerToolType, check_shell_server_tool_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ShellServerTool(_ModelBase):
    """Shell tool configuration

    Example:
        {'type': 'shell'}

    """

    type_: ShellServerToolType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_shell_server_tool_type, "type_"),)
