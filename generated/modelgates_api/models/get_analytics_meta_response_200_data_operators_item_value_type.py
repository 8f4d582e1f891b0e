from typing import Literal

GetAnalyticsMetaResponse200DataOperatorsItemValueType = Literal["array", "scalar"]

GET_ANALYTICS_META_RESPONSE_200_DATA_OPERATORS_ITEM_VALUE_TYPE_VALUES: set[
    GetAnalyticsMetaResponse200DataOperatorsItemValueType
] = {
    "array",
    "scalar",
}


def check_get_analytics_meta_response_200_data_operators_item_value_type(
    value: str,
) -> GetAnalyticsMetaResponse200DataOperatorsItemValueType:
    if value in GET_ANALYTICS_META_RESPONSE_200_DATA_OPERATORS_ITEM_VALUE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_ANALYTICS_META_RESPONSE_200_DATA_OPERATORS_ITEM_VALUE_TYPE_VALUES!r}"
    )
