from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.chat_request_plugin_context_compression_engine import (
    ChatRequestPluginContextCompressionEngine,
    check_chat_request_plugin_context_compression_engine,
)
from ..models.chat_request_plugin_context_compression_id import (
    ChatRequestPluginContextCompressionId,
    check_chat_request_plugin_context_compression_id,
)
from ..types import CLOSED, UNSET, ModelBase as _ModelBase, Unset


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

    _required_ = (("id", check_chat_request_plugin_context_compression_id),)
    _optional_ = (
        "enabled",
        ("engine", check_chat_request_plugin_context_compression_engine),
    )
    _extras_ = CLOSED
