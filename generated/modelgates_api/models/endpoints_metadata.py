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

    from ..models.endpoint_info import EndpointInfo


@_attrs_define(repr=False, eq=False)
class EndpointsMetadata(_ModelBase):
    """
    Example:
        {'available': [{'model': 'openai/gpt-4o', 'provider': 'OpenAI', 'selected': True}], 'total': 3}

    """

    available: list[EndpointInfo]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "available",
        "total",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "available"
            available = []
            _available = d.pop("available")
            for _available_item_data_index, available_item_data in enumerate(_as_list(_available)):
                try:
                    available_item = EndpointInfo.from_dict(available_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _available_item_data_index)
                available.append(available_item)

            _at_field_ = "total"
            total = d.pop("total")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        endpoints_metadata = cls(
            available=available,
            total=total,
        )

        endpoints_metadata.additional_properties = d
        return endpoints_metadata


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    EndpointInfo = _LazyModel(globals(), "modelgates_api.models.endpoint_info", "EndpointInfo")
