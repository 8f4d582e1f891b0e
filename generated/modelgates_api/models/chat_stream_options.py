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
class ChatStreamOptions(_ModelBase):
    """Streaming configuration options.

    Attributes:
        include_usage (bool | Unset): Send usage statistics on the final chunk.
    """

    include_usage: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("include_usage",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "include_usage"
            include_usage = d.pop("include_usage", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_stream_options = cls(
            include_usage=include_usage,
        )

        chat_stream_options.additional_properties = unknown_fields(d)
        return chat_stream_options
