from typing import Literal

GetAnalyticsMetaResponse200DataGranularitiesItemName = Literal[
    "day", "hour", "minute", "month", "week"
]

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
    if value in GET_ANALYTICS_META_RESPONSE_200_DATA_GRANULARITIES_ITEM_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_ANALYTICS_META_RESPONSE_200_DATA_GRANULARITIES_ITEM_NAME_VALUES!r}"
    )
