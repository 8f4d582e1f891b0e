from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field, unknown_fields
from ..types import ModelBase as _ModelBase
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

    def to_dict(self) -> dict[str, Any]:
        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        repetition_penalty: float | None | Unset
        if isinstance(self.repetition_penalty, Unset):
            repetition_penalty = UNSET
        else:
            repetition_penalty = self.repetition_penalty

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_k: int | None | Unset
        if isinstance(self.top_k, Unset):
            top_k = UNSET
        else:
            top_k = self.top_k

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if repetition_penalty is not UNSET:
            field_dict["repetition_penalty"] = repetition_penalty
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_p is not UNSET:
            field_dict["top_p"] = top_p

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "frequency_penalty"
            frequency_penalty = d.pop("frequency_penalty", UNSET)
            if not isinstance(frequency_penalty, (float, int, type(None), Unset)):
                frequency_penalty = _parse_union(
                    frequency_penalty,
                    (),
                    plain=(float, int, type(None)),
                )

            _at_field_ = "presence_penalty"
            presence_penalty = d.pop("presence_penalty", UNSET)
            if not isinstance(presence_penalty, (float, int, type(None), Unset)):
                presence_penalty = _parse_union(
                    presence_penalty,
                    (),
                    plain=(float, int, type(None)),
                )

            _at_field_ = "repetition_penalty"
            repetition_penalty = d.pop("repetition_penalty", UNSET)
            if not isinstance(repetition_penalty, (float, int, type(None), Unset)):
                repetition_penalty = _parse_union(
                    repetition_penalty,
                    (),
                    plain=(float, int, type(None)),
                )

            _at_field_ = "temperature"
            temperature = d.pop("temperature", UNSET)
            if not isinstance(temperature, (float, int, type(None), Unset)):
                temperature = _parse_union(
                    temperature,
                    (),
                    plain=(float, int, type(None)),
                )

            _at_field_ = "top_k"
            top_k = d.pop("top_k", UNSET)
            if not isinstance(top_k, (int, type(None), Unset)):
                top_k = _parse_union(
                    top_k,
                    (),
                    plain=(int, type(None)),
                )

            _at_field_ = "top_p"
            top_p = d.pop("top_p", UNSET)
            if not isinstance(top_p, (float, int, type(None), Unset)):
                top_p = _parse_union(
                    top_p,
                    (),
                    plain=(float, int, type(None)),
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
