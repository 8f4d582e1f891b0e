from typing import Literal

ListOrganizationMembersResponse200DataItemRole = Literal["org:admin", "org:member"]

LIST_ORGANIZATION_MEMBERS_RESPONSE_200_DATA_ITEM_ROLE_VALUES: set[
    ListOrganizationMembersResponse200DataItemRole
] = {
    "org:admin",
    "org:member",
}


def check_list_organization_members_response_200_data_item_role(
    value: str,
) -> ListOrganizationMembersResponse200DataItemRole:
    if value in LIST_ORGANIZATION_MEMBERS_RESPONSE_200_DATA_ITEM_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_MEMBERS_RESPONSE_200_DATA_ITEM_ROLE_VALUES!r}"
    )
