from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.debug_event_type import DebugEventType, check_debug_event_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.debug_event_debug import DebugEventDebug


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

    _json_fields_ = (
        "debug",
        "sequence_number",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "debug"
            debug = DebugEventDebug.from_dict(d.pop("debug"))

            _at_field_ = "sequence_number"
            sequence_number = d.pop("sequence_number")

            _at_field_ = "type"
            type_ = check_debug_event_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        debug_event = cls(
            debug=debug,
            sequence_number=sequence_number,
            type_=type_,
        )

        debug_event.additional_properties = d
        return debug_event


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    DebugEventDebug = _LazyModel(globals(), "modelgates_api.models.debug_event_debug", "DebugEventDebug")
