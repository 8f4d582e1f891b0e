from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.generation_content_data import GenerationContentData
else:
    GenerationContentData = _LazyModel(globals(), "generation_content_data", "GenerationContentData")


@_attrs_define(repr=False, eq=False)
class GenerationContentResponse(_ModelBase):
    """Stored prompt and completion content for a generation

    Example:
        {'data': {'error': None, 'input': {'messages': [{'content': 'What is the meaning of life?', 'role': 'user'}]},
            'output': {'completion': 'The meaning of life is a philosophical question...', 'reasoning': None}}}

    Attributes:
        data (GenerationContentData): Stored prompt and completion content, plus the failure error when one was stored
            Example: {'error': None, 'input': {'messages': [{'content': 'What is the meaning of life?', 'role': 'user'}]},
            'output': {'completion': 'The meaning of life is a philosophical question...', 'reasoning': None}}.
    """

    data: GenerationContentData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("data", _model_field(GenerationContentData)),)
