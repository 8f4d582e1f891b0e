from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.observability_clickhouse_destination_config_headers import (
        ObservabilityClickhouseDestinationConfigHeaders,
    )
else:
    ObservabilityClickhouseDestinationConfigHeaders = _LazyModel(
        globals(),
        "observability_clickhouse_destination_config_headers",
        "ObservabilityClickhouseDestinationConfigHeaders",
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

    _required_ = (
        "database",
        "host",
        "password",
        "username",
    )
    _optional_ = (
        ("headers", _model_field(ObservabilityClickhouseDestinationConfigHeaders)),
        "table",
    )
