from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.session_cost_item import SessionCostItem
    from ..models.session_cost_meta import SessionCostMeta
else:
    SessionCostItem = _LazyModel(globals(), "session_cost_item", "SessionCostItem")
    SessionCostMeta = _LazyModel(globals(), "session_cost_meta", "SessionCostMeta")


@_attrs_define(repr=False, eq=False)
class SessionCostResponse(_ModelBase):
    data: list[SessionCostItem]
    meta: SessionCostMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("data", _list_field(_model_field(SessionCostItem))),
        ("meta", _model_field(SessionCostMeta)),
    )
