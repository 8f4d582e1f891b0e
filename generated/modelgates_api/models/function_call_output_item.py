from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_call_output_item_type import FunctionCallOutputItemType, check_function_call_output_item_type
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

    from ..models.function_call_output_item_output_type_1_item_type_1 import FunctionCallOutputItemOutputType1ItemType1
    from ..models.input_file import InputFile
    from ..models.input_text import InputText


@_attrs_define(repr=False, eq=False)
class FunctionCallOutputItem(_ModelBase):
    """The output from a function call execution

    Example:
        {'call_id': 'call-abc123', 'id': 'output-abc123', 'output': '{"temperature":72,"conditions":"sunny"}', 'status':
            'completed', 'type': 'function_call_output'}

    """

    call_id: str
    output: list[FunctionCallOutputItemOutputType1ItemType1 | InputFile | InputText] | str
    type_: FunctionCallOutputItemType
    id: None | str | Unset = UNSET
    status: None | ToolCallStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "call_id",
        "output",
        ("type_", "type"),
        "id",
        "status",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "call_id"
            call_id = d.pop("call_id")

            _at_field_ = "output"
            output = d.pop("output")

            def _output_member_1(
                data: object,
            ) -> list[FunctionCallOutputItemOutputType1ItemType1 | InputFile | InputText]:
                if not isinstance(data, list):
                    raise TypeError()
                output_type_1 = []
                _output_type_1 = data
                for _output_type_1_item_data_index, output_type_1_item_data in enumerate(_as_list(_output_type_1)):
                    try:
                        output_type_1_item = output_type_1_item_data
                        output_type_1_item = _parse_union(
                            output_type_1_item,
                            (
                                ("InputText", InputText),
                                (
                                    "FunctionCallOutputItemOutputType1ItemType1",
                                    FunctionCallOutputItemOutputType1ItemType1,
                                ),
                                ("InputFile", InputFile),
                            ),
                            tag=(
                                "type",
                                (
                                    "input_text",
                                    "input_image",
                                    "input_file",
                                ),
                            ),
                        )

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _output_type_1_item_data_index)
                    output_type_1.append(output_type_1_item)

                return output_type_1

            output = _parse_union(
                output,
                (("list[FunctionCallOutputItemOutputType1ItemType1 | InputFile | InputText]", _output_member_1),),
                plain=(str,),
            )

            _at_field_ = "type"
            type_ = check_function_call_output_item_type(d.pop("type"))

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
        function_call_output_item = cls(
            call_id=call_id,
            output=output,
            type_=type_,
            id=id,
            status=status,
        )

        function_call_output_item.additional_properties = d
        return function_call_output_item


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    FunctionCallOutputItemOutputType1ItemType1 = _LazyModel(
        globals(),
        "modelgates_api.models.function_call_output_item_output_type_1_item_type_1",
        "FunctionCallOutputItemOutputType1ItemType1",
    )
    InputFile = _LazyModel(globals(), "modelgates_api.models.input_file", "InputFile")
    InputText = _LazyModel(globals(), "modelgates_api.models.input_text", "InputText")
