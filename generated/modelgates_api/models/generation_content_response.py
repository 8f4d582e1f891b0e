from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    PARSE_ERRORS,
    as_object,
    at_field,
)
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from ..models.generation_content_data import GenerationContentData


T = TypeVar("T", bound="GenerationContentResponse")


@_attrs_define(repr=False, eq=False)
class GenerationContentResponse(_ModelBase):
    """Stored prompt and completion content for a generation

    Example:
        {'data': {'error': None, 'input': {'messages': [{'content': 'What is the meaning of life?', 'role': 'user'}]},
            'output': {'completion': 'The meaning of life is a philosophical question...', 'reasoning': None}}}

    Attributes:
        data (GenerationContentData): Stored prompt and completion content, plus the failure error when one was stored
            Example: {'error': None, 'input': {'messages': [{'content': 'What is the meaning of life?', 'role': 'user'}]},
            'output': {'completion': 'The meaning of life is a philosophical question...', 'reasoning': None}}.
    """

    data: GenerationContentData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (GenerationContentData,) = _lazy_imports()
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "data": data,
        }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        (GenerationContentData,) = _lazy_imports()
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = GenerationContentData.from_dict(d.pop("data"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        generation_content_response = cls(
            data=data,
        )

        generation_content_response.additional_properties = d
        return generation_content_response


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    """The models the methods above use: imported on their first call, not with this module (the
    models refer to each other in cycles), and bound once. Absolute imports: a relative one reads
    the module's ``__spec__.parent``, a Python-level property."""
    from modelgates_api.models.generation_content_data import GenerationContentData

    return (GenerationContentData,)
