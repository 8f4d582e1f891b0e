from typing import Literal

CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem = Literal[
    "segment", "word"
]

CREATE_AUDIO_TRANSCRIPTIONS_FILES_BODY_TIMESTAMP_GRANULARITIES_ITEM_VALUES: set[
    CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem
] = {
    "segment",
    "word",
}


def check_create_audio_transcriptions_files_body_timestamp_granularities_item(
    value: str,
) -> CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem:
    if (
        value
        in CREATE_AUDIO_TRANSCRIPTIONS_FILES_BODY_TIMESTAMP_GRANULARITIES_ITEM_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_AUDIO_TRANSCRIPTIONS_FILES_BODY_TIMESTAMP_GRANULARITIES_ITEM_VALUES!r}"
    )
