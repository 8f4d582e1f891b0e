from typing import Literal

from ..types import check_enum

ApplyPatchCallOperationDiffDeltaEventType = Literal["response.apply_patch_call_operation_diff.delta"] | str

APPLY_PATCH_CALL_OPERATION_DIFF_DELTA_EVENT_TYPE_VALUES: set[ApplyPatchCallOperationDiffDeltaEventType] = {
    "response.apply_patch_call_operation_diff.delta",
}


def check_apply_patch_call_operation_diff_delta_event_type(value: str) -> ApplyPatchCallOperationDiffDeltaEventType:
    return check_enum(
        value, APPLY_PATCH_CALL_OPERATION_DIFF_DELTA_EVENT_TYPE_VALUES, "ApplyPatchCallOperationDiffDeltaEventType"
    )
