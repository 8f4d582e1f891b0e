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
class EndpointInfo(_ModelBase):
    """
    Example:
        {'model': 'openai/gpt-4o', 'provider': 'OpenAI', 'selected': True}

    """

    model: str
    provider: str
    selected: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "model",
        "provider",
        "selected",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "model"
            model = d.pop("model")

            _at_field_ = "provider"
            provider = d.pop("provider")

            _at_field_ = "selected"
            selected = d.pop("selected")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        endpoint_info = cls(
            model=model,
            provider=provider,
            selected=selected,
        )

        endpoint_info.additional_properties = d
        return endpoint_info
