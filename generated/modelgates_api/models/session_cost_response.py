from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.session_cost_item import SessionCostItem
    from ..models.session_cost_meta import SessionCostMeta


@_attrs_define(repr=False, eq=False)
class SessionCostResponse(_ModelBase):
    data: list[SessionCostItem]
    meta: SessionCostMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "data",
        "meta",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = []
            _data = d.pop("data")
            for _data_item_data_index, data_item_data in enumerate(_as_list(_data)):
                try:
                    data_item = SessionCostItem.from_dict(data_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _data_item_data_index)
                data.append(data_item)

            _at_field_ = "meta"
            meta = SessionCostMeta.from_dict(d.pop("meta"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        session_cost_response = cls(
            data=data,
            meta=meta,
        )

        session_cost_response.additional_properties = d
        return session_cost_response


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    SessionCostItem = _LazyModel(globals(), "modelgates_api.models.session_cost_item", "SessionCostItem")
    SessionCostMeta = _LazyModel(globals(), "modelgates_api.models.session_cost_meta", "SessionCostMeta")
