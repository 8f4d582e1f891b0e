from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.observability_snowflake_destination_config_headers import (
        ObservabilitySnowflakeDestinationConfigHeaders,
    )


@_attrs_define(repr=False, eq=False)
class ObservabilitySnowflakeDestinationConfig(_ModelBase):
    """
    Attributes:
        headers (ObservabilitySnowflakeDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to
            this destination.
    """

    account: str
    token: str
    database: str | Unset = "SNOWFLAKE_LEARNING_DB"
    headers: ObservabilitySnowflakeDestinationConfigHeaders | Unset = UNSET
    schema: str | Unset = "PUBLIC"
    table: str | Unset = "OPENROUTER_TRACES"
    warehouse: str | Unset = "COMPUTE_WH"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "account",
        "token",
        "database",
        "headers",
        "schema",
        "table",
        "warehouse",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "account"
            account = d.pop("account")

            _at_field_ = "token"
            token = d.pop("token")

            _at_field_ = "database"
            database = d.pop("database", UNSET)

            _at_field_ = "headers"
            _headers = d.pop("headers", UNSET)
            headers: ObservabilitySnowflakeDestinationConfigHeaders | Unset
            if isinstance(_headers, Unset):
                headers = UNSET
            else:
                headers = ObservabilitySnowflakeDestinationConfigHeaders.from_dict(_headers)

            _at_field_ = "schema"
            schema = d.pop("schema", UNSET)

            _at_field_ = "table"
            table = d.pop("table", UNSET)

            _at_field_ = "warehouse"
            warehouse = d.pop("warehouse", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        observability_snowflake_destination_config = cls(
            account=account,
            token=token,
            database=database,
            headers=headers,
            schema=schema,
            table=table,
            warehouse=warehouse,
        )

        observability_snowflake_destination_config.additional_properties = d
        return observability_snowflake_destination_config


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ObservabilitySnowflakeDestinationConfigHeaders = _LazyModel(
        globals(),
        "modelgates_api.models.observability_snowflake_destination_config_headers",
        "ObservabilitySnowflakeDestinationConfigHeaders",
    )
