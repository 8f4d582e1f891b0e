from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class CreateObservabilityDestinationRequestConfig(_ModelBase):
    """Provider-specific configuration. The shape depends on `type` and is validated server-side.

    Example:
        {'baseUrl': 'https://us.cloud.langfuse.com', 'publicKey': 'pk-l...EfGh', 'secretKey': 'sk-l...AbCd'}

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
