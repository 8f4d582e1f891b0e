from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.preset_designated_version import PresetDesignatedVersion


@_attrs_define(repr=False, eq=False)
class ListPresetVersionsResponse(_ModelBase):
    """A paginated list of preset versions.

    Example:
        {'data': [{'config': {'model': 'openai/gpt-4o', 'temperature': 0.7}, 'created_at': '2026-04-20T10:00:00Z',
            'creator_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'id': '550e8400-e29b-41d4-a716-446655440000', 'preset_id':
            '650e8400-e29b-41d4-a716-446655440001', 'system_prompt': 'You are a helpful assistant.', 'updated_at':
            '2026-04-20T10:00:00Z', 'version': 1}], 'total_count': 1}

    """

    data: list[None | PresetDesignatedVersion]
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "data",
        "total_count",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = []
            _data = d.pop("data")
            for _data_item_data_index, data_item_data in enumerate(_as_list(_data)):
                try:
                    data_item = data_item_data
                    if not isinstance(data_item, (_NoneType,)):
                        data_item = _parse_union(
                            data_item,
                            (("PresetDesignatedVersion", PresetDesignatedVersion),),
                            plain=(_NoneType,),
                        )

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _data_item_data_index)
                data.append(data_item)

            _at_field_ = "total_count"
            total_count = d.pop("total_count")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        list_preset_versions_response = cls(
            data=data,
            total_count=total_count,
        )

        list_preset_versions_response.additional_properties = d
        return list_preset_versions_response


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    PresetDesignatedVersion = _LazyModel(
        globals(), "modelgates_api.models.preset_designated_version", "PresetDesignatedVersion"
    )
