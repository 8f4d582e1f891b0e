from typing import Literal

from ..types import check_enum

QueryAnalyticsBodyOrderByDirection = Literal["asc", "desc"] | str

QUERY_ANALYTICS_BODY_ORDER_BY_DIRECTION_VALUES: set[QueryAnalyticsBodyOrderByDirection] = {
    "asc",
    "desc",
}


def check_query_analytics_body_order_by_direction(value: str) -> QueryAnalyticsBodyOrderByDirection:
    return check_enum(value, QUERY_ANALYTICS_BODY_ORDER_BY_DIRECTION_VALUES, "QueryAnalyticsBodyOrderByDirection")
