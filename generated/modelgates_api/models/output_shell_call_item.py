from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_shell_call_item_type import OutputShellCallItemType, check_output_shell_call_item_type
from ..models.shell_call_status import ShellCallStatus, check_shell_call_status
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.output_shell_call_item_action import OutputShellCallItemAction


@_attrs_define(repr=False, eq=False)
class OutputShellCallItem(_ModelBase):
    """A native `shell_call` output item matching OpenAI's Responses API shape. Emitted for the sandbox-backed `shell`
    tool.

        Example:
            {'action': {'commands': ['echo hello'], 'max_output_length': None, 'timeout_ms': None}, 'call_id':
                'call_abc123', 'id': 'shc_abc123', 'status': 'completed', 'type': 'shell_call'}

        Attributes:
            status (ShellCallStatus): Status of a shell call or its output. Example: completed.
            arguments (None | str | Unset): The raw tool-call arguments string as emitted by the model. Echo back unchanged
                when replaying history; used verbatim to preserve provider prompt-cache prefixes.
    """

    call_id: str
    id: str
    status: ShellCallStatus
    type_: OutputShellCallItemType
    action: OutputShellCallItemAction | Unset = UNSET
    arguments: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "call_id",
        "id",
        "status",
        ("type_", "type"),
        "action",
        "arguments",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "call_id"
            call_id = d.pop("call_id")

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "status"
            status = check_shell_call_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_output_shell_call_item_type(d.pop("type"))

            _at_field_ = "action"
            _action = d.pop("action", UNSET)
            action: OutputShellCallItemAction | Unset
            if isinstance(_action, Unset):
                action = UNSET
            else:
                action = OutputShellCallItemAction.from_dict(_action)

            _at_field_ = "arguments"
            arguments = d.pop("arguments", UNSET)
            if not isinstance(arguments, (str, _NoneType, Unset)):
                arguments = _parse_union(
                    arguments,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_shell_call_item = cls(
            call_id=call_id,
            id=id,
            status=status,
            type_=type_,
            action=action,
            arguments=arguments,
        )

        output_shell_call_item.additional_properties = d
        return output_shell_call_item


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    OutputShellCallItemAction = _LazyModel(
        globals(), "modelgates_api.models.output_shell_call_item_action", "OutputShellCallItemAction"
    )
