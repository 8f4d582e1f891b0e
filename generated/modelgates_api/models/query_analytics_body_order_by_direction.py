from typing import Literal

QueryAnalyticsBodyOrderByDirection = Literal["asc", "desc"]

QUERY_ANALYTICS_BODY_ORDER_BY_DIRECTION_VALUES: set[
    QueryAnalyticsBodyOrderByDirection
] = {
    "asc",
    "desc",
}


def check_query_analytics_body_order_by_direction(
    value: str,
) -> QueryAnalyticsBodyOrderByDirection:
    if value in QUERY_ANALYTICS_BODY_ORDER_BY_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_ANALYTICS_BODY_ORDER_BY_DIRECTION_VALUES!r}"
    )
