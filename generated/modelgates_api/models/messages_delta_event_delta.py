from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.or_anthropic_stop_reason import ORAnthropicStopReason, check_or_anthropic_stop_reason
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_container import AnthropicContainer
    from ..models.anthropic_refusal_stop_details import AnthropicRefusalStopDetails


@_attrs_define(repr=False, eq=False)
class MessagesDeltaEventDelta(_ModelBase):
    container: AnthropicContainer | None
    stop_details: AnthropicRefusalStopDetails | None
    stop_reason: None | ORAnthropicStopReason
    stop_sequence: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "container",
        "stop_details",
        "stop_reason",
        "stop_sequence",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "container"
            container = d.pop("container")
            if not isinstance(container, (_NoneType,)):
                container = _parse_union(
                    container,
                    (("AnthropicContainer", AnthropicContainer),),
                    plain=(_NoneType,),
                )

            _at_field_ = "stop_details"
            stop_details = d.pop("stop_details")
            if not isinstance(stop_details, (_NoneType,)):
                stop_details = _parse_union(
                    stop_details,
                    (("AnthropicRefusalStopDetails", AnthropicRefusalStopDetails),),
                    plain=(_NoneType,),
                )

            _at_field_ = "stop_reason"
            stop_reason = d.pop("stop_reason")
            if not isinstance(stop_reason, (_NoneType,)):

                def _stop_reason_member_0(data: object) -> ORAnthropicStopReason:
                    if not isinstance(data, str):
                        raise TypeError()
                    stop_reason_type_0 = check_or_anthropic_stop_reason(data)

                    return stop_reason_type_0

                stop_reason = _parse_union(
                    stop_reason,
                    (("ORAnthropicStopReason", _stop_reason_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "stop_sequence"
            stop_sequence = d.pop("stop_sequence")
            if not isinstance(stop_sequence, (str, _NoneType)):
                stop_sequence = _parse_union(
                    stop_sequence,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_delta_event_delta = cls(
            container=container,
            stop_details=stop_details,
            stop_reason=stop_reason,
            stop_sequence=stop_sequence,
        )

        messages_delta_event_delta.additional_properties = d
        return messages_delta_event_delta


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicContainer = _LazyModel(globals(), "modelgates_api.models.anthropic_container", "AnthropicContainer")
    AnthropicRefusalStopDetails = _LazyModel(
        globals(), "modelgates_api.models.anthropic_refusal_stop_details", "AnthropicRefusalStopDetails"
    )
