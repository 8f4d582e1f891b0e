from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_shell_call_output_item_type import (
    OutputShellCallOutputItemType,
    check_output_shell_call_output_item_type,
)
from ..models.shell_call_status import ShellCallStatus, check_shell_call_status
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

    from ..models.shell_call_output_content import ShellCallOutputContent


@_attrs_define(repr=False, eq=False)
class OutputShellCallOutputItem(_ModelBase):
    """A native `shell_call_output` item matching OpenAI's Responses API shape. Carries per-command stdout, stderr, and the
    exit/timeout outcome.

        Example:
            {'call_id': 'call_abc123', 'id': 'sho_abc123', 'output': [{'outcome': {'exit_code': 0, 'type': 'exit'},
                'stderr': '', 'stdout': 'hello\\n'}], 'status': 'completed', 'type': 'shell_call_output'}

        Attributes:
            status (ShellCallStatus): Status of a shell call or its output. Example: completed.
    """

    call_id: str
    id: str
    output: list[ShellCallOutputContent]
    status: ShellCallStatus
    type_: OutputShellCallOutputItemType
    max_output_length: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "call_id",
        "id",
        "output",
        "status",
        ("type_", "type"),
        "max_output_length",
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

            _at_field_ = "output"
            output = []
            _output = d.pop("output")
            for _output_item_data_index, output_item_data in enumerate(_as_list(_output)):
                try:
                    output_item = ShellCallOutputContent.from_dict(output_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _output_item_data_index)
                output.append(output_item)

            _at_field_ = "status"
            status = check_shell_call_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_output_shell_call_output_item_type(d.pop("type"))

            _at_field_ = "max_output_length"
            max_output_length = d.pop("max_output_length", UNSET)
            if not isinstance(max_output_length, (int, _NoneType, Unset)):
                max_output_length = _parse_union(
                    max_output_length,
                    (),
                    plain=(int, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_shell_call_output_item = cls(
            call_id=call_id,
            id=id,
            output=output,
            status=status,
            type_=type_,
            max_output_length=max_output_length,
        )

        output_shell_call_output_item.additional_properties = d
        return output_shell_call_output_item


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ShellCallOutputContent = _LazyModel(
        globals(), "modelgates_api.models.shell_call_output_content", "ShellCallOutputContent"
    )
