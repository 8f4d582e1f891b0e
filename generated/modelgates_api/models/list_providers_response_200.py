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
    from ..models.list_providers_response_200_data_item import ListProvidersResponse200DataItem
else:
    ListProvidersResponse200DataItem = _LazyModel(
        globals(), "list_providers_response_200_data_item", "ListProvidersResponse200DataItem"
    )


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

    _required_ = (("data", _list_field(_model_field(ListProvidersResponse200DataItem))),)
