from typing import Literal

from ..types import check_enum

GetTaskClassificationsWindow = Literal["7d"] | str

GET_TASK_CLASSIFICATIONS_WINDOW_VALUES: set[GetTaskClassificationsWindow] = {
    "7d",
}


def check_get_task_classifications_window(value: str) -> GetTaskClassificationsWindow:
    return check_enum(value, GET_TASK_CLASSIFICATIONS_WINDOW_VALUES, "GetTaskClassificationsWindow")
