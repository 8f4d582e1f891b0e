from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import model_field as _model_field

if TYPE_CHECKING:
    from ..models.debug_event_debug_echo_upstream_body import DebugEventDebugEchoUpstreamBody
    from ..models.debug_event_debug_timings import DebugEventDebugTimings
else:
    DebugEventDebugEchoUpstreamBody = _LazyModel(
        globals(), "modelgates_api.models.debug_event_debug_echo_upstream_body", "DebugEventDebugEchoUpstreamBody"
    )
    DebugEventDebugTimings = _LazyModel(
        globals(), "modelgates_api.models.debug_event_debug_timings", "DebugEventDebugTimings"
    )


@_attrs_define(repr=False, eq=False)
class DebugEventDebug(_ModelBase):
    echo_upstream_body: DebugEventDebugEchoUpstreamBody | Unset = UNSET
    timings: DebugEventDebugTimings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        ("echo_upstream_body", _model_field(DebugEventDebugEchoUpstreamBody)),
        ("timings", _model_field(DebugEventDebugTimings)),
    )
