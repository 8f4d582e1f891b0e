from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_tool_use_block_type import AnthropicToolUseBlockType, check_anthropic_tool_use_block_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_code_execution_20250825_caller import AnthropicCodeExecution20250825Caller
    from ..models.anthropic_code_execution_20260120_caller import AnthropicCodeExecution20260120Caller
    from ..models.anthropic_direct_caller import AnthropicDirectCaller


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

    _json_fields_ = (
        "caller",
        "id",
        "name",
        ("type_", "type"),
        ("input_", "input"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "caller"
            caller = d.pop("caller")
            caller = _parse_union(
                caller,
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
            )

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "type"
            type_ = check_anthropic_tool_use_block_type(d.pop("type"))

            _at_field_ = "input"
            input_ = d.pop("input", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_tool_use_block = cls(
            caller=caller,
            id=id,
            name=name,
            type_=type_,
            input_=input_,
        )

        anthropic_tool_use_block.additional_properties = d
        return anthropic_tool_use_block


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicCodeExecution20250825Caller = _LazyModel(
        globals(),
        "modelgates_api.models.anthropic_code_execution_20250825_caller",
        "AnthropicCodeExecution20250825Caller",
    )
    AnthropicCodeExecution20260120Caller = _LazyModel(
        globals(),
        "modelgates_api.models.anthropic_code_execution_20260120_caller",
        "AnthropicCodeExecution20260120Caller",
    )
    AnthropicDirectCaller = _LazyModel(
        globals(), "modelgates_api.models.anthropic_direct_caller", "AnthropicDirectCaller"
    )
