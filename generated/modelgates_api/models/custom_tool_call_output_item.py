from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.custom_tool_call_output_item_type import (
    CustomToolCallOutputItemType,
    check_custom_tool_call_output_item_type,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    guarded as _guarded,
    list_field as _list_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.custom_tool_call_output_item_output_type_1_item_type_1 import (
        CustomToolCallOutputItemOutputType1ItemType1,
    )
    from ..models.input_file import InputFile
    from ..models.input_text import InputText
else:
    CustomToolCallOutputItemOutputType1ItemType1 = _LazyModel(
        globals(),
        "custom_tool_call_output_item_output_type_1_item_type_1",
        "CustomToolCallOutputItemOutputType1ItemType1",
    )
    InputFile = _LazyModel(globals(), "input_file", "InputFile")
    InputText = _LazyModel(globals(), "input_text", "InputText")


@_attrs_define(repr=False, eq=False)
class CustomToolCallOutputItem(_ModelBase):
    """The output from a custom (freeform-grammar) tool call execution. Mirrors `function_call_output` but is matched to a
    `custom_tool_call` rather than a `function_call`.

        Example:
            {'call_id': 'call-abc123', 'id': 'ctco-abc123', 'output': 'patch applied successfully', 'type':
                'custom_tool_call_output'}

    """

    call_id: str
    output: list[CustomToolCallOutputItemOutputType1ItemType1 | InputFile | InputText] | str
    type_: CustomToolCallOutputItemType
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "call_id",
        (
            "output",
            _union_field(
                (
                    (
                        "list[CustomToolCallOutputItemOutputType1ItemType1 | InputFile | InputText]",
                        _guarded(
                            (list,),
                            _list_field(
                                _union_field(
                                    (
                                        ("InputText", InputText),
                                        (
                                            "CustomToolCallOutputItemOutputType1ItemType1",
                                            CustomToolCallOutputItemOutputType1ItemType1,
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
        ("type", check_custom_tool_call_output_item_type, "type_"),
    )
    _optional_ = ("id",)
