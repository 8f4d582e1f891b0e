from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.image_gen_text_chunk_event_phase import (
    ImageGenTextChunkEventPhase,
    check_image_gen_text_chunk_event_phase,
)
from ..models.image_gen_text_chunk_event_type import ImageGenTextChunkEventType, check_image_gen_text_chunk_event_type
from ..types import ModelBase as _ModelBase


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

    _required_ = (
        ("phase", check_image_gen_text_chunk_event_phase),
        "text",
        ("type", check_image_gen_text_chunk_event_type, "type_"),
    )
