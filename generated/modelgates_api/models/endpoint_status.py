from typing import Literal

from ..types import check_enum

EndpointStatus = Literal[-10, -5, -3, -2, -1, 0] | str

ENDPOINT_STATUS_VALUES: set[EndpointStatus] = {
    -10,
    -5,
    -3,
    -2,
    -1,
    0,
}


def check_endpoint_status(value: int) -> EndpointStatus:
    return check_enum(value, ENDPOINT_STATUS_VALUES, "EndpointStatus")
