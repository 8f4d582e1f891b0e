from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.image_generation_server_tool_open_router_type import (
    ImageGenerationServerToolOpenRouterType,
    check_image_generation_server_tool_open_router_type,
)
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.image_generation_server_tool_config import ImageGenerationServerToolConfig
else:
    ImageGenerationServerToolConfig = _LazyModel(
        globals(), "image_generation_server_tool_config", "ImageGenerationServerToolConfig"
    )


@_attrs_define(repr=False, eq=False)
class ImageGenerationServerToolOpenRouter(_ModelBase):
    """OpenRouter built-in server tool: generates images from text prompts using an image generation model

    Example:
        {'parameters': {'model': 'openai/gpt-5-image', 'quality': 'high', 'size': '1024x1024'}, 'type':
            'openrouter:image_generation'}

    Attributes:
        parameters (ImageGenerationServerToolConfig | Unset): Configuration for the openrouter:image_generation server
            tool. Accepts all image_config params (aspect_ratio, quality, size, background, output_format,
            output_compression, moderation, etc.) plus a model field. Example: {'aspect_ratio': '16:9', 'model':
            'openai/gpt-5-image', 'quality': 'high'}.
    """

    type_: ImageGenerationServerToolOpenRouterType
    parameters: ImageGenerationServerToolConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_image_generation_server_tool_open_router_type, "type_"),)
    _optional_ = (("parameters", _model_field(ImageGenerationServerToolConfig)),)
