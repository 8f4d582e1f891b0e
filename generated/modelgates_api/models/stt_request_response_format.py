from typing import Literal

from ..types import check_enum

STTRequestResponseFormat = Literal["json", "verbose_json"] | str

STT_REQUEST_RESPONSE_FORMAT_VALUES: set[STTRequestResponseFormat] = {
    "json",
    "verbose_json",
}


def check_stt_request_response_format(value: str) -> STTRequestResponseFormat:
    return check_enum(value, STT_REQUEST_RESPONSE_FORMAT_VALUES, "STTRequestResponseFormat")
