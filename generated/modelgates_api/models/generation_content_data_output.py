from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class GenerationContentDataOutput(_ModelBase):
    """The output from the generation

    Attributes:
        completion (None | str): The completion output Example: The meaning of life is a philosophical question....
        reasoning (None | str): Reasoning/thinking output, if any
    """

    completion: None | str
    reasoning: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "completion",
        "reasoning",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "completion"
            completion = d.pop("completion")
            if not isinstance(completion, (str, _NoneType)):
                completion = _parse_union(
                    completion,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "reasoning"
            reasoning = d.pop("reasoning")
            if not isinstance(reasoning, (str, _NoneType)):
                reasoning = _parse_union(
                    reasoning,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        generation_content_data_output = cls(
            completion=completion,
            reasoning=reasoning,
        )

        generation_content_data_output.additional_properties = d
        return generation_content_data_output
