from typing import Literal

BaseResponsesResultObject = Literal["response"]

BASE_RESPONSES_RESULT_OBJECT_VALUES: set[BaseResponsesResultObject] = {
    "response",
}


def check_base_responses_result_object(value: str) -> BaseResponsesResultObject:
    if value in BASE_RESPONSES_RESULT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_RESPONSES_RESULT_OBJECT_VALUES!r}"
    )
