from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_document_block_param_source_type_2_type import (
    AnthropicDocumentBlockParamSourceType2Type,
    check_anthropic_document_block_param_source_type_2_type,
)
from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    guarded as _guarded,
    list_field as _list_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_image_block_param import AnthropicImageBlockParam
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam
else:
    AnthropicImageBlockParam = _LazyModel(globals(), "anthropic_image_block_param", "AnthropicImageBlockParam")
    AnthropicTextBlockParam = _LazyModel(globals(), "anthropic_text_block_param", "AnthropicTextBlockParam")


@_attrs_define(repr=False, eq=False)
class AnthropicDocumentBlockParamSourceType2(_ModelBase):
    content: list[AnthropicImageBlockParam | AnthropicTextBlockParam] | str
    type_: AnthropicDocumentBlockParamSourceType2Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "content",
            _union_field(
                (
                    (
                        "list[AnthropicImageBlockParam | AnthropicTextBlockParam]",
                        _guarded(
                            (list,),
                            _list_field(
                                _union_field(
                                    (
                                        ("AnthropicTextBlockParam", AnthropicTextBlockParam),
                                        ("AnthropicImageBlockParam", AnthropicImageBlockParam),
                                    ),
                                    tag=(
                                        "type",
                                        (
                                            "text",
                                            "image",
                                        ),
                                    ),
                                )
                            ),
                        ),
                    ),
                ),
                plain=(str,),
            ),
        ),
        ("type", check_anthropic_document_block_param_source_type_2_type, "type_"),
    )
