from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_computer_call_item_status import (
    OutputComputerCallItemStatus,
    check_output_computer_call_item_status,
)
from ..models.output_computer_call_item_type import OutputComputerCallItemType, check_output_computer_call_item_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.output_computer_call_item_pending_safety_checks_item import (
        OutputComputerCallItemPendingSafetyChecksItem,
    )


@_attrs_define(repr=False, eq=False)
class OutputComputerCallItem(_ModelBase):
    """
    Example:
        {'action': {'type': 'screenshot'}, 'call_id': 'call-abc123', 'id': 'cu-abc123', 'pending_safety_checks': [],
            'status': 'completed', 'type': 'computer_call'}

    """

    call_id: str
    pending_safety_checks: list[OutputComputerCallItemPendingSafetyChecksItem]
    status: OutputComputerCallItemStatus
    type_: OutputComputerCallItemType
    action: Any | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "call_id",
        "pending_safety_checks",
        "status",
        ("type_", "type"),
        "action",
        "id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "call_id"
            call_id = d.pop("call_id")

            _at_field_ = "pending_safety_checks"
            pending_safety_checks = []
            _pending_safety_checks = d.pop("pending_safety_checks")
            for _pending_safety_checks_item_data_index, pending_safety_checks_item_data in enumerate(
                _as_list(_pending_safety_checks)
            ):
                try:
                    pending_safety_checks_item = OutputComputerCallItemPendingSafetyChecksItem.from_dict(
                        pending_safety_checks_item_data
                    )

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _pending_safety_checks_item_data_index)
                pending_safety_checks.append(pending_safety_checks_item)

            _at_field_ = "status"
            status = check_output_computer_call_item_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_output_computer_call_item_type(d.pop("type"))

            _at_field_ = "action"
            action = d.pop("action", UNSET)

            _at_field_ = "id"
            id = d.pop("id", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_computer_call_item = cls(
            call_id=call_id,
            pending_safety_checks=pending_safety_checks,
            status=status,
            type_=type_,
            action=action,
            id=id,
        )

        output_computer_call_item.additional_properties = d
        return output_computer_call_item


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    OutputComputerCallItemPendingSafetyChecksItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_computer_call_item_pending_safety_checks_item",
        "OutputComputerCallItemPendingSafetyChecksItem",
    )
