from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.local_shell_call_item_type import LocalShellCallItemType, check_local_shell_call_item_type
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.local_shell_call_item_action import LocalShellCallItemAction


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

    _json_fields_ = (
        "action",
        "call_id",
        "id",
        "status",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "action"
            action = LocalShellCallItemAction.from_dict(d.pop("action"))

            _at_field_ = "call_id"
            call_id = d.pop("call_id")

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "status"
            status = check_tool_call_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_local_shell_call_item_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        local_shell_call_item = cls(
            action=action,
            call_id=call_id,
            id=id,
            status=status,
            type_=type_,
        )

        local_shell_call_item.additional_properties = d
        return local_shell_call_item


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    LocalShellCallItemAction = _LazyModel(
        globals(), "modelgates_api.models.local_shell_call_item_action", "LocalShellCallItemAction"
    )
