from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.list_providers_response_200_data_item_datacenters_type_0_item import (
    ListProvidersResponse200DataItemDatacentersType0Item,
    check_list_providers_response_200_data_item_datacenters_type_0_item,
)
from ..models.list_providers_response_200_data_item_headquarters_type_1 import (
    ListProvidersResponse200DataItemHeadquartersType1,
    check_list_providers_response_200_data_item_headquarters_type_1,
)
from ..models.list_providers_response_200_data_item_headquarters_type_2_type_1 import (
    ListProvidersResponse200DataItemHeadquartersType2Type1,
    check_list_providers_response_200_data_item_headquarters_type_2_type_1,
)
from ..models.list_providers_response_200_data_item_headquarters_type_3_type_1 import (
    ListProvidersResponse200DataItemHeadquartersType3Type1,
    check_list_providers_response_200_data_item_headquarters_type_3_type_1,
)
from ..types import (
    UNSET,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    list_field as _list_field,
    union_field as _union_field,
)


@_attrs_define(repr=False, eq=False)
class ListProvidersResponse200DataItem(_ModelBase):
    """
    Example:
        {'datacenters': ['US', 'IE'], 'headquarters': 'US', 'name': 'OpenAI', 'privacy_policy_url':
            'https://openai.com/privacy', 'slug': 'openai', 'status_page_url': 'https://status.openai.com',
            'terms_of_service_url': 'https://openai.com/terms'}

    Attributes:
        name (str): Display name of the provider Example: OpenAI.
        privacy_policy_url (None | str): URL to the provider's privacy policy Example: https://openai.com/privacy.
        slug (str): URL-friendly identifier for the provider Example: openai.
        datacenters (list[ListProvidersResponse200DataItemDatacentersType0Item] | None | Unset): ISO 3166-1 Alpha-2
            country codes of the provider datacenter locations Example: ['US', 'IE'].
        headquarters (ListProvidersResponse200DataItemHeadquartersType1 |
            ListProvidersResponse200DataItemHeadquartersType2Type1 | ListProvidersResponse200DataItemHeadquartersType3Type1
            | None | Unset): ISO 3166-1 Alpha-2 country code of the provider headquarters Example: US.
        status_page_url (None | str | Unset): URL to the provider's status page Example: https://status.openai.com.
        terms_of_service_url (None | str | Unset): URL to the provider's terms of service Example:
            https://openai.com/terms.
    """

    name: str
    privacy_policy_url: None | str
    slug: str
    datacenters: list[ListProvidersResponse200DataItemDatacentersType0Item] | None | Unset = UNSET
    headquarters: (
        ListProvidersResponse200DataItemHeadquartersType1
        | ListProvidersResponse200DataItemHeadquartersType2Type1
        | ListProvidersResponse200DataItemHeadquartersType3Type1
        | None
        | Unset
    ) = UNSET
    status_page_url: None | str | Unset = UNSET
    terms_of_service_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "name",
        (
            "privacy_policy_url",
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
        ),
        "slug",
    )
    _optional_ = (
        (
            "datacenters",
            _union_field(
                (
                    (
                        "list[ListProvidersResponse200DataItemDatacentersType0Item]",
                        _guarded(
                            (list,), _list_field(check_list_providers_response_200_data_item_datacenters_type_0_item)
                        ),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "headquarters",
            _union_field(
                (
                    (
                        "ListProvidersResponse200DataItemHeadquartersType1",
                        _guarded((str,), check_list_providers_response_200_data_item_headquarters_type_1),
                    ),
                    (
                        "ListProvidersResponse200DataItemHeadquartersType2Type1",
                        _guarded((str,), check_list_providers_response_200_data_item_headquarters_type_2_type_1),
                    ),
                    (
                        "ListProvidersResponse200DataItemHeadquartersType3Type1",
                        _guarded((str,), check_list_providers_response_200_data_item_headquarters_type_3_type_1),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "status_page_url",
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
        ),
        (
            "terms_of_service_url",
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
        ),
    )
