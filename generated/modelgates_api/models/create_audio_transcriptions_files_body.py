from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_audio_transcriptions_files_body_response_format import (
    CreateAudioTranscriptionsFilesBodyResponseFormat,
    check_create_audio_transcriptions_files_body_response_format,
)
from ..models.create_audio_transcriptions_files_body_timestamp_granularities_item import (
    CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem,
    check_create_audio_transcriptions_files_body_timestamp_granularities_item,
)
from ..types import PARSE_ERRORS, UNSET, File, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "file",
        "model",
        "language",
        "response_format",
        "temperature",
        ("timestamp_granularities", "timestamp_granularities[]"),
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "file"
            file = File(payload=BytesIO(d.pop("file")))

            _at_field_ = "model"
            model = d.pop("model")

            _at_field_ = "language"
            language = d.pop("language", UNSET)

            _at_field_ = "response_format"
            _response_format = d.pop("response_format", UNSET)
            response_format: CreateAudioTranscriptionsFilesBodyResponseFormat | Unset
            if isinstance(_response_format, Unset):
                response_format = UNSET
            else:
                response_format = check_create_audio_transcriptions_files_body_response_format(_response_format)

            _at_field_ = "temperature"
            temperature = d.pop("temperature", UNSET)

            _at_field_ = "timestamp_granularities[]"
            _timestamp_granularities = d.pop("timestamp_granularities[]", UNSET)
            timestamp_granularities: list[CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem] | Unset = UNSET
            if _timestamp_granularities is not UNSET:
                timestamp_granularities = []
                for _timestamp_granularities_item_data_index, timestamp_granularities_item_data in enumerate(
                    _as_list(_timestamp_granularities)
                ):
                    try:
                        timestamp_granularities_item = (
                            check_create_audio_transcriptions_files_body_timestamp_granularities_item(
                                timestamp_granularities_item_data
                            )
                        )

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _timestamp_granularities_item_data_index)
                    timestamp_granularities.append(timestamp_granularities_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_audio_transcriptions_files_body = cls(
            file=file,
            model=model,
            language=language,
            response_format=response_format,
            temperature=temperature,
            timestamp_granularities=timestamp_granularities,
        )

        create_audio_transcriptions_files_body.additional_properties = d
        return create_audio_transcriptions_files_body
