from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.debug_event_debug_echo_upstream_body import DebugEventDebugEchoUpstreamBody
    from ..models.debug_event_debug_timings import DebugEventDebugTimings


@_attrs_define(repr=False, eq=False)
class DebugEventDebug(_ModelBase):
    echo_upstream_body: DebugEventDebugEchoUpstreamBody | Unset = UNSET
    timings: DebugEventDebugTimings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "echo_upstream_body",
        "timings",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "echo_upstream_body"
            _echo_upstream_body = d.pop("echo_upstream_body", UNSET)
            echo_upstream_body: DebugEventDebugEchoUpstreamBody | Unset
            if isinstance(_echo_upstream_body, Unset):
                echo_upstream_body = UNSET
            else:
                echo_upstream_body = DebugEventDebugEchoUpstreamBody.from_dict(_echo_upstream_body)

            _at_field_ = "timings"
            _timings = d.pop("timings", UNSET)
            timings: DebugEventDebugTimings | Unset
            if isinstance(_timings, Unset):
                timings = UNSET
            else:
                timings = DebugEventDebugTimings.from_dict(_timings)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        debug_event_debug = cls(
            echo_upstream_body=echo_upstream_body,
            timings=timings,
        )

        debug_event_debug.additional_properties = d
        return debug_event_debug


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    DebugEventDebugEchoUpstreamBody = _LazyModel(
        globals(), "modelgates_api.models.debug_event_debug_echo_upstream_body", "DebugEventDebugEchoUpstreamBody"
    )
    DebugEventDebugTimings = _LazyModel(
        globals(), "modelgates_api.models.debug_event_debug_timings", "DebugEventDebugTimings"
    )
