"""dealgraph's Python client: queries, persisted queries, pages, exports and release zips as
typed pandas DataFrames. On requests and pandas only."""

from .client import Client, DealgraphError, Snapshot

__all__ = ["Client", "DealgraphError", "Snapshot"]
__version__ = "0.1.0"
