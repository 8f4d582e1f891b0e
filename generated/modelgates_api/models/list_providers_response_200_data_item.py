from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "name",
        "privacy_policy_url",
        "slug",
        "datacenters",
        "headquarters",
        "status_page_url",
        "terms_of_service_url",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "privacy_policy_url"
            privacy_policy_url = d.pop("privacy_policy_url")
            if not isinstance(privacy_policy_url, (str, _NoneType)):
                privacy_policy_url = _parse_union(
                    privacy_policy_url,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "slug"
            slug = d.pop("slug")

            _at_field_ = "datacenters"
            datacenters = d.pop("datacenters", UNSET)
            if not isinstance(datacenters, (_NoneType, Unset)):

                def _datacenters_member_0(data: object) -> list[ListProvidersResponse200DataItemDatacentersType0Item]:
                    if not isinstance(data, list):
                        raise TypeError()
                    datacenters_type_0 = []
                    _datacenters_type_0 = data
                    for _datacenters_type_0_item_data_index, datacenters_type_0_item_data in enumerate(
                        _as_list(_datacenters_type_0)
                    ):
                        try:
                            datacenters_type_0_item = (
                                check_list_providers_response_200_data_item_datacenters_type_0_item(
                                    datacenters_type_0_item_data
                                )
                            )

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _datacenters_type_0_item_data_index)
                        datacenters_type_0.append(datacenters_type_0_item)

                    return datacenters_type_0

                datacenters = _parse_union(
                    datacenters,
                    (("list[ListProvidersResponse200DataItemDatacentersType0Item]", _datacenters_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "headquarters"
            headquarters = d.pop("headquarters", UNSET)
            if not isinstance(headquarters, (_NoneType, Unset)):

                def _headquarters_member_1(data: object) -> ListProvidersResponse200DataItemHeadquartersType1:
                    if not isinstance(data, str):
                        raise TypeError()
                    headquarters_type_1 = check_list_providers_response_200_data_item_headquarters_type_1(data)

                    return headquarters_type_1

                def _headquarters_member_2(data: object) -> ListProvidersResponse200DataItemHeadquartersType2Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    headquarters_type_2_type_1 = check_list_providers_response_200_data_item_headquarters_type_2_type_1(
                        data
                    )

                    return headquarters_type_2_type_1

                def _headquarters_member_3(data: object) -> ListProvidersResponse200DataItemHeadquartersType3Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    headquarters_type_3_type_1 = check_list_providers_response_200_data_item_headquarters_type_3_type_1(
                        data
                    )

                    return headquarters_type_3_type_1

                headquarters = _parse_union(
                    headquarters,
                    (
                        ("ListProvidersResponse200DataItemHeadquartersType1", _headquarters_member_1),
                        ("ListProvidersResponse200DataItemHeadquartersType2Type1", _headquarters_member_2),
                        ("ListProvidersResponse200DataItemHeadquartersType3Type1", _headquarters_member_3),
                    ),
                    plain=(_NoneType,),
                )

            _at_field_ = "status_page_url"
            status_page_url = d.pop("status_page_url", UNSET)
            if not isinstance(status_page_url, (str, _NoneType, Unset)):
                status_page_url = _parse_union(
                    status_page_url,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "terms_of_service_url"
            terms_of_service_url = d.pop("terms_of_service_url", UNSET)
            if not isinstance(terms_of_service_url, (str, _NoneType, Unset)):
                terms_of_service_url = _parse_union(
                    terms_of_service_url,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        list_providers_response_200_data_item = cls(
            name=name,
            privacy_policy_url=privacy_policy_url,
            slug=slug,
            datacenters=datacenters,
            headquarters=headquarters,
            status_page_url=status_page_url,
            terms_of_service_url=terms_of_service_url,
        )

        list_providers_response_200_data_item.additional_properties = d
        return list_providers_response_200_data_item
