from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.local_shell_call_item_type import LocalShellCallItemType, check_local_shell_call_item_type
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.local_shell_call_item_action import LocalShellCallItemAction
else:
    LocalShellCallItemAction = _LazyModel(globals(), "local_shell_call_item_action", "LocalShellCallItemAction")


@_attrs_define(repr=False, eq=False)
class LocalShellCallItem(_ModelBase):
    """A local shell command execution call

    Example:
        {'action': {'command': ['ls', '-la'], 'env': {'PATH': '/usr/bin'}, 'timeout_ms': 5000, 'type': 'exec'},
            'call_id': 'call-abc123', 'id': 'shell-abc123', 'status': 'completed', 'type': 'local_shell_call'}

    """

    action: LocalShellCallItemAction
    call_id: str
    id: str
    status: ToolCallStatus
    type_: LocalShellCallItemType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("action", _model_field(LocalShellCallItemAction)),
        "call_id",
        "id",
        ("status", check_tool_call_status),
        ("type", check_local_shell_call_item_type, "type_"),
    )
