from typing import Literal

from ..types import check_enum

SessionCostMetaVersion = Literal["v1"] | str

SESSION_COST_META_VERSION_VALUES: set[SessionCostMetaVersion] = {
    "v1",
}


def check_session_cost_meta_version(value: str) -> SessionCostMetaVersion:
    return check_enum(value, SESSION_COST_META_VERSION_VALUES, "SessionCostMetaVersion")
