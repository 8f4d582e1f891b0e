from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.endpoint_info import EndpointInfo
else:
    EndpointInfo = _LazyModel(globals(), "endpoint_info", "EndpointInfo")


@_attrs_define(repr=False, eq=False)
class EndpointsMetadata(_ModelBase):
    """
    Example:
        {'available': [{'model': 'openai/gpt-4o', 'provider': 'OpenAI', 'selected': True}], 'total': 3}

    """

    available: list[EndpointInfo]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("available", _list_field(_model_field(EndpointInfo))),
        "total",
    )
