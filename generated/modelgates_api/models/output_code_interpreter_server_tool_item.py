from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_code_interpreter_server_tool_item_type import (
    OutputCodeInterpreterServerToolItemType,
    check_output_code_interpreter_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class OutputCodeInterpreterServerToolItem(_ModelBase):
    """An openrouter:code_interpreter server tool output item

    Example:
        {'code': 'print("hello")', 'id': 'ci_tmp_abc123', 'language': 'python', 'status': 'completed', 'stdout':
            'hello\\n', 'type': 'openrouter:code_interpreter'}

    """

    status: ToolCallStatus
    type_: OutputCodeInterpreterServerToolItemType
    code: str | Unset = UNSET
    exit_code: int | Unset = UNSET
    id: str | Unset = UNSET
    language: str | Unset = UNSET
    stderr: str | Unset = UNSET
    stdout: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "status",
        ("type_", "type"),
        "code",
        ("exit_code", "exitCode"),
        "id",
        "language",
        "stderr",
        "stdout",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "status"
            status = check_tool_call_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_output_code_interpreter_server_tool_item_type(d.pop("type"))

            _at_field_ = "code"
            code = d.pop("code", UNSET)

            _at_field_ = "exitCode"
            exit_code = d.pop("exitCode", UNSET)

            _at_field_ = "id"
            id = d.pop("id", UNSET)

            _at_field_ = "language"
            language = d.pop("language", UNSET)

            _at_field_ = "stderr"
            stderr = d.pop("stderr", UNSET)

            _at_field_ = "stdout"
            stdout = d.pop("stdout", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_code_interpreter_server_tool_item = cls(
            status=status,
            type_=type_,
            code=code,
            exit_code=exit_code,
            id=id,
            language=language,
            stderr=stderr,
            stdout=stdout,
        )

        output_code_interpreter_server_tool_item.additional_properties = d
        return output_code_interpreter_server_tool_item
