from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ModelsCountResponseData(_ModelBase):
    """Model count data

    Example:
        {'count': 150}

    Attributes:
        count (int): Total number of available models Example: 150.
    """

    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("count",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "count"
            count = d.pop("count")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        models_count_response_data = cls(
            count=count,
        )

        models_count_response_data.additional_properties = d
        return models_count_response_data
