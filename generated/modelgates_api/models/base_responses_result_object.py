from typing import Literal

from ..types import check_enum

BaseResponsesResultObject = Literal["response"] | str

BASE_RESPONSES_RESULT_OBJECT_VALUES: set[BaseResponsesResultObject] = {
    "response",
}


def check_base_responses_result_object(value: str) -> BaseResponsesResultObject:
    return check_enum(value, BASE_RESPONSES_RESULT_OBJECT_VALUES, "BaseResponsesResultObject")
