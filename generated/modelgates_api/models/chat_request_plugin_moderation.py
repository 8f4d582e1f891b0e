from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.chat_request_plugin_moderation_id import (
    ChatRequestPluginModerationId,
    check_chat_request_plugin_moderation_id,
)
from ..types import CLOSED, UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class ChatRequestPluginModeration(_ModelBase):
    """Moderation plugin.

    Attributes:
        enabled (bool | Unset): Set to false to disable the plugin for this request.
    """

    id: ChatRequestPluginModerationId
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("id", check_chat_request_plugin_moderation_id),)
    _optional_ = ("enabled",)
    _extras_ = CLOSED
