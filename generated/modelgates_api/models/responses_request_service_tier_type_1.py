from typing import Literal

from ..types import check_enum

ResponsesRequestServiceTierType1 = Literal["auto", "default", "fast", "flex", "priority", "scale"] | str

RESPONSES_REQUEST_SERVICE_TIER_TYPE_1_VALUES: set[ResponsesRequestServiceTierType1] = {
    "auto",
    "default",
    "fast",
    "flex",
    "priority",
    "scale",
}


def check_responses_request_service_tier_type_1(value: str) -> ResponsesRequestServiceTierType1:
    return check_enum(value, RESPONSES_REQUEST_SERVICE_TIER_TYPE_1_VALUES, "ResponsesRequestServiceTierType1")
