from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    PARSE_ERRORS,
    as_object,
    at_field,
)
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from ..models.get_analytics_meta_response_200_data import (
        GetAnalyticsMetaResponse200Data,
    )


T = TypeVar("T", bound="GetAnalyticsMetaResponse200")


@_attrs_define(repr=False, eq=False)
class GetAnalyticsMetaResponse200(_ModelBase):
    """
    Attributes:
        data (GetAnalyticsMetaResponse200Data):
    """

    data: GetAnalyticsMetaResponse200Data
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (GetAnalyticsMetaResponse200Data,) = _lazy_imports()
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "data": data,
        }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        (GetAnalyticsMetaResponse200Data,) = _lazy_imports()
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = GetAnalyticsMetaResponse200Data.from_dict(d.pop("data"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        get_analytics_meta_response_200 = cls(
            data=data,
        )

        get_analytics_meta_response_200.additional_properties = d
        return get_analytics_meta_response_200


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    """The models the methods above use: imported on their first call, not with this module (the
    models refer to each other in cycles), and bound once. Absolute imports: a relative one reads
    the module's ``__spec__.parent``, a Python-level property."""
    from modelgates_api.models.get_analytics_meta_response_200_data import (
        GetAnalyticsMetaResponse200Data,
    )

    return (GetAnalyticsMetaResponse200Data,)
