from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_interpreter_logs_output_type import (
    CodeInterpreterLogsOutputType,
    check_code_interpreter_logs_output_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class CodeInterpreterLogsOutput(_ModelBase):
    """
    Example:
        {'logs': 'hello\\n', 'type': 'logs'}

    """

    logs: str
    type_: CodeInterpreterLogsOutputType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "logs",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "logs"
            logs = d.pop("logs")

            _at_field_ = "type"
            type_ = check_code_interpreter_logs_output_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        code_interpreter_logs_output = cls(
            logs=logs,
            type_=type_,
        )

        code_interpreter_logs_output.additional_properties = d
        return code_interpreter_logs_output
