from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_web_search_call_type import (
    OutputItemWebSearchCallType,
    check_output_item_web_search_call_type,
)
from ..models.web_search_status import WebSearchStatus, check_web_search_status
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.output_item_web_search_call_action_type_0 import OutputItemWebSearchCallActionType0
    from ..models.output_item_web_search_call_action_type_1 import OutputItemWebSearchCallActionType1
    from ..models.output_item_web_search_call_action_type_2 import OutputItemWebSearchCallActionType2


@_attrs_define(repr=False, eq=False)
class OutputItemWebSearchCall(_ModelBase):
    """
    Example:
        {'action': {'query': 'OpenAI API', 'type': 'search'}, 'id': 'search-abc123', 'status': 'completed', 'type':
            'web_search_call'}

    """

    id: str
    status: WebSearchStatus
    type_: OutputItemWebSearchCallType
    action: (
        OutputItemWebSearchCallActionType0
        | OutputItemWebSearchCallActionType1
        | OutputItemWebSearchCallActionType2
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "id",
        "status",
        ("type_", "type"),
        "action",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "status"
            status = check_web_search_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_output_item_web_search_call_type(d.pop("type"))

            _at_field_ = "action"
            action = d.pop("action", UNSET)
            if not isinstance(action, (Unset,)):
                action = _parse_union(
                    action,
                    (
                        ("OutputItemWebSearchCallActionType0", OutputItemWebSearchCallActionType0),
                        ("OutputItemWebSearchCallActionType1", OutputItemWebSearchCallActionType1),
                        ("OutputItemWebSearchCallActionType2", OutputItemWebSearchCallActionType2),
                    ),
                    tag=(
                        "type",
                        (
                            "search",
                            "open_page",
                            "find_in_page",
                        ),
                    ),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_item_web_search_call = cls(
            id=id,
            status=status,
            type_=type_,
            action=action,
        )

        output_item_web_search_call.additional_properties = d
        return output_item_web_search_call


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    OutputItemWebSearchCallActionType0 = _LazyModel(
        globals(),
        "modelgates_api.models.output_item_web_search_call_action_type_0",
        "OutputItemWebSearchCallActionType0",
    )
    OutputItemWebSearchCallActionType1 = _LazyModel(
        globals(),
        "modelgates_api.models.output_item_web_search_call_action_type_1",
        "OutputItemWebSearchCallActionType1",
    )
    OutputItemWebSearchCallActionType2 = _LazyModel(
        globals(),
        "modelgates_api.models.output_item_web_search_call_action_type_2",
        "OutputItemWebSearchCallActionType2",
    )
