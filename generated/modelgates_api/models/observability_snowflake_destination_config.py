from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.observability_snowflake_destination_config_headers import (
        ObservabilitySnowflakeDestinationConfigHeaders,
    )
else:
    ObservabilitySnowflakeDestinationConfigHeaders = _LazyModel(
        globals(),
        "observability_snowflake_destination_config_headers",
        "ObservabilitySnowflakeDestinationConfigHeaders",
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

    _required_ = (
        "account",
        "token",
    )
    _optional_ = (
        "database",
        ("headers", _model_field(ObservabilitySnowflakeDestinationConfigHeaders)),
        "schema",
        "table",
        "warehouse",
    )
