from typing import Literal

from ..types import check_enum

CreateAudioTranscriptionsFilesBodyResponseFormat = Literal["json", "verbose_json"] | str

CREATE_AUDIO_TRANSCRIPTIONS_FILES_BODY_RESPONSE_FORMAT_VALUES: set[CreateAudioTranscriptionsFilesBodyResponseFormat] = {
    "json",
    "verbose_json",
}


def check_create_audio_transcriptions_files_body_response_format(
    value: str,
) -> CreateAudioTranscriptionsFilesBodyResponseFormat:
    return check_enum(
        value,
        CREATE_AUDIO_TRANSCRIPTIONS_FILES_BODY_RESPONSE_FORMAT_VALUES,
        "CreateAudioTranscriptionsFilesBodyResponseFormat",
    )
