from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field, unknown_fields
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ChatDebugOptions(_ModelBase):
    """Debug options for inspecting request transformations (streaming only).

    Attributes:
        echo_upstream_body (bool | Unset): Echo the request body sent upstream to the provider (streaming only).
    """

    echo_upstream_body: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("echo_upstream_body",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "echo_upstream_body"
            echo_upstream_body = d.pop("echo_upstream_body", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_debug_options = cls(
            echo_upstream_body=echo_upstream_body,
        )

        chat_debug_options.additional_properties = unknown_fields(d)
        return chat_debug_options
