from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_computer_call_item_status import (
    OutputComputerCallItemStatus,
    check_output_computer_call_item_status,
)
from ..models.output_computer_call_item_type import OutputComputerCallItemType, check_output_computer_call_item_type
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.output_computer_call_item_pending_safety_checks_item import (
        OutputComputerCallItemPendingSafetyChecksItem,
    )
else:
    OutputComputerCallItemPendingSafetyChecksItem = _LazyModel(
        globals(),
        "output_computer_call_item_pending_safety_checks_item",
        "OutputComputerCallItemPendingSafetyChecksItem",
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

    _required_ = (
        "call_id",
        ("pending_safety_checks", _list_field(_model_field(OutputComputerCallItemPendingSafetyChecksItem))),
        ("status", check_output_computer_call_item_status),
        ("type", check_output_computer_call_item_type, "type_"),
    )
    _optional_ = (
        "action",
        "id",
    )
