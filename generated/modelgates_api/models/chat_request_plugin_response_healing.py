from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_request_plugin_response_healing_id import (
    ChatRequestPluginResponseHealingId,
    check_chat_request_plugin_response_healing_id,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field, unknown_fields
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ChatRequestPluginResponseHealing(_ModelBase):
    """Repairs malformed JSON output (non-streaming requests with a JSON response_format).

    Attributes:
        enabled (bool | Unset): Set to false to disable the plugin for this request.
    """

    id: ChatRequestPluginResponseHealingId
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "id",
        "enabled",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = check_chat_request_plugin_response_healing_id(d.pop("id"))

            _at_field_ = "enabled"
            enabled = d.pop("enabled", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_request_plugin_response_healing = cls(
            id=id,
            enabled=enabled,
        )

        chat_request_plugin_response_healing.additional_properties = unknown_fields(d)
        return chat_request_plugin_response_healing
