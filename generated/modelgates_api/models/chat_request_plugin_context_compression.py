from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_request_plugin_context_compression_engine import (
    ChatRequestPluginContextCompressionEngine,
    check_chat_request_plugin_context_compression_engine,
)
from ..models.chat_request_plugin_context_compression_id import (
    ChatRequestPluginContextCompressionId,
    check_chat_request_plugin_context_compression_id,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field, unknown_fields
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ChatRequestPluginContextCompression(_ModelBase):
    """Compresses prompts that exceed the model's context window.

    Attributes:
        enabled (bool | Unset): Set to false to disable the plugin for this request.
        engine (ChatRequestPluginContextCompressionEngine | Unset): Compression strategy.
    """

    id: ChatRequestPluginContextCompressionId
    enabled: bool | Unset = UNSET
    engine: ChatRequestPluginContextCompressionEngine | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "id",
        "enabled",
        "engine",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = check_chat_request_plugin_context_compression_id(d.pop("id"))

            _at_field_ = "enabled"
            enabled = d.pop("enabled", UNSET)

            _at_field_ = "engine"
            _engine = d.pop("engine", UNSET)
            engine: ChatRequestPluginContextCompressionEngine | Unset
            if isinstance(_engine, Unset):
                engine = UNSET
            else:
                engine = check_chat_request_plugin_context_compression_engine(_engine)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_request_plugin_context_compression = cls(
            id=id,
            enabled=enabled,
            engine=engine,
        )

        chat_request_plugin_context_compression.additional_properties = unknown_fields(d)
        return chat_request_plugin_context_compression
