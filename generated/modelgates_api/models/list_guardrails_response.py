from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.guardrail import Guardrail


@_attrs_define(repr=False, eq=False)
class ListGuardrailsResponse(_ModelBase):
    """
    Example:
        {'data': [{'allowed_models': None, 'allowed_providers': ['openai', 'anthropic', 'google'],
            'content_filter_builtins': [{'action': 'redact', 'label': '[EMAIL]', 'slug': 'email'}], 'content_filters': None,
            'created_at': '2025-08-24T10:30:00Z', 'description': 'Guardrail for production environment', 'enforce_zdr':
            None, 'enforce_zdr_anthropic': True, 'enforce_zdr_google': False, 'enforce_zdr_openai': True,
            'enforce_zdr_other': False, 'enforce_zdr_xai': False, 'id': '550e8400-e29b-41d4-a716-446655440000',
            'ignored_models': None, 'ignored_providers': None, 'include_byok_in_budgets': False, 'limit_usd': 100, 'name':
            'Production Guardrail', 'reset_interval': 'monthly', 'updated_at': '2025-08-24T15:45:00Z', 'workspace_id':
            '0df9e665-d932-5740-b2c7-b52af166bc11'}], 'total_count': 1}

    Attributes:
        data (list[Guardrail]): List of guardrails
        total_count (int): Total number of guardrails Example: 25.
    """

    data: list[Guardrail]
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
                    data_item = Guardrail.from_dict(data_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _data_item_data_index)
                data.append(data_item)

            _at_field_ = "total_count"
            total_count = d.pop("total_count")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        list_guardrails_response = cls(
            data=data,
            total_count=total_count,
        )

        list_guardrails_response.additional_properties = d
        return list_guardrails_response


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    Guardrail = _LazyModel(globals(), "modelgates_api.models.guardrail", "Guardrail")
