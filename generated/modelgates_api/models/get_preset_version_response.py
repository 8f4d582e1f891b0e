from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.preset_designated_version import PresetDesignatedVersion


@_attrs_define(repr=False, eq=False)
class GetPresetVersionResponse(_ModelBase):
    """A single version of a preset.

    Example:
        {'data': {'config': {'model': 'openai/gpt-4o', 'temperature': 0.7}, 'created_at': '2026-04-20T10:00:00Z',
            'creator_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'id': '550e8400-e29b-41d4-a716-446655440000', 'preset_id':
            '650e8400-e29b-41d4-a716-446655440001', 'system_prompt': 'You are a helpful assistant.', 'updated_at':
            '2026-04-20T10:00:00Z', 'version': 1}}

    """

    data: None | PresetDesignatedVersion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("data",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = d.pop("data")
            if not isinstance(data, (_NoneType,)):
                data = _parse_union(
                    data,
                    (("PresetDesignatedVersion", PresetDesignatedVersion),),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        get_preset_version_response = cls(
            data=data,
        )

        get_preset_version_response.additional_properties = d
        return get_preset_version_response


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    PresetDesignatedVersion = _LazyModel(
        globals(), "modelgates_api.models.preset_designated_version", "PresetDesignatedVersion"
    )
