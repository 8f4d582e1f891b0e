from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_stop_event_type import MessagesStopEventType, check_messages_stop_event_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.open_router_metadata import OpenRouterMetadata


@_attrs_define(repr=False, eq=False)
class MessagesStopEvent(_ModelBase):
    """Event sent when the message is complete

    Example:
        {'type': 'message_stop'}

    """

    type_: MessagesStopEventType
    openrouter_metadata: OpenRouterMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        ("type_", "type"),
        "openrouter_metadata",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = check_messages_stop_event_type(d.pop("type"))

            _at_field_ = "openrouter_metadata"
            _openrouter_metadata = d.pop("openrouter_metadata", UNSET)
            openrouter_metadata: OpenRouterMetadata | Unset
            if isinstance(_openrouter_metadata, Unset):
                openrouter_metadata = UNSET
            else:
                openrouter_metadata = OpenRouterMetadata.from_dict(_openrouter_metadata)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_stop_event = cls(
            type_=type_,
            openrouter_metadata=openrouter_metadata,
        )

        messages_stop_event.additional_properties = d
        return messages_stop_event


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    OpenRouterMetadata = _LazyModel(globals(), "modelgates_api.models.open_router_metadata", "OpenRouterMetadata")
