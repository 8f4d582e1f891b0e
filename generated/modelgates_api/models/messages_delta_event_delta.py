from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.or_anthropic_stop_reason import ORAnthropicStopReason, check_or_anthropic_stop_reason
from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    guarded as _guarded,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_container import AnthropicContainer
    from ..models.anthropic_refusal_stop_details import AnthropicRefusalStopDetails
else:
    AnthropicContainer = _LazyModel(globals(), "anthropic_container", "AnthropicContainer")
    AnthropicRefusalStopDetails = _LazyModel(globals(), "anthropic_refusal_stop_details", "AnthropicRefusalStopDetails")


@_attrs_define(repr=False, eq=False)
class MessagesDeltaEventDelta(_ModelBase):
    container: AnthropicContainer | None
    stop_details: AnthropicRefusalStopDetails | None
    stop_reason: None | ORAnthropicStopReason
    stop_sequence: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "container",
            _union_field((("AnthropicContainer", AnthropicContainer),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
        (
            "stop_details",
            _union_field(
                (("AnthropicRefusalStopDetails", AnthropicRefusalStopDetails),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
        (
            "stop_reason",
            _union_field(
                (("ORAnthropicStopReason", _guarded((str,), check_or_anthropic_stop_reason)),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "stop_sequence",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
    )
