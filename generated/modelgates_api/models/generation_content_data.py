from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.generation_content_data_input_type_0 import GenerationContentDataInputType0
    from ..models.generation_content_data_input_type_1 import GenerationContentDataInputType1
    from ..models.generation_content_data_output import GenerationContentDataOutput
    from ..models.generation_content_error import GenerationContentError
else:
    GenerationContentDataInputType0 = _LazyModel(
        globals(), "generation_content_data_input_type_0", "GenerationContentDataInputType0"
    )
    GenerationContentDataInputType1 = _LazyModel(
        globals(), "generation_content_data_input_type_1", "GenerationContentDataInputType1"
    )
    GenerationContentDataOutput = _LazyModel(globals(), "generation_content_data_output", "GenerationContentDataOutput")
    GenerationContentError = _LazyModel(globals(), "generation_content_error", "GenerationContentError")


@_attrs_define(repr=False, eq=False)
class GenerationContentData(_ModelBase):
    """Stored prompt and completion content, plus the failure error when one was stored

    Example:
        {'error': None, 'input': {'messages': [{'content': 'What is the meaning of life?', 'role': 'user'}]}, 'output':
            {'completion': 'The meaning of life is a philosophical question...', 'reasoning': None}}

    Attributes:
        input_ (GenerationContentDataInputType0 | GenerationContentDataInputType1): The input to the generation — either
            a prompt string or an array of messages
        output (GenerationContentDataOutput): The output from the generation
    """

    error: GenerationContentError | None
    input_: GenerationContentDataInputType0 | GenerationContentDataInputType1
    output: GenerationContentDataOutput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "error",
            _union_field((("GenerationContentError", GenerationContentError),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
        (
            "input",
            _union_field(
                (
                    ("GenerationContentDataInputType0", GenerationContentDataInputType0),
                    ("GenerationContentDataInputType1", GenerationContentDataInputType1),
                )
            ),
            "input_",
        ),
        ("output", _model_field(GenerationContentDataOutput)),
    )
