from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_stop_event_type import MessagesStopEventType, check_messages_stop_event_type
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.open_router_metadata import OpenRouterMetadata
else:
    OpenRouterMetadata = _LazyModel(globals(), "open_router_metadata", "OpenRouterMetadata")


@_attrs_define(repr=False, eq=False)
class MessagesStopEvent(_ModelBase):
    """Event sent when the message is complete

    Example:
        {'type': 'message_stop'}

    """

    type_: MessagesStopEventType
    openrouter_metadata: OpenRouterMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_messages_stop_event_type, "type_"),)
    _optional_ = (("openrouter_metadata", _model_field(OpenRouterMetadata)),)
