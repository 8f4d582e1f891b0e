from typing import Literal

from ..types import check_enum

OpenResponsesResultObject = Literal["response"] | str

OPEN_RESPONSES_RESULT_OBJECT_VALUES: set[OpenResponsesResultObject] = {
    "response",
}


def check_open_responses_result_object(value: str) -> OpenResponsesResultObject:
    return check_enum(value, OPEN_RESPONSES_RESULT_OBJECT_VALUES, "OpenResponsesResultObject")
