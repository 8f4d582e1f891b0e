from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field

if TYPE_CHECKING:
    from ..models.preset_designated_version import PresetDesignatedVersion
else:
    PresetDesignatedVersion = _LazyModel(globals(), "preset_designated_version", "PresetDesignatedVersion")


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

    _required_ = (
        (
            "data",
            _union_field(
                (("PresetDesignatedVersion", PresetDesignatedVersion),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
    )
