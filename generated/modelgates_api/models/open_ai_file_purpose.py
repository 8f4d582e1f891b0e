from typing import Literal

from ..types import check_enum

OpenAIFilePurpose = (
    Literal[
        "assistants",
        "assistants_output",
        "batch",
        "batch_output",
        "evals",
        "fine-tune",
        "fine-tune-results",
        "user_data",
        "vision",
    ]
    | str
)

OPEN_AI_FILE_PURPOSE_VALUES: set[OpenAIFilePurpose] = {
    "assistants",
    "assistants_output",
    "batch",
    "batch_output",
    "evals",
    "fine-tune",
    "fine-tune-results",
    "user_data",
    "vision",
}


def check_open_ai_file_purpose(value: str) -> OpenAIFilePurpose:
    return check_enum(value, OPEN_AI_FILE_PURPOSE_VALUES, "OpenAIFilePurpose")
