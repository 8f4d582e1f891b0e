from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.compound_filter_type import CompoundFilterType, check_compound_filter_type
from ..types import (
    PARSE_ERRORS,
    as_object,
    at_field,
)
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from ..models.compound_filter_filters_item import CompoundFilterFiltersItem


T = TypeVar("T", bound="CompoundFilter")


@_attrs_define(repr=False, eq=False)
class CompoundFilter(_ModelBase):
    """A compound filter that combines multiple comparison or compound filters

    Example:
        {'filters': [{'key': 'author', 'type': 'eq', 'value': 'Alice'}], 'type': 'and'}

    Attributes:
        filters (list[CompoundFilterFiltersItem]):
        type_ (CompoundFilterType):
    """

    filters: list[CompoundFilterFiltersItem]
    type_: CompoundFilterType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (CompoundFilterFiltersItem,) = _lazy_imports()
        filters = []
        for filters_item_data in self.filters:
            filters_item = filters_item_data.to_dict()
            filters.append(filters_item)

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filters": filters,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        (CompoundFilterFiltersItem,) = _lazy_imports()
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "filters"
            filters = []
            _filters = d.pop("filters")
            for _filters_item_data_index, filters_item_data in enumerate(
                _as_list(_filters)
            ):
                try:
                    filters_item = CompoundFilterFiltersItem.from_dict(
                        filters_item_data
                    )

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

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    """The models the methods above use: imported on their first call, not with this module (the
    models refer to each other in cycles), and bound once. Absolute imports: a relative one reads
    the module's ``__spec__.parent``, a Python-level property."""
    from modelgates_api.models.compound_filter_filters_item import (
        CompoundFilterFiltersItem,
    )

    return (CompoundFilterFiltersItem,)
