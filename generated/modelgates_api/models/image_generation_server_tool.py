from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.image_generation_server_tool_background import (
    ImageGenerationServerToolBackground,
    check_image_generation_server_tool_background,
)
from ..models.image_generation_server_tool_input_fidelity_type_1 import (
    ImageGenerationServerToolInputFidelityType1,
    check_image_generation_server_tool_input_fidelity_type_1,
)
from ..models.image_generation_server_tool_input_fidelity_type_2_type_1 import (
    ImageGenerationServerToolInputFidelityType2Type1,
    check_image_generation_server_tool_input_fidelity_type_2_type_1,
)
from ..models.image_generation_server_tool_input_fidelity_type_3_type_1 import (
    ImageGenerationServerToolInputFidelityType3Type1,
    check_image_generation_server_tool_input_fidelity_type_3_type_1,
)
from ..models.image_generation_server_tool_moderation import (
    ImageGenerationServerToolModeration,
    check_image_generation_server_tool_moderation,
)
from ..models.image_generation_server_tool_output_format import (
    ImageGenerationServerToolOutputFormat,
    check_image_generation_server_tool_output_format,
)
from ..models.image_generation_server_tool_quality import (
    ImageGenerationServerToolQuality,
    check_image_generation_server_tool_quality,
)
from ..models.image_generation_server_tool_type import (
    ImageGenerationServerToolType,
    check_image_generation_server_tool_type,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.image_generation_server_tool_input_image_mask import ImageGenerationServerToolInputImageMask
else:
    ImageGenerationServerToolInputImageMask = _LazyModel(
        globals(), "image_generation_server_tool_input_image_mask", "ImageGenerationServerToolInputImageMask"
    )


@_attrs_define(repr=False, eq=False)
class ImageGenerationServerTool(_ModelBase):
    """Image generation tool configuration

    Example:
        {'quality': 'high', 'type': 'image_generation'}

    """

    type_: ImageGenerationServerToolType
    background: ImageGenerationServerToolBackground | Unset = UNSET
    input_fidelity: (
        ImageGenerationServerToolInputFidelityType1
        | ImageGenerationServerToolInputFidelityType2Type1
        | ImageGenerationServerToolInputFidelityType3Type1
        | None
        | Unset
    ) = UNSET
    input_image_mask: ImageGenerationServerToolInputImageMask | Unset = UNSET
    model: str | Unset = UNSET
    moderation: ImageGenerationServerToolModeration | Unset = UNSET
    output_compression: int | Unset = UNSET
    output_format: ImageGenerationServerToolOutputFormat | Unset = UNSET
    partial_images: int | Unset = UNSET
    quality: ImageGenerationServerToolQuality | Unset = UNSET
    size: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_image_generation_server_tool_type, "type_"),)
    _optional_ = (
        ("background", check_image_generation_server_tool_background),
        (
            "input_fidelity",
            _union_field(
                (
                    (
                        "ImageGenerationServerToolInputFidelityType1",
                        _guarded((str,), check_image_generation_server_tool_input_fidelity_type_1),
                    ),
                    (
                        "ImageGenerationServerToolInputFidelityType2Type1",
                        _guarded((str,), check_image_generation_server_tool_input_fidelity_type_2_type_1),
                    ),
                    (
                        "ImageGenerationServerToolInputFidelityType3Type1",
                        _guarded((str,), check_image_generation_server_tool_input_fidelity_type_3_type_1),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        ("input_image_mask", _model_field(ImageGenerationServerToolInputImageMask)),
        "model",
        ("moderation", check_image_generation_server_tool_moderation),
        "output_compression",
        ("output_format", check_image_generation_server_tool_output_format),
        "partial_images",
        ("quality", check_image_generation_server_tool_quality),
        "size",
    )
