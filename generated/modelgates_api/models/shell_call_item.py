from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.shell_call_item_type import ShellCallItemType, check_shell_call_item_type
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.shell_call_item_action import ShellCallItemAction
else:
    ShellCallItemAction = _LazyModel(globals(), "shell_call_item_action", "ShellCallItemAction")


@_attrs_define(repr=False, eq=False)
class ShellCallItem(_ModelBase):
    """A shell command execution call (newer variant)

    Example:
        {'action': {'commands': ['ls', '-la'], 'max_output_length': 10000}, 'call_id': 'call-abc123', 'status':
            'completed', 'type': 'shell_call'}

    Attributes:
        arguments (None | str | Unset): The raw tool-call arguments string as emitted by the model. Echo back unchanged
            when replaying history; used verbatim to preserve provider prompt-cache prefixes.
    """

    action: ShellCallItemAction
    call_id: str
    type_: ShellCallItemType
    arguments: None | str | Unset = UNSET
    environment: Any | Unset = UNSET
    id: None | str | Unset = UNSET
    status: None | ToolCallStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("action", _model_field(ShellCallItemAction)),
        "call_id",
        ("type", check_shell_call_item_type, "type_"),
    )
    _optional_ = (
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
        "environment",
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
            "status",
            _union_field(
                (("ToolCallStatus", _guarded((str,), check_tool_call_status)),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
    )
