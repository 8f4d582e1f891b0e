from typing import Literal

from ..types import check_enum

GetAnalyticsMetaResponse200DataMetricsItemDisplayFormat = (
    Literal["currency", "latency", "number", "percent", "throughput"] | str
)

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
    return check_enum(
        value,
        GET_ANALYTICS_META_RESPONSE_200_DATA_METRICS_ITEM_DISPLAY_FORMAT_VALUES,
        "GetAnalyticsMetaResponse200DataMetricsItemDisplayFormat",
    )
