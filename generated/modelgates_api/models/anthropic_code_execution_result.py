from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.anthropic_code_execution_result_type import (
    AnthropicCodeExecutionResultType,
    check_anthropic_code_execution_result_type,
)

if TYPE_CHECKING:
    from ..models.anthropic_code_execution_output import AnthropicCodeExecutionOutput


T = TypeVar("T", bound="AnthropicCodeExecutionResult")


@_attrs_define
class AnthropicCodeExecutionResult:
    """
    Example:
        {'content': [], 'return_code': 0, 'stderr': '', 'stdout': 'Hello', 'type': 'code_execution_result'}

    Attributes:
        content (list[AnthropicCodeExecutionOutput]):
        return_code (int):
        stderr (str):
        stdout (str):
        type_ (AnthropicCodeExecutionResultType):
    """

    content: list[AnthropicCodeExecutionOutput]
    return_code: int
    stderr: str
    stdout: str
    type_: AnthropicCodeExecutionResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        return_code = self.return_code

        stderr = self.stderr

        stdout = self.stdout

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "return_code": return_code,
                "stderr": stderr,
                "stdout": stdout,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.anthropic_code_execution_output import (
            AnthropicCodeExecutionOutput,
        )

        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = AnthropicCodeExecutionOutput.from_dict(content_item_data)

            content.append(content_item)

        return_code = d.pop("return_code")

        stderr = d.pop("stderr")

        stdout = d.pop("stdout")

        type_ = check_anthropic_code_execution_result_type(d.pop("type"))

        anthropic_code_execution_result = cls(
            content=content,
            return_code=return_code,
            stderr=stderr,
            stdout=stdout,
            type_=type_,
        )

        anthropic_code_execution_result.additional_properties = d
        return anthropic_code_execution_result

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
