from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_bash_server_tool_item_type import (
    OutputBashServerToolItemType,
    check_output_bash_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class OutputBashServerToolItem(_ModelBase):
    """An openrouter:bash server tool output item

    Example:
        {'command': 'ls -la', 'exitCode': 0, 'id': 'bash_tmp_abc123', 'status': 'completed', 'stdout': 'total 0\\n',
            'type': 'openrouter:bash'}

    Attributes:
        arguments (None | str | Unset): The raw tool-call arguments string as emitted by the model.
        call_id (None | str | Unset): The model-generated tool call id from the originating turn.
    """

    status: ToolCallStatus
    type_: OutputBashServerToolItemType
    arguments: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    command: str | Unset = UNSET
    exit_code: int | Unset = UNSET
    id: str | Unset = UNSET
    stderr: str | Unset = UNSET
    stdout: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "status",
        ("type_", "type"),
        "arguments",
        "call_id",
        "command",
        ("exit_code", "exitCode"),
        "id",
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
            type_ = check_output_bash_server_tool_item_type(d.pop("type"))

            _at_field_ = "arguments"
            arguments = d.pop("arguments", UNSET)
            if not isinstance(arguments, (str, _NoneType, Unset)):
                arguments = _parse_union(
                    arguments,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "call_id"
            call_id = d.pop("call_id", UNSET)
            if not isinstance(call_id, (str, _NoneType, Unset)):
                call_id = _parse_union(
                    call_id,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "command"
            command = d.pop("command", UNSET)

            _at_field_ = "exitCode"
            exit_code = d.pop("exitCode", UNSET)

            _at_field_ = "id"
            id = d.pop("id", UNSET)

            _at_field_ = "stderr"
            stderr = d.pop("stderr", UNSET)

            _at_field_ = "stdout"
            stdout = d.pop("stdout", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_bash_server_tool_item = cls(
            status=status,
            type_=type_,
            arguments=arguments,
            call_id=call_id,
            command=command,
            exit_code=exit_code,
            id=id,
            stderr=stderr,
            stdout=stdout,
        )

        output_bash_server_tool_item.additional_properties = d
        return output_bash_server_tool_item
