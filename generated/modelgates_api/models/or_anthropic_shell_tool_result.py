from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.or_anthropic_shell_tool_result_type import (
    ORAnthropicShellToolResultType,
    check_or_anthropic_shell_tool_result_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.or_anthropic_shell_tool_result_content import ORAnthropicShellToolResultContent


@_attrs_define(repr=False, eq=False)
class ORAnthropicShellToolResult(_ModelBase):
    """Output of an `openrouter:shell` call executed in the OpenRouter sandbox

    Example:
        {'content': {'output': [{'outcome': {'exit_code': 0, 'type': 'exit'}, 'stderr': '', 'stdout': 'README.md\\n'}]},
            'tool_use_id': 'srvtoolu_01abc', 'type': 'openrouter_shell_tool_result'}

    """

    content: ORAnthropicShellToolResultContent
    tool_use_id: str
    type_: ORAnthropicShellToolResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "content",
        "tool_use_id",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "content"
            content = ORAnthropicShellToolResultContent.from_dict(d.pop("content"))

            _at_field_ = "tool_use_id"
            tool_use_id = d.pop("tool_use_id")

            _at_field_ = "type"
            type_ = check_or_anthropic_shell_tool_result_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        or_anthropic_shell_tool_result = cls(
            content=content,
            tool_use_id=tool_use_id,
            type_=type_,
        )

        or_anthropic_shell_tool_result.additional_properties = d
        return or_anthropic_shell_tool_result


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ORAnthropicShellToolResultContent = _LazyModel(
        globals(), "modelgates_api.models.or_anthropic_shell_tool_result_content", "ORAnthropicShellToolResultContent"
    )
