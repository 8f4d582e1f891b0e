from typing import Literal

GetAnalyticsMetaResponse200DataOperatorsItemName = Literal[
    "eq", "gt", "gte", "in", "lt", "lte", "neq", "not_in"
]

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
    if value in GET_ANALYTICS_META_RESPONSE_200_DATA_OPERATORS_ITEM_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_ANALYTICS_META_RESPONSE_200_DATA_OPERATORS_ITEM_NAME_VALUES!r}"
    )
