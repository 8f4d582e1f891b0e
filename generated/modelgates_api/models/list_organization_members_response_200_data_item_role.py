from typing import Literal

from ..types import check_enum

ListOrganizationMembersResponse200DataItemRole = Literal["org:admin", "org:member"] | str

LIST_ORGANIZATION_MEMBERS_RESPONSE_200_DATA_ITEM_ROLE_VALUES: set[ListOrganizationMembersResponse200DataItemRole] = {
    "org:admin",
    "org:member",
}


def check_list_organization_members_response_200_data_item_role(
    value: str,
) -> ListOrganizationMembersResponse200DataItemRole:
    return check_enum(
        value,
        LIST_ORGANIZATION_MEMBERS_RESPONSE_200_DATA_ITEM_ROLE_VALUES,
        "ListOrganizationMembersResponse200DataItemRole",
    )
