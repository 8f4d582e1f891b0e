from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_shell_server_tool_item_type import (
    OutputShellServerToolItemType,
    check_output_shell_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.output_shell_server_tool_item_action import OutputShellServerToolItemAction
    from ..models.shell_call_output_content import ShellCallOutputContent


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

    _json_fields_ = (
        "status",
        ("type_", "type"),
        "action",
        "arguments",
        "call_id",
        "id",
        "output",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "status"
            status = check_tool_call_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_output_shell_server_tool_item_type(d.pop("type"))

            _at_field_ = "action"
            _action = d.pop("action", UNSET)
            action: OutputShellServerToolItemAction | Unset
            if isinstance(_action, Unset):
                action = UNSET
            else:
                action = OutputShellServerToolItemAction.from_dict(_action)

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

            _at_field_ = "id"
            id = d.pop("id", UNSET)

            _at_field_ = "output"
            _output = d.pop("output", UNSET)
            output: list[ShellCallOutputContent] | Unset = UNSET
            if _output is not UNSET:
                output = []
                for _output_item_data_index, output_item_data in enumerate(_as_list(_output)):
                    try:
                        output_item = ShellCallOutputContent.from_dict(output_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _output_item_data_index)
                    output.append(output_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_shell_server_tool_item = cls(
            status=status,
            type_=type_,
            action=action,
            arguments=arguments,
            call_id=call_id,
            id=id,
            output=output,
        )

        output_shell_server_tool_item.additional_properties = d
        return output_shell_server_tool_item


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    OutputShellServerToolItemAction = _LazyModel(
        globals(), "modelgates_api.models.output_shell_server_tool_item_action", "OutputShellServerToolItemAction"
    )
    ShellCallOutputContent = _LazyModel(
        globals(), "modelgates_api.models.shell_call_output_content", "ShellCallOutputContent"
    )
