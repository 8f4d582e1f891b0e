from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_response_custom_tool_call_output_type import (
    OpenAIResponseCustomToolCallOutputType,
    check_open_ai_response_custom_tool_call_output_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.input_file import InputFile
    from ..models.input_image import InputImage
    from ..models.input_text import InputText


@_attrs_define(repr=False, eq=False)
class OpenAIResponseCustomToolCallOutput(_ModelBase):
    """
    Example:
        {'call_id': 'call-abc123', 'output': 'patch applied successfully', 'type': 'custom_tool_call_output'}

    """

    call_id: str
    output: list[InputFile | InputImage | InputText] | str
    type_: OpenAIResponseCustomToolCallOutputType
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "call_id",
        "output",
        ("type_", "type"),
        "id",
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

            def _output_member_1(data: object) -> list[InputFile | InputImage | InputText]:
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
                                ("InputImage", InputImage),
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
                (("list[InputFile | InputImage | InputText]", _output_member_1),),
                plain=(str,),
            )

            _at_field_ = "type"
            type_ = check_open_ai_response_custom_tool_call_output_type(d.pop("type"))

            _at_field_ = "id"
            id = d.pop("id", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        open_ai_response_custom_tool_call_output = cls(
            call_id=call_id,
            output=output,
            type_=type_,
            id=id,
        )

        open_ai_response_custom_tool_call_output.additional_properties = d
        return open_ai_response_custom_tool_call_output


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    InputFile = _LazyModel(globals(), "modelgates_api.models.input_file", "InputFile")
    InputImage = _LazyModel(globals(), "modelgates_api.models.input_image", "InputImage")
    InputText = _LazyModel(globals(), "modelgates_api.models.input_text", "InputText")
