from typing import Literal

GetAnalyticsMetaResponse200DataMetricsItemDisplayFormat = Literal[
    "currency", "latency", "number", "percent", "throughput"
]

GET_ANALYTICS_META_RESPONSE_200_DATA_METRICS_ITEM_DISPLAY_FORMAT_VALUES: set[
    GetAnalyticsMetaResponse200DataMetricsItemDisplayFormat
] = {
    "currency",
    "latency",
    "number",
    "percent",
    "throughput",
}


def check_get_analytics_meta_response_200_data_metrics_item_display_format(
    value: str,
) -> GetAnalyticsMetaResponse200DataMetricsItemDisplayFormat:
    if value in GET_ANALYTICS_META_RESPONSE_200_DATA_METRICS_ITEM_DISPLAY_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_ANALYTICS_META_RESPONSE_200_DATA_METRICS_ITEM_DISPLAY_FORMAT_VALUES!r}"
    )
