from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compound_filter_type import CompoundFilterType, check_compound_filter_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.compound_filter_filters_item import CompoundFilterFiltersItem


@_attrs_define(repr=False, eq=False)
class CompoundFilter(_ModelBase):
    """A compound filter that combines multiple comparison or compound filters

    Example:
        {'filters': [{'key': 'author', 'type': 'eq', 'value': 'Alice'}], 'type': 'and'}

    """

    filters: list[CompoundFilterFiltersItem]
    type_: CompoundFilterType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "filters",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "filters"
            filters = []
            _filters = d.pop("filters")
            for _filters_item_data_index, filters_item_data in enumerate(_as_list(_filters)):
                try:
                    filters_item = CompoundFilterFiltersItem.from_dict(filters_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _filters_item_data_index)
                filters.append(filters_item)

            _at_field_ = "type"
            type_ = check_compound_filter_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        compound_filter = cls(
            filters=filters,
            type_=type_,
        )

        compound_filter.additional_properties = d
        return compound_filter


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    CompoundFilterFiltersItem = _LazyModel(
        globals(), "modelgates_api.models.compound_filter_filters_item", "CompoundFilterFiltersItem"
    )
