from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.stt_segment import STTSegment
    from ..models.stt_usage import STTUsage
    from ..models.stt_word import STTWord


@_attrs_define(repr=False, eq=False)
class STTResponse(_ModelBase):
    """STT response containing transcribed text and optional usage statistics

    Example:
        {'text': 'Hello, this is a test of OpenAI speech-to-text transcription.', 'usage': {'cost': 0.000508,
            'input_tokens': 83, 'output_tokens': 30, 'seconds': 9.2, 'total_tokens': 113}}

    Attributes:
        text (str): The transcribed text Example: Hello, this is a test of OpenAI speech-to-text transcription. The
            weather is sunny today and the temperature is around 72 degrees..
        duration (float | Unset): Duration of the input audio in seconds, present when response_format is verbose_json
            Example: 9.2.
        language (str | Unset): Detected or forced language, present when response_format is verbose_json Example:
            english.
        segments (list[STTSegment] | Unset): Timestamped transcript segments, present when response_format is
            verbose_json
        task (str | Unset): The task performed, present when response_format is verbose_json Example: transcribe.
        usage (STTUsage | Unset): Aggregated usage statistics for the request Example: {'cost': 0.000508,
            'input_tokens': 83, 'output_tokens': 30, 'seconds': 9.2, 'total_tokens': 113}.
        words (list[STTWord] | Unset): Timestamped words, present when the provider returns word-level timestamps
    """

    text: str
    duration: float | Unset = UNSET
    language: str | Unset = UNSET
    segments: list[STTSegment] | Unset = UNSET
    task: str | Unset = UNSET
    usage: STTUsage | Unset = UNSET
    words: list[STTWord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "text",
        "duration",
        "language",
        "segments",
        "task",
        "usage",
        "words",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "text"
            text = d.pop("text")

            _at_field_ = "duration"
            duration = d.pop("duration", UNSET)

            _at_field_ = "language"
            language = d.pop("language", UNSET)

            _at_field_ = "segments"
            _segments = d.pop("segments", UNSET)
            segments: list[STTSegment] | Unset = UNSET
            if _segments is not UNSET:
                segments = []
                for _segments_item_data_index, segments_item_data in enumerate(_as_list(_segments)):
                    try:
                        segments_item = STTSegment.from_dict(segments_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _segments_item_data_index)
                    segments.append(segments_item)

            _at_field_ = "task"
            task = d.pop("task", UNSET)

            _at_field_ = "usage"
            _usage = d.pop("usage", UNSET)
            usage: STTUsage | Unset
            if isinstance(_usage, Unset):
                usage = UNSET
            else:
                usage = STTUsage.from_dict(_usage)

            _at_field_ = "words"
            _words = d.pop("words", UNSET)
            words: list[STTWord] | Unset = UNSET
            if _words is not UNSET:
                words = []
                for _words_item_data_index, words_item_data in enumerate(_as_list(_words)):
                    try:
                        words_item = STTWord.from_dict(words_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _words_item_data_index)
                    words.append(words_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        stt_response = cls(
            text=text,
            duration=duration,
            language=language,
            segments=segments,
            task=task,
            usage=usage,
            words=words,
        )

        stt_response.additional_properties = d
        return stt_response


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    STTSegment = _LazyModel(globals(), "modelgates_api.models.stt_segment", "STTSegment")
    STTUsage = _LazyModel(globals(), "modelgates_api.models.stt_usage", "STTUsage")
    STTWord = _LazyModel(globals(), "modelgates_api.models.stt_word", "STTWord")
