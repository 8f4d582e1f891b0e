from typing import Literal

from ..types import check_enum

CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem = Literal["segment", "word"] | str

CREATE_AUDIO_TRANSCRIPTIONS_FILES_BODY_TIMESTAMP_GRANULARITIES_ITEM_VALUES: set[
    CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem
] = {
    "segment",
    "word",
}


def check_create_audio_transcriptions_files_body_timestamp_granularities_item(
    value: str,
) -> CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem:
    return check_enum(
        value,
        CREATE_AUDIO_TRANSCRIPTIONS_FILES_BODY_TIMESTAMP_GRANULARITIES_ITEM_VALUES,
        "CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem",
    )
