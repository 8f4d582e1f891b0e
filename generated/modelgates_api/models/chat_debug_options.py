from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import CLOSED, UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class ChatDebugOptions(_ModelBase):
    """Debug options for inspecting request transformations (streaming only).

    Attributes:
        echo_upstream_body (bool | Unset): Echo the request body sent upstream to the provider (streaming only).
    """

    echo_upstream_body: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = ("echo_upstream_body",)
    _extras_ = CLOSED
