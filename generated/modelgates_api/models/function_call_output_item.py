from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.function_call_output_item_type import FunctionCallOutputItemType, check_function_call_output_item_type
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    list_field as _list_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.function_call_output_item_output_type_1_item_type_1 import FunctionCallOutputItemOutputType1ItemType1
    from ..models.input_file import InputFile
    from ..models.input_text import InputText
else:
    FunctionCallOutputItemOutputType1ItemType1 = _LazyModel(
        globals(), "function_call_output_item_output_type_1_item_type_1", "FunctionCallOutputItemOutputType1ItemType1"
    )
    InputFile = _LazyModel(globals(), "input_file", "InputFile")
    InputText = _LazyModel(globals(), "input_text", "InputText")


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

    _required_ = (
        "call_id",
        (
            "output",
            _union_field(
                (
                    (
                        "list[FunctionCallOutputItemOutputType1ItemType1 | InputFile | InputText]",
                        _guarded(
                            (list,),
                            _list_field(
                                _union_field(
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
                            ),
                        ),
                    ),
                ),
                plain=(str,),
            ),
        ),
        ("type", check_function_call_output_item_type, "type_"),
    )
    _optional_ = (
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
