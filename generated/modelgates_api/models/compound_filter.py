from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.compound_filter_type import CompoundFilterType, check_compound_filter_type
from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.compound_filter_filters_item import CompoundFilterFiltersItem
else:
    CompoundFilterFiltersItem = _LazyModel(globals(), "compound_filter_filters_item", "CompoundFilterFiltersItem")


@_attrs_define(repr=False, eq=False)
class CompoundFilter(_ModelBase):
    """A compound filter that combines multiple comparison or compound filters

    Example:
        {'filters': [{'key': 'author', 'type': 'eq', 'value': 'Alice'}], 'type': 'and'}

    """

    filters: list[CompoundFilterFiltersItem]
    type_: CompoundFilterType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("filters", _list_field(_model_field(CompoundFilterFiltersItem))),
        ("type", check_compound_filter_type, "type_"),
    )
