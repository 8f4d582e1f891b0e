from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shell_call_item_type import ShellCallItemType, check_shell_call_item_type
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.shell_call_item_action import ShellCallItemAction


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

    _json_fields_ = (
        "action",
        "call_id",
        ("type_", "type"),
        "arguments",
        "environment",
        "id",
        "status",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "action"
            action = ShellCallItemAction.from_dict(d.pop("action"))

            _at_field_ = "call_id"
            call_id = d.pop("call_id")

            _at_field_ = "type"
            type_ = check_shell_call_item_type(d.pop("type"))

            _at_field_ = "arguments"
            arguments = d.pop("arguments", UNSET)
            if not isinstance(arguments, (str, _NoneType, Unset)):
                arguments = _parse_union(
                    arguments,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "environment"
            environment = d.pop("environment", UNSET)

            _at_field_ = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, _NoneType, Unset)):
                id = _parse_union(
                    id,
                    (),
                    plain=(str, _NoneType),
                )

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
        shell_call_item = cls(
            action=action,
            call_id=call_id,
            type_=type_,
            arguments=arguments,
            environment=environment,
            id=id,
            status=status,
        )

        shell_call_item.additional_properties = d
        return shell_call_item


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ShellCallItemAction = _LazyModel(globals(), "modelgates_api.models.shell_call_item_action", "ShellCallItemAction")
