from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.debug_event_debug_timings_event import DebugEventDebugTimingsEvent, check_debug_event_debug_timings_event
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class DebugEventDebugTimings(_ModelBase):
    epoch_ms: int
    event: DebugEventDebugTimingsEvent
    start_ms: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "epoch_ms",
        "event",
        "start_ms",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "epoch_ms"
            epoch_ms = d.pop("epoch_ms")

            _at_field_ = "event"
            event = check_debug_event_debug_timings_event(d.pop("event"))

            _at_field_ = "start_ms"
            start_ms = d.pop("start_ms")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        debug_event_debug_timings = cls(
            epoch_ms=epoch_ms,
            event=event,
            start_ms=start_ms,
        )

        debug_event_debug_timings.additional_properties = d
        return debug_event_debug_timings
