from typing import Literal

from ..types import check_enum

AnthropicContainerUploadType = Literal["container_upload"] | str

ANTHROPIC_CONTAINER_UPLOAD_TYPE_VALUES: set[AnthropicContainerUploadType] = {
    "container_upload",
}


def check_anthropic_container_upload_type(value: str) -> AnthropicContainerUploadType:
    return check_enum(value, ANTHROPIC_CONTAINER_UPLOAD_TYPE_VALUES, "AnthropicContainerUploadType")
