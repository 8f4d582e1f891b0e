from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.debug_event_debug_timings_event import DebugEventDebugTimingsEvent, check_debug_event_debug_timings_event
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class DebugEventDebugTimings(_ModelBase):
    epoch_ms: int
    event: DebugEventDebugTimingsEvent
    start_ms: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "epoch_ms",
        ("event", check_debug_event_debug_timings_event),
        "start_ms",
    )
