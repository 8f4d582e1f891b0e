from typing import Literal

from ..types import check_enum

STTTimestampGranularity = Literal["segment", "word"] | str

STT_TIMESTAMP_GRANULARITY_VALUES: set[STTTimestampGranularity] = {
    "segment",
    "word",
}


def check_stt_timestamp_granularity(value: str) -> STTTimestampGranularity:
    return check_enum(value, STT_TIMESTAMP_GRANULARITY_VALUES, "STTTimestampGranularity")
