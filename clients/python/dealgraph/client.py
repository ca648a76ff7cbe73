"""The client: one class over HTTP, every answer's types taken from the API itself (the schema's
scalars and enums for a query, /export/columns.json for an export), never guessed from values."""

from __future__ import annotations

import datetime
import email.utils
import hashlib
import io
import json
import time
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Dict, Iterator, List, Mapping, Optional

import pandas as pd
import requests

__all__ = ["Client", "DealgraphError", "Snapshot"]


class DealgraphError(Exception):
    """The API refused a request or answered with errors. `errors` is the GraphQL `errors` list,
    `status` the HTTP status, `classification` the first error's `extensions.classification`,
    `retry_after` the seconds the API asked to wait (on a 429 or 503), if any."""

    def __init__(self, message: str, status: int, errors: Optional[List[dict]] = None,
                 retry_after: Optional[float] = None):
        super().__init__(message)
        self.status = status
        self.errors = errors or []
        self.retry_after = retry_after
        first = self.errors[0] if self.errors else {}
        self.classification = (first.get("extensions") or {}).get("classification")


@dataclass
class Snapshot:
    """A release's zip, read and checked: its manifest, each file's DataFrame (the JSON Lines
    files by kind, typed; `changes` from changes.csv) and the columns' types."""

    manifest: dict
    frames: Dict[str, pd.DataFrame] = field(default_factory=dict)
    columns: Dict[str, List[dict]] = field(default_factory=dict)

    @property
    def release(self) -> int:
        return int(self.manifest["release"])


# How each GraphQL scalar becomes a column; enums become categories with the schema's values.
_SCALARS = {"Int": "integer", "Float": "float", "Boolean": "boolean", "String": "text", "ID": "text",
            "Decimal": "decimal", "Date": "date", "DateTime": "datetime"}

_INTROSPECTION = """
query DealgraphTypes { __schema { queryType { name } types { name kind enumValues { name }
  fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }"""


def _typed(frame: pd.DataFrame, types: Mapping[str, Any]) -> pd.DataFrame:
    """The frame with each known column converted: exact decimals (decimal.Decimal), dates,
    instants in UTC, nullable integers and booleans, categories, strings."""
    for column, kind in types.items():
        if column not in frame:
            continue
        values = frame[column]
        categories = None
        if isinstance(kind, tuple):
            kind, categories = kind
        if kind == "integer":
            frame[column] = pd.array([None if v is None or v != v else int(v) for v in values], dtype="Int64")
        elif kind == "float":
            frame[column] = values.astype("float64")
        elif kind == "boolean":
            frame[column] = pd.array([None if v is None or v != v else v in (True, "true") for v in values], dtype="boolean")
        elif kind == "decimal":
            frame[column] = pd.Series([None if v is None or v != v else Decimal(str(v)) for v in values],
                                      index=frame.index, dtype="object")
        elif kind == "date":
            frame[column] = pd.to_datetime(values, format="%Y-%m-%d")
        elif kind == "datetime":
            frame[column] = pd.to_datetime(values, utc=True)
        elif kind == "category":
            frame[column] = pd.Categorical(values, categories=categories)
        elif kind == "text":
            frame[column] = values.astype("string")
    return frame


def _seconds(retry_after: Optional[str]) -> Optional[float]:
    """Retry-After as seconds to wait (RFC 9110: a number of seconds or an HTTP date); None when
    absent or unreadable, never negative."""
    if not retry_after:
        return None
    try:
        return max(0.0, float(retry_after))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(retry_after)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.timezone.utc)
    return max(0.0, (when - datetime.datetime.now(datetime.timezone.utc)).total_seconds())


def _unwrap(type_ref: dict) -> tuple:
    """(kind, name, is_list) of a field's type, past NON_NULL and LIST wrappers."""
    is_list = False
    while type_ref.get("kind") in ("NON_NULL", "LIST"):
        is_list = is_list or type_ref["kind"] == "LIST"
        type_ref = type_ref["ofType"]
    return type_ref["kind"], type_ref["name"], is_list


class Client:
    """dealgraph over HTTP.

    >>> api = Client("http://localhost:8080")
    >>> api.query("{ deals { totalCount } }")["deals"]["totalCount"]
    """

    def __init__(self, url: str = "http://localhost:8080", api_key: Optional[str] = None,
                 session: Optional[requests.Session] = None, max_retries: int = 5,
                 max_wait: float = 60.0, timeout: float = 120.0):
        self.url = url.rstrip("/")
        self.session = session or requests.Session()
        if api_key:
            self.session.headers["X-API-Key"] = api_key
        self.max_retries = max_retries
        self.max_wait = max_wait
        self.timeout = timeout
        self.waited: List[float] = []  # each Retry-After honoured, in seconds
        self._types: Optional[dict] = None
        self._columns: Optional[dict] = None

    # -- HTTP ---------------------------------------------------------------------------------

    def _send(self, method: str, path: str, **kwargs) -> requests.Response:
        """Sends, waiting as Retry-After asks on a 429 or 503, up to max_retries times."""
        for attempt in range(self.max_retries + 1):
            response = self.session.request(method, self.url + path, timeout=self.timeout, **kwargs)
            if response.status_code not in (429, 503) or "Retry-After" not in response.headers:
                return response
            wait = _seconds(response.headers["Retry-After"])
            if wait is None or attempt == self.max_retries or wait > self.max_wait:
                return response
            self.waited.append(wait)
            time.sleep(wait)
        raise AssertionError("unreachable")

    @staticmethod
    def _refused(response: requests.Response) -> DealgraphError:
        try:
            errors = response.json().get("errors") or []
        except ValueError:
            errors = []
        message = errors[0].get("message") if errors else f"HTTP {response.status_code}: {response.text[:200]}"
        return DealgraphError(message, response.status_code, errors, _seconds(response.headers.get("Retry-After")))

    def _answer(self, response: requests.Response) -> dict:
        try:
            body = response.json()
        except ValueError:
            raise self._refused(response) from None
        if body.get("errors") or response.status_code != 200:
            raise self._refused(response)
        return body["data"]

    # -- GraphQL ------------------------------------------------------------------------------

    def query(self, document: str, variables: Optional[dict] = None, operation_name: Optional[str] = None) -> dict:
        """Runs a query by POST and returns its `data`; any error raises DealgraphError."""
        payload = {"query": document, "variables": variables or {}}
        if operation_name:
            payload["operationName"] = operation_name
        return self._answer(self._send("POST", "/graphql", json=payload,
                                       headers={"Accept": "application/graphql-response+json"}))

    def persisted(self, sha256: str, variables: Optional[dict] = None, document: Optional[str] = None,
                  operation_name: Optional[str] = None) -> dict:
        """Runs a persisted query by its SHA-256 by GET (cacheable by HTTP caches). If the API does
        not know the hash and the document is given, sends it once (automatic persisted queries)."""
        extensions = json.dumps({"persistedQuery": {"version": 1, "sha256Hash": sha256}}, separators=(",", ":"))
        params = {"extensions": extensions}
        if variables:
            params["variables"] = json.dumps(variables, separators=(",", ":"))
        if operation_name:
            params["operationName"] = operation_name
        headers = {"Accept": "application/graphql-response+json"}
        try:
            return self._answer(self._send("GET", "/graphql", params=params, headers=headers))
        except DealgraphError as error:
            if document is None or error.classification != "PERSISTED_QUERY_NOT_FOUND":
                raise
        if hashlib.sha256(document.encode("utf-8")).hexdigest() != sha256:
            raise ValueError("the document's SHA-256 is not " + sha256)
        return self._answer(self._send("GET", "/graphql", params=dict(params, query=document), headers=headers))

    @staticmethod
    def _at(data: dict, path: str) -> Any:
        for key in path.split("."):
            data = data[key]
        return data

    def nodes(self, document: str, path: str, variables: Optional[dict] = None) -> Iterator[dict]:
        """Every node of a connection, page after page. The document takes `$after: String`, and
        the connection at `path` (dotted, such as "deals" or "organization.commitments") selects
        `pageInfo { hasNextPage endCursor }` and `nodes` (or `edges { node }`)."""
        after = None
        while True:
            connection = self._at(self.query(document, dict(variables or {}, after=after)), path)
            if "nodes" in connection:
                yield from connection["nodes"]
            else:
                yield from (edge["node"] for edge in connection["edges"])
            info = connection["pageInfo"]
            if not info["hasNextPage"]:
                return
            after = info["endCursor"]

    def _schema_types(self) -> Optional[dict]:
        """The schema's types by name, from introspection; None where the API turns it off."""
        if self._types is None:
            try:
                schema = self.query(_INTROSPECTION)["__schema"]
            except DealgraphError:
                return None
            self._types = {t["name"]: t for t in schema["types"]}
            self._types["__query__"] = self._types[schema["queryType"]["name"]]
        return self._types

    def _leaf_types(self, path: str, columns: List[str], sep: str) -> dict:
        """Each flattened column's type, by following its field names from the connection's node type."""
        types = self._schema_types()
        if types is None:
            return {}
        current = types["__query__"]
        try:
            for key in path.split("."):
                field_type = next(f for f in current["fields"] if f["name"] == key)["type"]
                current = types[_unwrap(field_type)[1]]
            nodes = next(f for f in current["fields"] if f["name"] == "nodes")
            node = types[_unwrap(nodes["type"])[1]]
        except (StopIteration, KeyError, TypeError):
            return {}
        found = {}
        for column in columns:
            owner, kind = node, None
            for name in column.split(sep):
                match = next((f for f in owner.get("fields") or [] if f["name"] == name), None)
                if match is None:
                    kind = None
                    break
                kind_of, type_name, is_list = _unwrap(match["type"])
                if is_list:
                    kind = None
                    break
                owner = types.get(type_name, {})
                kind = (kind_of, type_name)
            if kind is None:
                continue
            if kind[0] == "ENUM":
                found[column] = ("category", [v["name"] for v in types[kind[1]]["enumValues"]])
            elif kind[0] == "SCALAR" and kind[1] in _SCALARS:
                found[column] = _SCALARS[kind[1]]
        return found

    def frame(self, document: str, path: str, variables: Optional[dict] = None, sep: str = ".") -> pd.DataFrame:
        """A connection's nodes, every page, as one DataFrame: nested objects flattened
        (`quantity.amount`), each column typed by the schema: Decimal as exact decimal.Decimal,
        Date as datetime64, DateTime in UTC, Int as Int64, Boolean as boolean, an enum as a
        category with the schema's values in order. Lists stay Python lists."""
        rows = list(self.nodes(document, path, variables))
        frame = pd.json_normalize(rows, sep=sep) if rows else pd.DataFrame()
        # An object that is null in some rows leaves an all-null column beside its flattened fields.
        frame = frame.drop(columns=[c for c in frame.columns if any(o.startswith(c + sep) for o in frame.columns)])
        return _typed(frame, self._leaf_types(path, list(frame.columns), sep))

    # -- Exports ------------------------------------------------------------------------------

    def columns(self) -> dict:
        """Every export's columns with their types (/export/columns.json)."""
        if self._columns is None:
            response = self._send("GET", "/export/columns.json")
            if response.status_code != 200:
                raise self._refused(response)
            self._columns = response.json()
        return self._columns

    @staticmethod
    def _frame_of_lines(lines: List[dict], columns: List[dict]) -> pd.DataFrame:
        names = [c["name"] for c in columns]
        frame = pd.DataFrame.from_records(lines, columns=names) if lines else pd.DataFrame(columns=names)
        return _typed(frame, {c["name"]: c["type"] for c in columns})

    def export(self, kind: str, as_of: Optional[str] = None, known_as_of: Optional[str] = None,
               release: Optional[int] = None, filter: Optional[dict] = None) -> pd.DataFrame:
        """An export (deals, parties, commitments, terms, statements, events, sources, citations) as
        a typed DataFrame, read as JSON Lines; `attrs["release"]` names the release it is from."""
        params = {}
        if as_of is not None:
            params["asOf"] = str(as_of)
        if known_as_of is not None:
            params["knownAsOf"] = str(known_as_of)
        if release is not None:
            params["release"] = str(release)
        if filter is not None:
            params["filter"] = json.dumps(filter, separators=(",", ":"))
        response = self._send("GET", f"/export/{kind}.jsonl", params=params, stream=True)
        if response.status_code != 200:
            raise self._refused(response)
        lines = [json.loads(line) for line in response.iter_lines() if line]
        frame = self._frame_of_lines(lines, self.columns()[kind])
        frame.attrs["release"] = int(response.headers["X-Dealgraph-Release"])
        return frame

    def snapshot(self, release: Optional[int] = None) -> Snapshot:
        """Release `release` (the newest if None) as its zip, every file checked against the
        manifest's SHA-256 and row count, each read as a typed DataFrame."""
        path = "/export/latest.zip" if release is None else f"/export/release/{release}.zip"
        response = self._send("GET", path)
        if response.status_code != 200:
            raise self._refused(response)
        return self.read_snapshot(response.content)

    @classmethod
    def read_snapshot(cls, data: bytes) -> Snapshot:
        """A release zip's bytes, checked and read (offline too)."""
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            manifest = json.loads(archive.read("manifest.json"))
            columns = json.loads(archive.read("columns.json"))
            snapshot = Snapshot(manifest=manifest, columns=columns)
            names = set(archive.namelist())
            for entry in manifest["files"]:
                if entry["name"] not in names:
                    raise DealgraphError(f"{entry['name']} is in the manifest but not in the zip", 0)
                content = archive.read(entry["name"])
                if hashlib.sha256(content).hexdigest() != entry["sha256"] or len(content) != entry["bytes"]:
                    raise DealgraphError(f"{entry['name']} does not match the manifest's checksum", 0)
                name, _, extension = entry["name"].rpartition(".")
                if extension == "jsonl":
                    # JSON Lines end each record with \n; text may hold U+2028 and the like, which str.splitlines would split on.
                    lines = [json.loads(line) for line in content.split(b"\n") if line.strip()]
                    frame = cls._frame_of_lines(lines, columns[name])
                elif name == "changes":
                    frame = pd.read_csv(io.BytesIO(content), dtype=str, keep_default_na=False, na_values=[""])
                    frame = _typed(frame, {c["name"]: c["type"] for c in columns["changes"]})
                elif extension == "csv":
                    # The exports' CSV files: the same rows as their JSON Lines twins, counted here.
                    frame = pd.read_csv(io.BytesIO(content), dtype=str, keep_default_na=False)
                    if len(frame) != entry["rows"]:
                        raise DealgraphError(f"{entry['name']} has {len(frame)} rows, the manifest {entry['rows']}", 0)
                    continue
                else:
                    continue
                if "rows" in entry and len(frame) != entry["rows"]:
                    raise DealgraphError(f"{entry['name']} has {len(frame)} rows, the manifest {entry['rows']}", 0)
                frame.attrs["release"] = int(manifest["release"])
                snapshot.frames[name] = frame
        return snapshot
