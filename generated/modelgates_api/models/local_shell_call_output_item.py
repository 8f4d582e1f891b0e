from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.local_shell_call_output_item_type import (
    LocalShellCallOutputItemType,
    check_local_shell_call_output_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import (
    UNSET,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    union_field as _union_field,
)


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

    _required_ = (
        "id",
        "output",
        ("type", check_local_shell_call_output_item_type, "type_"),
    )
    _optional_ = (
        (
            "status",
            _union_field(
                (("ToolCallStatus", _guarded((str,), check_tool_call_status)),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
    )
