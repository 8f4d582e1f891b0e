from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_input_modality import ImageInputModality, check_image_input_modality
from ..models.image_output_modality import ImageOutputModality, check_image_output_modality
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "input_modalities",
        "output_modalities",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "input_modalities"
            input_modalities = []
            _input_modalities = d.pop("input_modalities")
            for _input_modalities_item_data_index, input_modalities_item_data in enumerate(_as_list(_input_modalities)):
                try:
                    input_modalities_item = check_image_input_modality(input_modalities_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _input_modalities_item_data_index)
                input_modalities.append(input_modalities_item)

            _at_field_ = "output_modalities"
            output_modalities = []
            _output_modalities = d.pop("output_modalities")
            for _output_modalities_item_data_index, output_modalities_item_data in enumerate(
                _as_list(_output_modalities)
            ):
                try:
                    output_modalities_item = check_image_output_modality(output_modalities_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _output_modalities_item_data_index)
                output_modalities.append(output_modalities_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        image_model_architecture = cls(
            input_modalities=input_modalities,
            output_modalities=output_modalities,
        )

        image_model_architecture.additional_properties = d
        return image_model_architecture
