from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.debug_event_type import DebugEventType, check_debug_event_type
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.debug_event_debug import DebugEventDebug
else:
    DebugEventDebug = _LazyModel(globals(), "debug_event_debug", "DebugEventDebug")


@_attrs_define(repr=False, eq=False)
class DebugEvent(_ModelBase):
    """Debug event emitted when debug.echo_upstream_body is true. Contains the transformed upstream request body or timing
    milestones.

        Example:
            {'debug': {'echo_upstream_body': {'messages': [], 'model': 'anthropic/claude-sonnet-4'}}, 'sequence_number': 1,
                'type': 'response.debug'}

    """

    debug: DebugEventDebug
    sequence_number: int
    type_: DebugEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("debug", _model_field(DebugEventDebug)),
        "sequence_number",
        ("type", check_debug_event_type, "type_"),
    )
