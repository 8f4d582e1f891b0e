from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


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

    _required_ = ("details",)
