from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.image_input_modality import ImageInputModality, check_image_input_modality
from ..models.image_output_modality import ImageOutputModality, check_image_output_modality
from ..types import ModelBase as _ModelBase, list_field as _list_field


@_attrs_define(repr=False, eq=False)
class ImageModelArchitecture(_ModelBase):
    """
    Example:
        {'input_modalities': ['text', 'image'], 'output_modalities': ['image']}

    Attributes:
        input_modalities (list[ImageInputModality]): Supported input modalities
        output_modalities (list[ImageOutputModality]): Supported output modalities
    """

    input_modalities: list[ImageInputModality]
    output_modalities: list[ImageOutputModality]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("input_modalities", _list_field(check_image_input_modality)),
        ("output_modalities", _list_field(check_image_output_modality)),
    )
