from typing import Literal

from ..types import check_enum

ApplyPatchCallOperationDiffDoneEventType = Literal["response.apply_patch_call_operation_diff.done"] | str

APPLY_PATCH_CALL_OPERATION_DIFF_DONE_EVENT_TYPE_VALUES: set[ApplyPatchCallOperationDiffDoneEventType] = {
    "response.apply_patch_call_operation_diff.done",
}


def check_apply_patch_call_operation_diff_done_event_type(value: str) -> ApplyPatchCallOperationDiffDoneEventType:
    return check_enum(
        value, APPLY_PATCH_CALL_OPERATION_DIFF_DONE_EVENT_TYPE_VALUES, "ApplyPatchCallOperationDiffDoneEventType"
    )
