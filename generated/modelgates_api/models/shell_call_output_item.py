from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.shell_call_output_item_type import ShellCallOutputItemType, check_shell_call_output_item_type
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.shell_call_output_content import ShellCallOutputContent
else:
    ShellCallOutputContent = _LazyModel(globals(), "shell_call_output_content", "ShellCallOutputContent")


@_attrs_define(repr=False, eq=False)
class ShellCallOutputItem(_ModelBase):
    """Output from a shell command execution (newer variant)

    Example:
        {'call_id': 'call-abc123', 'output': [{'outcome': {'exit_code': 0, 'type': 'exit'}, 'stderr': '', 'stdout':
            'total 0\\n'}], 'status': 'completed', 'type': 'shell_call_output'}

    """

    call_id: str
    output: list[ShellCallOutputContent]
    type_: ShellCallOutputItemType
    id: None | str | Unset = UNSET
    max_output_length: int | None | Unset = UNSET
    status: None | ToolCallStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "call_id",
        ("output", _list_field(_model_field(ShellCallOutputContent))),
        ("type", check_shell_call_output_item_type, "type_"),
    )
    _optional_ = (
        (
            "id",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        (
            "max_output_length",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "status",
            _union_field(
                (("ToolCallStatus", _guarded((str,), check_tool_call_status)),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
    )
