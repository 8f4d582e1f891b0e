from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.input_modality import InputModality, check_input_modality
from ..models.instruct_type import InstructType, check_instruct_type
from ..models.model_group import ModelGroup, check_model_group
from ..models.output_modality import OutputModality, check_output_modality
from ..types import (
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    guarded as _guarded,
    list_field as _list_field,
    union_field as _union_field,
)


@_attrs_define(repr=False, eq=False)
class ListEndpointsResponseArchitecture(_ModelBase):
    """Model architecture information

    Example:
        {'input_modalities': ['text'], 'instruct_type': 'chatml', 'modality': 'text->text', 'output_modalities':
            ['text'], 'tokenizer': 'GPT'}

    Attributes:
        input_modalities (list[InputModality]): Supported input modalities
        modality (None | str): Primary modality of the model Example: text.
        output_modalities (list[OutputModality]): Supported output modalities
    """

    input_modalities: list[InputModality]
    instruct_type: InstructType | None
    modality: None | str
    output_modalities: list[OutputModality]
    tokenizer: ModelGroup | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("input_modalities", _list_field(check_input_modality)),
        (
            "instruct_type",
            _union_field(
                (("InstructType", _guarded((str,), check_instruct_type)),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
        (
            "modality",
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
        ("output_modalities", _list_field(check_output_modality)),
        (
            "tokenizer",
            _union_field((("ModelGroup", _guarded((str,), check_model_group)),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
    )
