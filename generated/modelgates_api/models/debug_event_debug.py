from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.debug_event_debug_echo_upstream_body import DebugEventDebugEchoUpstreamBody
    from ..models.debug_event_debug_timings import DebugEventDebugTimings
else:
    DebugEventDebugEchoUpstreamBody = _LazyModel(
        globals(), "debug_event_debug_echo_upstream_body", "DebugEventDebugEchoUpstreamBody"
    )
    DebugEventDebugTimings = _LazyModel(globals(), "debug_event_debug_timings", "DebugEventDebugTimings")


@_attrs_define(repr=False, eq=False)
class DebugEventDebug(_ModelBase):
    echo_upstream_body: DebugEventDebugEchoUpstreamBody | Unset = UNSET
    timings: DebugEventDebugTimings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        ("echo_upstream_body", _model_field(DebugEventDebugEchoUpstreamBody)),
        ("timings", _model_field(DebugEventDebugTimings)),
    )
