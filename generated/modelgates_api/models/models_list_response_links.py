from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class ModelsListResponseLinks(_ModelBase):
    """Pagination links

    Attributes:
        next_ (None | str): URL for the next page of results, or null if this is the last page Example:
            /api/v1/models?offset=500&limit=500.
    """

    next_: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "next",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
            "next_",
        ),
    )
