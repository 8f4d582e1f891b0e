from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.local_shell_call_output_item_type import (
    LocalShellCallOutputItemType,
    check_local_shell_call_output_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class LocalShellCallOutputItem(_ModelBase):
    """Output from a local shell command execution

    Example:
        {'id': 'output-abc123', 'output': 'total 24\\ndrwxr-xr-x  5 user  staff  160 Jan  1 12:00 .', 'status':
            'completed', 'type': 'local_shell_call_output'}

    """

    id: str
    output: str
    type_: LocalShellCallOutputItemType
    status: None | ToolCallStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "id",
        "output",
        ("type_", "type"),
        "status",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "output"
            output = d.pop("output")

            _at_field_ = "type"
            type_ = check_local_shell_call_output_item_type(d.pop("type"))

            _at_field_ = "status"
            status = d.pop("status", UNSET)
            if not isinstance(status, (_NoneType, Unset)):

                def _status_member_0(data: object) -> ToolCallStatus:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = check_tool_call_status(data)

                    return status_type_0

                status = _parse_union(
                    status,
                    (("ToolCallStatus", _status_member_0),),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        local_shell_call_output_item = cls(
            id=id,
            output=output,
            type_=type_,
            status=status,
        )

        local_shell_call_output_item.additional_properties = d
        return local_shell_call_output_item
