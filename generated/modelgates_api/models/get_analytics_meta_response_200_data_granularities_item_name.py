from typing import Literal

from ..types import check_enum

GetAnalyticsMetaResponse200DataGranularitiesItemName = Literal["day", "hour", "minute", "month", "week"] | str

GET_ANALYTICS_META_RESPONSE_200_DATA_GRANULARITIES_ITEM_NAME_VALUES: set[
    GetAnalyticsMetaResponse200DataGranularitiesItemName
] = {
    "day",
    "hour",
    "minute",
    "month",
    "week",
}


def check_get_analytics_meta_response_200_data_granularities_item_name(
    value: str,
) -> GetAnalyticsMetaResponse200DataGranularitiesItemName:
    return check_enum(
        value,
        GET_ANALYTICS_META_RESPONSE_200_DATA_GRANULARITIES_ITEM_NAME_VALUES,
        "GetAnalyticsMetaResponse200DataGranularitiesItemName",
    )
