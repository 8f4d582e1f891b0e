from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.image_generation_server_tool_input_image_mask import ImageGenerationServerToolInputImageMask


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

    _json_fields_ = (
        ("type_", "type"),
        "background",
        "input_fidelity",
        "input_image_mask",
        "model",
        "moderation",
        "output_compression",
        "output_format",
        "partial_images",
        "quality",
        "size",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = check_image_generation_server_tool_type(d.pop("type"))

            _at_field_ = "background"
            _background = d.pop("background", UNSET)
            background: ImageGenerationServerToolBackground | Unset
            if isinstance(_background, Unset):
                background = UNSET
            else:
                background = check_image_generation_server_tool_background(_background)

            _at_field_ = "input_fidelity"
            input_fidelity = d.pop("input_fidelity", UNSET)
            if not isinstance(input_fidelity, (_NoneType, Unset)):

                def _input_fidelity_member_1(data: object) -> ImageGenerationServerToolInputFidelityType1:
                    if not isinstance(data, str):
                        raise TypeError()
                    input_fidelity_type_1 = check_image_generation_server_tool_input_fidelity_type_1(data)

                    return input_fidelity_type_1

                def _input_fidelity_member_2(data: object) -> ImageGenerationServerToolInputFidelityType2Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    input_fidelity_type_2_type_1 = check_image_generation_server_tool_input_fidelity_type_2_type_1(data)

                    return input_fidelity_type_2_type_1

                def _input_fidelity_member_3(data: object) -> ImageGenerationServerToolInputFidelityType3Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    input_fidelity_type_3_type_1 = check_image_generation_server_tool_input_fidelity_type_3_type_1(data)

                    return input_fidelity_type_3_type_1

                input_fidelity = _parse_union(
                    input_fidelity,
                    (
                        ("ImageGenerationServerToolInputFidelityType1", _input_fidelity_member_1),
                        ("ImageGenerationServerToolInputFidelityType2Type1", _input_fidelity_member_2),
                        ("ImageGenerationServerToolInputFidelityType3Type1", _input_fidelity_member_3),
                    ),
                    plain=(_NoneType,),
                )

            _at_field_ = "input_image_mask"
            _input_image_mask = d.pop("input_image_mask", UNSET)
            input_image_mask: ImageGenerationServerToolInputImageMask | Unset
            if isinstance(_input_image_mask, Unset):
                input_image_mask = UNSET
            else:
                input_image_mask = ImageGenerationServerToolInputImageMask.from_dict(_input_image_mask)

            _at_field_ = "model"
            model = d.pop("model", UNSET)

            _at_field_ = "moderation"
            _moderation = d.pop("moderation", UNSET)
            moderation: ImageGenerationServerToolModeration | Unset
            if isinstance(_moderation, Unset):
                moderation = UNSET
            else:
                moderation = check_image_generation_server_tool_moderation(_moderation)

            _at_field_ = "output_compression"
            output_compression = d.pop("output_compression", UNSET)

            _at_field_ = "output_format"
            _output_format = d.pop("output_format", UNSET)
            output_format: ImageGenerationServerToolOutputFormat | Unset
            if isinstance(_output_format, Unset):
                output_format = UNSET
            else:
                output_format = check_image_generation_server_tool_output_format(_output_format)

            _at_field_ = "partial_images"
            partial_images = d.pop("partial_images", UNSET)

            _at_field_ = "quality"
            _quality = d.pop("quality", UNSET)
            quality: ImageGenerationServerToolQuality | Unset
            if isinstance(_quality, Unset):
                quality = UNSET
            else:
                quality = check_image_generation_server_tool_quality(_quality)

            _at_field_ = "size"
            size = d.pop("size", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        image_generation_server_tool = cls(
            type_=type_,
            background=background,
            input_fidelity=input_fidelity,
            input_image_mask=input_image_mask,
            model=model,
            moderation=moderation,
            output_compression=output_compression,
            output_format=output_format,
            partial_images=partial_images,
            quality=quality,
            size=size,
        )

        image_generation_server_tool.additional_properties = d
        return image_generation_server_tool


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ImageGenerationServerToolInputImageMask = _LazyModel(
        globals(),
        "modelgates_api.models.image_generation_server_tool_input_image_mask",
        "ImageGenerationServerToolInputImageMask",
    )
