from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.chat_request_plugin_context_compression_engine import (
    ChatRequestPluginContextCompressionEngine,
    check_chat_request_plugin_context_compression_engine,
)
from ..models.chat_request_plugin_context_compression_id import (
    ChatRequestPluginContextCompressionId,
    check_chat_request_plugin_context_compression_id,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatRequestPluginContextCompression")


@_attrs_define
class ChatRequestPluginContextCompression:
    """Compresses prompts that exceed the model's context window.

    Attributes:
        id (ChatRequestPluginContextCompressionId):
        enabled (bool | Unset): Set to false to disable the plugin for this request.
        engine (ChatRequestPluginContextCompressionEngine | Unset): Compression strategy.
    """

    id: ChatRequestPluginContextCompressionId
    enabled: bool | Unset = UNSET
    engine: ChatRequestPluginContextCompressionEngine | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id: str = self.id

        enabled = self.enabled

        engine: str | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if engine is not UNSET:
            field_dict["engine"] = engine

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = check_chat_request_plugin_context_compression_id(d.pop("id"))

        enabled = d.pop("enabled", UNSET)

        _engine = d.pop("engine", UNSET)
        engine: ChatRequestPluginContextCompressionEngine | Unset
        if isinstance(_engine, Unset):
            engine = UNSET
        else:
            engine = check_chat_request_plugin_context_compression_engine(_engine)

        chat_request_plugin_context_compression = cls(
            id=id,
            enabled=enabled,
            engine=engine,
        )

        return chat_request_plugin_context_compression
