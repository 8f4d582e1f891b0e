from typing import Literal

GetTaskClassificationsWindow = Literal["7d"]

GET_TASK_CLASSIFICATIONS_WINDOW_VALUES: set[GetTaskClassificationsWindow] = {
    "7d",
}


def check_get_task_classifications_window(value: str) -> GetTaskClassificationsWindow:
    if value in GET_TASK_CLASSIFICATIONS_WINDOW_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_TASK_CLASSIFICATIONS_WINDOW_VALUES!r}"
    )
