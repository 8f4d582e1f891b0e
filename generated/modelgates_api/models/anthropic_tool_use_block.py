from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_tool_use_block_type import AnthropicToolUseBlockType, check_anthropic_tool_use_block_type
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, union_field as _union_field

if TYPE_CHECKING:
    from ..models.anthropic_code_execution_20250825_caller import AnthropicCodeExecution20250825Caller
    from ..models.anthropic_code_execution_20260120_caller import AnthropicCodeExecution20260120Caller
    from ..models.anthropic_direct_caller import AnthropicDirectCaller
else:
    AnthropicCodeExecution20250825Caller = _LazyModel(
        globals(), "anthropic_code_execution_20250825_caller", "AnthropicCodeExecution20250825Caller"
    )
    AnthropicCodeExecution20260120Caller = _LazyModel(
        globals(), "anthropic_code_execution_20260120_caller", "AnthropicCodeExecution20260120Caller"
    )
    AnthropicDirectCaller = _LazyModel(globals(), "anthropic_direct_caller", "AnthropicDirectCaller")


@_attrs_define(repr=False, eq=False)
class AnthropicToolUseBlock(_ModelBase):
    """
    Example:
        {'caller': {'type': 'direct'}, 'id': 'toolu_01abc', 'input': {'location': 'San Francisco'}, 'name':
            'get_weather', 'type': 'tool_use'}

    """

    caller: AnthropicCodeExecution20250825Caller | AnthropicCodeExecution20260120Caller | AnthropicDirectCaller
    id: str
    name: str
    type_: AnthropicToolUseBlockType
    input_: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "caller",
            _union_field(
                (
                    ("AnthropicDirectCaller", AnthropicDirectCaller),
                    ("AnthropicCodeExecution20250825Caller", AnthropicCodeExecution20250825Caller),
                    ("AnthropicCodeExecution20260120Caller", AnthropicCodeExecution20260120Caller),
                ),
                tag=(
                    "type",
                    (
                        "direct",
                        "code_execution_20250825",
                        "code_execution_20260120",
                    ),
                ),
            ),
        ),
        "id",
        "name",
        ("type", check_anthropic_tool_use_block_type, "type_"),
    )
    _optional_ = (("input", None, "input_"),)
