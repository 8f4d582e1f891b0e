from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_gen_text_chunk_event_phase import (
    ImageGenTextChunkEventPhase,
    check_image_gen_text_chunk_event_phase,
)
from ..models.image_gen_text_chunk_event_type import ImageGenTextChunkEventType, check_image_gen_text_chunk_event_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ImageGenTextChunkEvent(_ModelBase):
    """Emitted when a text chunk becomes available during streaming generation of text-based formats (e.g. SVG)

    Example:
        {'phase': 'content', 'text': '<svg xmlns="http://www.w3.org/2000/svg">', 'type': 'image_generation.text_chunk'}

    Attributes:
        phase (ImageGenTextChunkEventPhase): The generation phase this chunk belongs to. `content` is the renderable
            output; `reasoning` and `draft` are intermediate provider phases.
        text (str): A text fragment of the image being generated (e.g. partial SVG markup)
        type_ (ImageGenTextChunkEventType): The event type
    """

    phase: ImageGenTextChunkEventPhase
    text: str
    type_: ImageGenTextChunkEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "phase",
        "text",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "phase"
            phase = check_image_gen_text_chunk_event_phase(d.pop("phase"))

            _at_field_ = "text"
            text = d.pop("text")

            _at_field_ = "type"
            type_ = check_image_gen_text_chunk_event_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        image_gen_text_chunk_event = cls(
            phase=phase,
            text=text,
            type_=type_,
        )

        image_gen_text_chunk_event.additional_properties = d
        return image_gen_text_chunk_event
