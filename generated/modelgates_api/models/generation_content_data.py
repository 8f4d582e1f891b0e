from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.generation_content_data_input_type_0 import GenerationContentDataInputType0
    from ..models.generation_content_data_input_type_1 import GenerationContentDataInputType1
    from ..models.generation_content_data_output import GenerationContentDataOutput
    from ..models.generation_content_error import GenerationContentError


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

    _json_fields_ = (
        "error",
        ("input_", "input"),
        "output",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "error"
            error = d.pop("error")
            if not isinstance(error, (_NoneType,)):
                error = _parse_union(
                    error,
                    (("GenerationContentError", GenerationContentError),),
                    plain=(_NoneType,),
                )

            _at_field_ = "input"
            input_ = d.pop("input")
            input_ = _parse_union(
                input_,
                (
                    ("GenerationContentDataInputType0", GenerationContentDataInputType0),
                    ("GenerationContentDataInputType1", GenerationContentDataInputType1),
                ),
            )

            _at_field_ = "output"
            output = GenerationContentDataOutput.from_dict(d.pop("output"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        generation_content_data = cls(
            error=error,
            input_=input_,
            output=output,
        )

        generation_content_data.additional_properties = d
        return generation_content_data


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    GenerationContentDataInputType0 = _LazyModel(
        globals(), "modelgates_api.models.generation_content_data_input_type_0", "GenerationContentDataInputType0"
    )
    GenerationContentDataInputType1 = _LazyModel(
        globals(), "modelgates_api.models.generation_content_data_input_type_1", "GenerationContentDataInputType1"
    )
    GenerationContentDataOutput = _LazyModel(
        globals(), "modelgates_api.models.generation_content_data_output", "GenerationContentDataOutput"
    )
    GenerationContentError = _LazyModel(
        globals(), "modelgates_api.models.generation_content_error", "GenerationContentError"
    )
