from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_error_event_type import MessagesErrorEventType, check_messages_error_event_type
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.messages_error_event_error import MessagesErrorEventError
    from ..models.open_router_metadata import OpenRouterMetadata
else:
    MessagesErrorEventError = _LazyModel(globals(), "messages_error_event_error", "MessagesErrorEventError")
    OpenRouterMetadata = _LazyModel(globals(), "open_router_metadata", "OpenRouterMetadata")


@_attrs_define(repr=False, eq=False)
class MessagesErrorEvent(_ModelBase):
    """Error event in the stream

    Example:
        {'error': {'error_type': 'provider_overloaded', 'message': 'Overloaded', 'type': 'overloaded_error'}, 'type':
            'error'}

    """

    error: MessagesErrorEventError
    type_: MessagesErrorEventType
    openrouter_metadata: OpenRouterMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("error", _model_field(MessagesErrorEventError)),
        ("type", check_messages_error_event_type, "type_"),
    )
    _optional_ = (("openrouter_metadata", _model_field(OpenRouterMetadata)),)
