from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from .. import types
from ..models.create_audio_transcriptions_files_body_response_format import (
    CreateAudioTranscriptionsFilesBodyResponseFormat,
    check_create_audio_transcriptions_files_body_response_format,
)
from ..models.create_audio_transcriptions_files_body_timestamp_granularities_item import (
    CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem,
    check_create_audio_transcriptions_files_body_timestamp_granularities_item,
)
from ..types import UNSET, File, ModelBase as _ModelBase, Unset, list_field as _list_field, parse_file as _parse_file


@_attrs_define(repr=False, eq=False)
class CreateAudioTranscriptionsFilesBody(_ModelBase):
    """
    Attributes:
        file (File): The audio file to transcribe. The format is derived from the filename extension or the file part
            content type. Max 25 MB; send larger files as base64 JSON via input_audio.
        model (str): The model to use for transcription.
        language (str | Unset): The language of the input audio (ISO-639-1).
        response_format (CreateAudioTranscriptionsFilesBodyResponseFormat | Unset): The response format. "json"
            (default) returns { text, usage }; "verbose_json" additionally returns task, language, duration, and segment-
            level timestamps (OpenAI-compatible providers only).
        temperature (float | Unset): The sampling temperature.
        timestamp_granularities (list[CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem] | Unset): Timestamp
            detail levels to include when response_format is "verbose_json". "word" additionally returns word-level
            timestamps in the words array.
    """

    file: File
    model: str
    language: str | Unset = UNSET
    response_format: CreateAudioTranscriptionsFilesBodyResponseFormat | Unset = UNSET
    temperature: float | Unset = UNSET
    timestamp_granularities: list[CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("file", _parse_file),
        "model",
    )
    _optional_ = (
        "language",
        ("response_format", check_create_audio_transcriptions_files_body_response_format),
        "temperature",
        (
            "timestamp_granularities[]",
            _list_field(check_create_audio_transcriptions_files_body_timestamp_granularities_item),
            "timestamp_granularities",
        ),
    )

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("model", (None, str(self.model).encode(), "text/plain")))

        if not isinstance(self.language, Unset):
            files.append(("language", (None, str(self.language).encode(), "text/plain")))

        if not isinstance(self.response_format, Unset):
            files.append(("response_format", (None, str(self.response_format).encode(), "text/plain")))

        if not isinstance(self.temperature, Unset):
            files.append(("temperature", (None, str(self.temperature).encode(), "text/plain")))

        if not isinstance(self.timestamp_granularities, Unset):
            for timestamp_granularities_item_element in self.timestamp_granularities:
                files.append(
                    (
                        "timestamp_granularities[]",
                        (None, str(timestamp_granularities_item_element).encode(), "text/plain"),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files
