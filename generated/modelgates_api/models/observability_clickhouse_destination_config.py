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

    from ..models.observability_clickhouse_destination_config_headers import (
        ObservabilityClickhouseDestinationConfigHeaders,
    )


@_attrs_define(repr=False, eq=False)
class ObservabilityClickhouseDestinationConfig(_ModelBase):
    """
    Attributes:
        username (str): If you have not set a specific username in ClickHouse, simply type in 'default' below.
        headers (ObservabilityClickhouseDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to
            this destination.
    """

    database: str
    host: str
    password: str
    username: str
    headers: ObservabilityClickhouseDestinationConfigHeaders | Unset = UNSET
    table: str | Unset = "OPENROUTER_TRACES"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "database",
        "host",
        "password",
        "username",
        "headers",
        "table",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "database"
            database = d.pop("database")

            _at_field_ = "host"
            host = d.pop("host")

            _at_field_ = "password"
            password = d.pop("password")

            _at_field_ = "username"
            username = d.pop("username")

            _at_field_ = "headers"
            _headers = d.pop("headers", UNSET)
            headers: ObservabilityClickhouseDestinationConfigHeaders | Unset
            if isinstance(_headers, Unset):
                headers = UNSET
            else:
                headers = ObservabilityClickhouseDestinationConfigHeaders.from_dict(_headers)

            _at_field_ = "table"
            table = d.pop("table", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        observability_clickhouse_destination_config = cls(
            database=database,
            host=host,
            password=password,
            username=username,
            headers=headers,
            table=table,
        )

        observability_clickhouse_destination_config.additional_properties = d
        return observability_clickhouse_destination_config


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ObservabilityClickhouseDestinationConfigHeaders = _LazyModel(
        globals(),
        "modelgates_api.models.observability_clickhouse_destination_config_headers",
        "ObservabilityClickhouseDestinationConfigHeaders",
    )
