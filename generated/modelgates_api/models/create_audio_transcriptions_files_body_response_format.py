from typing import Literal

CreateAudioTranscriptionsFilesBodyResponseFormat = Literal["json", "verbose_json"]

CREATE_AUDIO_TRANSCRIPTIONS_FILES_BODY_RESPONSE_FORMAT_VALUES: set[
    CreateAudioTranscriptionsFilesBodyResponseFormat
] = {
    "json",
    "verbose_json",
}


def check_create_audio_transcriptions_files_body_response_format(
    value: str,
) -> CreateAudioTranscriptionsFilesBodyResponseFormat:
    if value in CREATE_AUDIO_TRANSCRIPTIONS_FILES_BODY_RESPONSE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_AUDIO_TRANSCRIPTIONS_FILES_BODY_RESPONSE_FORMAT_VALUES!r}"
    )
