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
class MessagesFallbackParam(_ModelBase):
    """Fallback model to try when the primary model fails or refuses. Only the `model` field is supported; per-attempt
    overrides are rejected.

        Example:
            {'model': 'claude-opus-4-8'}

    """

    model: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("model",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "model"
            model = d.pop("model")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_fallback_param = cls(
            model=model,
        )

        messages_fallback_param.additional_properties = d
        return messages_fallback_param
