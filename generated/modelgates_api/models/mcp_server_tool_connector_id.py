from typing import Literal

from ..types import check_enum

McpServerToolConnectorId = (
    Literal[
        "connector_dropbox",
        "connector_gmail",
        "connector_googlecalendar",
        "connector_googledrive",
        "connector_microsoftteams",
        "connector_outlookcalendar",
        "connector_outlookemail",
        "connector_sharepoint",
    ]
    | str
)

MCP_SERVER_TOOL_CONNECTOR_ID_VALUES: set[McpServerToolConnectorId] = {
    "connector_dropbox",
    "connector_gmail",
    "connector_googlecalendar",
    "connector_googledrive",
    "connector_microsoftteams",
    "connector_outlookcalendar",
    "connector_outlookemail",
    "connector_sharepoint",
}


def check_mcp_server_tool_connector_id(value: str) -> McpServerToolConnectorId:
    return check_enum(value, MCP_SERVER_TOOL_CONNECTOR_ID_VALUES, "McpServerToolConnectorId")
