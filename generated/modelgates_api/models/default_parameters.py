from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field, unknown_fields
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class DefaultParameters(_ModelBase):
    """Default parameters for this model

    Example:
        {'frequency_penalty': 0, 'presence_penalty': 0, 'repetition_penalty': 1, 'temperature': 0.7, 'top_k': 0,
            'top_p': 0.9}

    """

    frequency_penalty: float | None | Unset = UNSET
    presence_penalty: float | None | Unset = UNSET
    repetition_penalty: float | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_k: int | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "frequency_penalty",
        "presence_penalty",
        "repetition_penalty",
        "temperature",
        "top_k",
        "top_p",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "frequency_penalty"
            frequency_penalty = d.pop("frequency_penalty", UNSET)
            if not isinstance(frequency_penalty, (float, int, _NoneType, Unset)):
                frequency_penalty = _parse_union(
                    frequency_penalty,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "presence_penalty"
            presence_penalty = d.pop("presence_penalty", UNSET)
            if not isinstance(presence_penalty, (float, int, _NoneType, Unset)):
                presence_penalty = _parse_union(
                    presence_penalty,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "repetition_penalty"
            repetition_penalty = d.pop("repetition_penalty", UNSET)
            if not isinstance(repetition_penalty, (float, int, _NoneType, Unset)):
                repetition_penalty = _parse_union(
                    repetition_penalty,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "temperature"
            temperature = d.pop("temperature", UNSET)
            if not isinstance(temperature, (float, int, _NoneType, Unset)):
                temperature = _parse_union(
                    temperature,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "top_k"
            top_k = d.pop("top_k", UNSET)
            if not isinstance(top_k, (int, _NoneType, Unset)):
                top_k = _parse_union(
                    top_k,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "top_p"
            top_p = d.pop("top_p", UNSET)
            if not isinstance(top_p, (float, int, _NoneType, Unset)):
                top_p = _parse_union(
                    top_p,
                    (),
                    plain=(float, int, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        default_parameters = cls(
            frequency_penalty=frequency_penalty,
            presence_penalty=presence_penalty,
            repetition_penalty=repetition_penalty,
            temperature=temperature,
            top_k=top_k,
            top_p=top_p,
        )

        default_parameters.additional_properties = unknown_fields(d)
        return default_parameters
