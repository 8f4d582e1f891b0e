from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.chat_request_plugin_response_healing_id import (
    ChatRequestPluginResponseHealingId,
    check_chat_request_plugin_response_healing_id,
)
from ..types import CLOSED, UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class ChatRequestPluginResponseHealing(_ModelBase):
    """Repairs malformed JSON output (non-streaming requests with a JSON response_format).

    Attributes:
        enabled (bool | Unset): Set to false to disable the plugin for this request.
    """

    id: ChatRequestPluginResponseHealingId
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("id", check_chat_request_plugin_response_healing_id),)
    _optional_ = ("enabled",)
    _extras_ = CLOSED
