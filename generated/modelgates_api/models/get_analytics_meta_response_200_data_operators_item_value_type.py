from typing import Literal

from ..types import check_enum

GetAnalyticsMetaResponse200DataOperatorsItemValueType = Literal["array", "scalar"] | str

GET_ANALYTICS_META_RESPONSE_200_DATA_OPERATORS_ITEM_VALUE_TYPE_VALUES: set[
    GetAnalyticsMetaResponse200DataOperatorsItemValueType
] = {
    "array",
    "scalar",
}


def check_get_analytics_meta_response_200_data_operators_item_value_type(
    value: str,
) -> GetAnalyticsMetaResponse200DataOperatorsItemValueType:
    return check_enum(
        value,
        GET_ANALYTICS_META_RESPONSE_200_DATA_OPERATORS_ITEM_VALUE_TYPE_VALUES,
        "GetAnalyticsMetaResponse200DataOperatorsItemValueType",
    )
