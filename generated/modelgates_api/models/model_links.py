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
class ModelLinks(_ModelBase):
    """Related API endpoints and resources for this model.

    Example:
        {'details': '/api/v1/models/openai/gpt-5.4/endpoints'}

    Attributes:
        details (str): URL for the model details/endpoints API Example: /api/v1/models/openai/gpt-5.4/endpoints.
    """

    details: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("details",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "details"
            details = d.pop("details")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        model_links = cls(
            details=details,
        )

        model_links.additional_properties = d
        return model_links
