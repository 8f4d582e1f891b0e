from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.anthropic_code_execution_output_type import (
    AnthropicCodeExecutionOutputType,
    check_anthropic_code_execution_output_type,
)
from ..types import (
    PARSE_ERRORS,
    as_object,
    at_field,
)
from ..types import ModelBase as _ModelBase

T = TypeVar("T", bound="AnthropicCodeExecutionOutput")


@_attrs_define(repr=False, eq=False)
class AnthropicCodeExecutionOutput(_ModelBase):
    """
    Example:
        {'file_id': 'file_01abc', 'type': 'code_execution_output'}

    Attributes:
        file_id (str):
        type_ (AnthropicCodeExecutionOutputType):
    """

    file_id: str
    type_: AnthropicCodeExecutionOutputType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "file_id"
            file_id = d.pop("file_id")

            _at_field_ = "type"
            type_ = check_anthropic_code_execution_output_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_code_execution_output = cls(
            file_id=file_id,
            type_=type_,
        )

        anthropic_code_execution_output.additional_properties = d
        return anthropic_code_execution_output

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
