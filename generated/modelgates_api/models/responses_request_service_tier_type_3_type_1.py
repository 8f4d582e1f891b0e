from typing import Literal

from ..types import check_enum

ResponsesRequestServiceTierType3Type1 = Literal["auto", "default", "fast", "flex", "priority", "scale"] | str

RESPONSES_REQUEST_SERVICE_TIER_TYPE_3_TYPE_1_VALUES: set[ResponsesRequestServiceTierType3Type1] = {
    "auto",
    "default",
    "fast",
    "flex",
    "priority",
    "scale",
}


def check_responses_request_service_tier_type_3_type_1(value: str) -> ResponsesRequestServiceTierType3Type1:
    return check_enum(
        value, RESPONSES_REQUEST_SERVICE_TIER_TYPE_3_TYPE_1_VALUES, "ResponsesRequestServiceTierType3Type1"
    )
