from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.or_anthropic_shell_tool_result_type import (
    ORAnthropicShellToolResultType,
    check_or_anthropic_shell_tool_result_type,
)
from ..types import (
    PARSE_ERRORS,
    as_object,
    at_field,
)
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from ..models.or_anthropic_shell_tool_result_content import (
        ORAnthropicShellToolResultContent,
    )


T = TypeVar("T", bound="ORAnthropicShellToolResult")


@_attrs_define(repr=False, eq=False)
class ORAnthropicShellToolResult(_ModelBase):
    """Output of an `openrouter:shell` call executed in the OpenRouter sandbox

    Example:
        {'content': {'output': [{'outcome': {'exit_code': 0, 'type': 'exit'}, 'stderr': '', 'stdout': 'README.md\\n'}]},
            'tool_use_id': 'srvtoolu_01abc', 'type': 'openrouter_shell_tool_result'}

    Attributes:
        content (ORAnthropicShellToolResultContent):
        tool_use_id (str):
        type_ (ORAnthropicShellToolResultType):
    """

    content: ORAnthropicShellToolResultContent
    tool_use_id: str
    type_: ORAnthropicShellToolResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (ORAnthropicShellToolResultContent,) = _lazy_imports()
        content = self.content.to_dict()

        tool_use_id = self.tool_use_id

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "tool_use_id": tool_use_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        (ORAnthropicShellToolResultContent,) = _lazy_imports()
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

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    """The models the methods above use: imported on their first call, not with this module (the
    models refer to each other in cycles), and bound once. Absolute imports: a relative one reads
    the module's ``__spec__.parent``, a Python-level property."""
    from modelgates_api.models.or_anthropic_shell_tool_result_content import (
        ORAnthropicShellToolResultContent,
    )

    return (ORAnthropicShellToolResultContent,)
