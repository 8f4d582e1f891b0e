from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_modality import InputModality, check_input_modality
from ..models.instruct_type import InstructType, check_instruct_type
from ..models.model_group import ModelGroup, check_model_group
from ..models.output_modality import OutputModality, check_output_modality
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ListEndpointsResponseArchitecture(_ModelBase):
    """Model architecture information

    Example:
        {'input_modalities': ['text'], 'instruct_type': 'chatml', 'modality': 'text->text', 'output_modalities':
            ['text'], 'tokenizer': 'GPT'}

    Attributes:
        input_modalities (list[InputModality]): Supported input modalities
        modality (None | str): Primary modality of the model Example: text.
        output_modalities (list[OutputModality]): Supported output modalities
    """

    input_modalities: list[InputModality]
    instruct_type: InstructType | None
    modality: None | str
    output_modalities: list[OutputModality]
    tokenizer: ModelGroup | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "input_modalities",
        "instruct_type",
        "modality",
        "output_modalities",
        "tokenizer",
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
                    input_modalities_item = check_input_modality(input_modalities_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _input_modalities_item_data_index)
                input_modalities.append(input_modalities_item)

            _at_field_ = "instruct_type"
            instruct_type = d.pop("instruct_type")
            if not isinstance(instruct_type, (_NoneType,)):

                def _instruct_type_member_0(data: object) -> InstructType:
                    if not isinstance(data, str):
                        raise TypeError()
                    instruct_type_type_0 = check_instruct_type(data)

                    return instruct_type_type_0

                instruct_type = _parse_union(
                    instruct_type,
                    (("InstructType", _instruct_type_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "modality"
            modality = d.pop("modality")
            if not isinstance(modality, (str, _NoneType)):
                modality = _parse_union(
                    modality,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "output_modalities"
            output_modalities = []
            _output_modalities = d.pop("output_modalities")
            for _output_modalities_item_data_index, output_modalities_item_data in enumerate(
                _as_list(_output_modalities)
            ):
                try:
                    output_modalities_item = check_output_modality(output_modalities_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _output_modalities_item_data_index)
                output_modalities.append(output_modalities_item)

            _at_field_ = "tokenizer"
            tokenizer = d.pop("tokenizer")
            if not isinstance(tokenizer, (_NoneType,)):

                def _tokenizer_member_0(data: object) -> ModelGroup:
                    if not isinstance(data, str):
                        raise TypeError()
                    tokenizer_type_0 = check_model_group(data)

                    return tokenizer_type_0

                tokenizer = _parse_union(
                    tokenizer,
                    (("ModelGroup", _tokenizer_member_0),),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        list_endpoints_response_architecture = cls(
            input_modalities=input_modalities,
            instruct_type=instruct_type,
            modality=modality,
            output_modalities=output_modalities,
            tokenizer=tokenizer,
        )

        list_endpoints_response_architecture.additional_properties = d
        return list_endpoints_response_architecture
