from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.codex_local_shell_tool_type import CodexLocalShellToolType, check_codex_local_shell_tool_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class CodexLocalShellTool(_ModelBase):
    """Local shell tool configuration

    Example:
        {'type': 'local_shell'}

    """

    type_: CodexLocalShellToolType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (("type_", "type"),)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = check_codex_local_shell_tool_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        codex_local_shell_tool = cls(
            type_=type_,
        )

        codex_local_shell_tool.additional_properties = d
        return codex_local_shell_tool
