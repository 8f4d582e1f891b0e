from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_bash_code_execution_output_type import (
    AnthropicBashCodeExecutionOutputType,
    check_anthropic_bash_code_execution_output_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class AnthropicBashCodeExecutionOutput(_ModelBase):
    """
    Example:
        {'file_id': 'file_01abc', 'type': 'bash_code_execution_output'}

    """

    file_id: str
    type_: AnthropicBashCodeExecutionOutputType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "file_id",
        ("type", check_anthropic_bash_code_execution_output_type, "type_"),
    )
