from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_shell_server_tool_item_type import (
    OutputShellServerToolItemType,
    check_output_shell_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.output_shell_server_tool_item_action import OutputShellServerToolItemAction
    from ..models.shell_call_output_content import ShellCallOutputContent
else:
    OutputShellServerToolItemAction = _LazyModel(
        globals(), "output_shell_server_tool_item_action", "OutputShellServerToolItemAction"
    )
    ShellCallOutputContent = _LazyModel(globals(), "shell_call_output_content", "ShellCallOutputContent")


@_attrs_define(repr=False, eq=False)
class OutputShellServerToolItem(_ModelBase):
    """An openrouter:shell server tool output item

    Example:
        {'action': {'commands': ['echo hello'], 'max_output_length': None, 'timeout_ms': None}, 'call_id':
            'call_abc123', 'id': 'st_tmp_abc123', 'output': [{'outcome': {'exit_code': 0, 'type': 'exit'}, 'stderr': '',
            'stdout': 'hello\\n'}], 'status': 'completed', 'type': 'openrouter:shell'}

    Attributes:
        arguments (None | str | Unset): The raw tool-call arguments string as emitted by the model.
        call_id (None | str | Unset): The model-generated tool call id from the originating turn.
    """

    status: ToolCallStatus
    type_: OutputShellServerToolItemType
    action: OutputShellServerToolItemAction | Unset = UNSET
    arguments: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    id: str | Unset = UNSET
    output: list[ShellCallOutputContent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("status", check_tool_call_status),
        ("type", check_output_shell_server_tool_item_type, "type_"),
    )
    _optional_ = (
        ("action", _model_field(OutputShellServerToolItemAction)),
        (
            "arguments",
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
            "call_id",
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
        "id",
        ("output", _list_field(_model_field(ShellCallOutputContent))),
    )
