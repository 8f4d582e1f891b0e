from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_refusal_stop_details_category_type_1 import (
    AnthropicRefusalStopDetailsCategoryType1,
    check_anthropic_refusal_stop_details_category_type_1,
)
from ..models.anthropic_refusal_stop_details_category_type_2_type_1 import (
    AnthropicRefusalStopDetailsCategoryType2Type1,
    check_anthropic_refusal_stop_details_category_type_2_type_1,
)
from ..models.anthropic_refusal_stop_details_category_type_3_type_1 import (
    AnthropicRefusalStopDetailsCategoryType3Type1,
    check_anthropic_refusal_stop_details_category_type_3_type_1,
)
from ..models.anthropic_refusal_stop_details_type import (
    AnthropicRefusalStopDetailsType,
    check_anthropic_refusal_stop_details_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class AnthropicRefusalStopDetails(_ModelBase):
    """Structured information about a refusal

    Example:
        {'category': 'cyber', 'explanation': 'The request was refused due to policy.', 'type': 'refusal'}

    """

    category: (
        AnthropicRefusalStopDetailsCategoryType1
        | AnthropicRefusalStopDetailsCategoryType2Type1
        | AnthropicRefusalStopDetailsCategoryType3Type1
        | None
    )
    explanation: None | str
    type_: AnthropicRefusalStopDetailsType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "category",
        "explanation",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "category"
            category = d.pop("category")
            if not isinstance(category, (_NoneType,)):

                def _category_member_1(data: object) -> AnthropicRefusalStopDetailsCategoryType1:
                    if not isinstance(data, str):
                        raise TypeError()
                    category_type_1 = check_anthropic_refusal_stop_details_category_type_1(data)

                    return category_type_1

                def _category_member_2(data: object) -> AnthropicRefusalStopDetailsCategoryType2Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    category_type_2_type_1 = check_anthropic_refusal_stop_details_category_type_2_type_1(data)

                    return category_type_2_type_1

                def _category_member_3(data: object) -> AnthropicRefusalStopDetailsCategoryType3Type1:
                    if not isinstance(data, str):
                        raise TypeError()
                    category_type_3_type_1 = check_anthropic_refusal_stop_details_category_type_3_type_1(data)

                    return category_type_3_type_1

                category = _parse_union(
                    category,
                    (
                        ("AnthropicRefusalStopDetailsCategoryType1", _category_member_1),
                        ("AnthropicRefusalStopDetailsCategoryType2Type1", _category_member_2),
                        ("AnthropicRefusalStopDetailsCategoryType3Type1", _category_member_3),
                    ),
                    plain=(_NoneType,),
                )

            _at_field_ = "explanation"
            explanation = d.pop("explanation")
            if not isinstance(explanation, (str, _NoneType)):
                explanation = _parse_union(
                    explanation,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "type"
            type_ = check_anthropic_refusal_stop_details_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_refusal_stop_details = cls(
            category=category,
            explanation=explanation,
            type_=type_,
        )

        anthropic_refusal_stop_details.additional_properties = d
        return anthropic_refusal_stop_details
