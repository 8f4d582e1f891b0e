from typing import Literal

from ..types import check_enum

GetAnalyticsMetaResponse200DataOperatorsItemName = Literal["eq", "gt", "gte", "in", "lt", "lte", "neq", "not_in"] | str

GET_ANALYTICS_META_RESPONSE_200_DATA_OPERATORS_ITEM_NAME_VALUES: set[
    GetAnalyticsMetaResponse200DataOperatorsItemName
] = {
    "eq",
    "gt",
    "gte",
    "in",
    "lt",
    "lte",
    "neq",
    "not_in",
}


def check_get_analytics_meta_response_200_data_operators_item_name(
    value: str,
) -> GetAnalyticsMetaResponse200DataOperatorsItemName:
    return check_enum(
        value,
        GET_ANALYTICS_META_RESPONSE_200_DATA_OPERATORS_ITEM_NAME_VALUES,
        "GetAnalyticsMetaResponse200DataOperatorsItemName",
    )
