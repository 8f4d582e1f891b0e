from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.open_ai_response_custom_tool_call_output_type import (
    OpenAIResponseCustomToolCallOutputType,
    check_open_ai_response_custom_tool_call_output_type,
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
    from ..models.input_file import InputFile
    from ..models.input_image import InputImage
    from ..models.input_text import InputText
else:
    InputFile = _LazyModel(globals(), "input_file", "InputFile")
    InputImage = _LazyModel(globals(), "input_image", "InputImage")
    InputText = _LazyModel(globals(), "input_text", "InputText")


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

    _required_ = (
        "call_id",
        (
            "output",
            _union_field(
                (
                    (
                        "list[InputFile | InputImage | InputText]",
                        _guarded(
                            (list,),
                            _list_field(
                                _union_field(
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
                            ),
                        ),
                    ),
                ),
                plain=(str,),
            ),
        ),
        ("type", check_open_ai_response_custom_tool_call_output_type, "type_"),
    )
    _optional_ = ("id",)
