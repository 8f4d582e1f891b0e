from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.codex_local_shell_tool_type import CodexLocalShellToolType, check_codex_local_shell_tool_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class CodexLocalShellTool(_ModelBase):
    """Local shell tool configuration

    Example:
        {'type': 'local_shell'}

    """

    type_: CodexLocalShellToolType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_codex_local_shell_tool_type, "type_"),)
