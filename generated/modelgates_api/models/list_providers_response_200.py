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

    from ..models.list_providers_response_200_data_item import ListProvidersResponse200DataItem


@_attrs_define(repr=False, eq=False)
class ListProvidersResponse200(_ModelBase):
    """
    Example:
        {'data': [{'datacenters': ['US', 'IE'], 'headquarters': 'US', 'name': 'OpenAI', 'privacy_policy_url':
            'https://openai.com/privacy', 'slug': 'openai', 'status_page_url': 'https://status.openai.com',
            'terms_of_service_url': 'https://openai.com/terms'}]}

    """

    data: list[ListProvidersResponse200DataItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("data",)

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
                    data_item = ListProvidersResponse200DataItem.from_dict(data_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _data_item_data_index)
                data.append(data_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        list_providers_response_200 = cls(
            data=data,
        )

        list_providers_response_200.additional_properties = d
        return list_providers_response_200


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ListProvidersResponse200DataItem = _LazyModel(
        globals(), "modelgates_api.models.list_providers_response_200_data_item", "ListProvidersResponse200DataItem"
    )
