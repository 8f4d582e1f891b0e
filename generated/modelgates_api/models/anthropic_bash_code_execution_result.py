from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_bash_code_execution_result_type import (
    AnthropicBashCodeExecutionResultType,
    check_anthropic_bash_code_execution_result_type,
)
from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_bash_code_execution_output import AnthropicBashCodeExecutionOutput
else:
    AnthropicBashCodeExecutionOutput = _LazyModel(
        globals(), "anthropic_bash_code_execution_output", "AnthropicBashCodeExecutionOutput"
    )


@_attrs_define(repr=False, eq=False)
class AnthropicBashCodeExecutionResult(_ModelBase):
    """
    Example:
        {'content': [], 'return_code': 0, 'stderr': '', 'stdout': 'Hello', 'type': 'bash_code_execution_result'}

    """

    content: list[AnthropicBashCodeExecutionOutput]
    return_code: int
    stderr: str
    stdout: str
    type_: AnthropicBashCodeExecutionResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("content", _list_field(_model_field(AnthropicBashCodeExecutionOutput))),
        "return_code",
        "stderr",
        "stdout",
        ("type", check_anthropic_bash_code_execution_result_type, "type_"),
    )
