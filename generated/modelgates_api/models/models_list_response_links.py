from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ModelsListResponseLinks(_ModelBase):
    """Pagination links

    Attributes:
        next_ (None | str): URL for the next page of results, or null if this is the last page Example:
            /api/v1/models?offset=500&limit=500.
    """

    next_: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (("next_", "next"),)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "next"
            next_ = d.pop("next")
            if not isinstance(next_, (str, _NoneType)):
                next_ = _parse_union(
                    next_,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        models_list_response_links = cls(
            next_=next_,
        )

        models_list_response_links.additional_properties = d
        return models_list_response_links
