"""The client against the running service: every value checked against the API's own answer."""

import hashlib
import io
import json
import zipfile
from decimal import Decimal

import pandas as pd
import pytest
import requests

from dealgraph import Client, DealgraphError

COMMITMENTS = """
query Commitments($after: String, $unit: Unit) {
  commitments(first: 3, after: $after, filter: {unit: $unit}) {
    pageInfo { hasNextPage endCursor }
    nodes { slug quantity { amount unit } date { earliest precision } firmness preferred corroboration
            committer { slug } }
  }
}"""

KINDS = {"deals": "deals", "commitments": "commitments", "terms": "agreementTerms", "statements": "statements",
         "events": "events", "sources": "sources"}


def test_a_query_returns_the_apis_data(api, raw):
    query = "{ deals(first: 100) { totalCount nodes { slug title } } }"
    assert api.query(query) == raw(query)


def test_a_refused_query_raises_with_the_apis_message_and_classification(api):
    with pytest.raises(DealgraphError) as refused:
        api.query("{ deals(first: 1000) { totalCount } }")
    assert refused.value.classification == "BAD_REQUEST"
    assert "first" in str(refused.value)
    assert refused.value.errors[0]["message"] == str(refused.value)


def test_a_persisted_query_is_sent_once_then_run_by_its_hash(api, url, raw):
    document = "query Stargate { deal(slug: \"stargate\") { title parties(first: 5) { nodes { role } } } }"
    sha = hashlib.sha256(document.encode("utf-8")).hexdigest()
    assert api.persisted(sha, document=document) == raw(document)
    # Known now: by its hash alone, by GET, from another client.
    assert Client(url).persisted(sha) == raw(document)
    unknown = hashlib.sha256(b"never sent").hexdigest()
    with pytest.raises(DealgraphError) as refused:
        api.persisted(unknown)
    assert refused.value.classification == "PERSISTED_QUERY_NOT_FOUND"
    with pytest.raises(ValueError):
        api.persisted(unknown, document=document)


def test_nodes_pages_through_every_page_once(api, raw):
    total = raw("{ commitments(first: 1) { totalCount } }")["commitments"]["totalCount"]
    slugs = [node["slug"] for node in api.nodes(COMMITMENTS, "commitments")]
    assert total > 3  # more than one page of three
    assert len(slugs) == total
    assert len(set(slugs)) == total
    everything = raw("{ commitments(first: 100) { nodes { slug } } }")["commitments"]["nodes"]
    assert slugs == [node["slug"] for node in everything]


def test_a_connections_frame_has_the_schemas_types(api, raw):
    frame = api.frame(COMMITMENTS, "commitments")
    api_nodes = raw("{ commitments(first: 100) { nodes { slug quantity { amount unit } } } }")["commitments"]["nodes"]
    assert len(frame) == len(api_nodes)
    assert str(frame["corroboration"].dtype) == "Int64"
    assert str(frame["preferred"].dtype) == "boolean"
    assert str(frame["date.earliest"].dtype) == "datetime64[ns]"
    assert str(frame["slug"].dtype) == "string"
    # An enum is a category with the schema's values, in the schema's order.
    units = raw('{ __type(name: "Unit") { enumValues { name } } }')["__type"]["enumValues"]
    assert list(frame["quantity.unit"].cat.categories) == [u["name"] for u in units]
    firmness = raw('{ __type(name: "Firmness") { enumValues { name } } }')["__type"]["enumValues"]
    assert list(frame["firmness"].cat.categories) == [f["name"] for f in firmness]
    # Decimals exact: the API's text, as decimal.Decimal, never a float.
    amounts = {n["slug"]: Decimal(n["quantity"]["amount"]) for n in api_nodes if n["quantity"]}
    stated = frame.dropna(subset=["quantity.amount"])
    assert all(isinstance(v, Decimal) for v in stated["quantity.amount"])
    assert dict(zip(stated["slug"], stated["quantity.amount"])) == amounts
    # A null object leaves no column of its own beside its fields.
    assert "quantity" not in frame.columns


def test_a_filtered_frame_passes_its_variables(api, raw):
    gw = api.frame(COMMITMENTS, "commitments", {"unit": "GW"})
    count = raw("{ commitments(filter: {unit: GW}) { totalCount } }")["commitments"]["totalCount"]
    assert len(gw) == count > 0
    assert set(gw["quantity.unit"].astype(str)) == {"GW"}
    # Exact decimals sum exactly: the API's own total of the counted (preferred, whole) commitments.
    totals = raw("{ commitmentTotals(groupBy: [KIND], filter: {unit: GW}) { groups { total } } }")
    counted = gw[(gw["preferred"] != False)]
    assert sum(counted["quantity.amount"].dropna(), Decimal(0)) == sum(
        Decimal(g["total"]) for g in totals["commitmentTotals"]["groups"])


def test_every_export_reads_with_its_columns_types_and_the_apis_row_count(api, raw):
    counts = raw("{ " + " ".join(f"{field}(first: 1) {{ totalCount }}" for field in KINDS.values()) + " }")
    columns = requests.get(api.url + "/export/columns.json", timeout=30).json()
    for kind, field in KINDS.items():
        frame = api.export(kind)
        assert len(frame) == counts[field]["totalCount"], kind
        assert list(frame.columns) == [c["name"] for c in columns[kind]], kind
        assert frame.attrs["release"] == frame["release"].iloc[0]
        for column in columns[kind]:
            dtype = str(frame[column["name"]].dtype)
            expected = {"integer": "Int64", "boolean": "boolean", "decimal": "object", "date": "datetime64[ns]",
                        "datetime": "datetime64[ns, UTC]", "category": "category", "text": "string"}[column["type"]]
            assert dtype == expected, (kind, column)
    commitments = api.export("commitments")
    amounts = commitments["quantity_amount"].dropna()
    assert len(amounts) > 0 and all(isinstance(v, Decimal) for v in amounts)
    citations = api.export("citations")
    assert str(citations["start_offset"].dtype) == "Int64" and len(citations) > 50


def test_an_export_takes_the_apis_arguments(api, raw):
    gw = api.export("commitments", filter={"unit": "GW"})
    assert len(gw) == raw("{ commitments(filter: {unit: GW}) { totalCount } }")["commitments"]["totalCount"]
    in_force = api.export("terms", as_of="2026-01-15")
    assert set(in_force["in_force"].astype(str)) <= {"TRUE", "UNKNOWN"}
    assert len(in_force) == raw('{ agreementTerms(asOf: "2026-01-15") { totalCount } }')["agreementTerms"]["totalCount"]
    with pytest.raises(DealgraphError) as refused:
        api.export("dealz")
    assert refused.value.status == 400 and "There is no export of 'dealz'" in str(refused.value)


def test_a_snapshot_is_checked_against_its_manifest_and_read_typed(api, raw):
    snapshot = api.snapshot()
    latest = raw("{ releases(first: 1) { nodes { number } } }")["releases"]["nodes"][0]["number"]
    assert snapshot.release == latest
    assert len(snapshot.frames["deals"]) == raw("{ deals { totalCount } }")["deals"]["totalCount"]
    assert len(snapshot.frames["changes"]) == raw(f"{{ changes(release: {latest}) {{ totalCount }} }}")["changes"]["totalCount"]
    assert str(snapshot.frames["commitments"]["date_earliest"].dtype) == "datetime64[ns]"
    pd.testing.assert_frame_equal(snapshot.frames["commitments"], api.export("commitments", release=latest))
    # A file altered after the manifest was made is refused.
    data = requests.get(api.url + "/export/latest.zip", timeout=60).content
    tampered = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(tampered, "w") as copy:
        for item in source.infolist():
            content = source.read(item.filename)
            copy.writestr(item, content + b"\n" if item.filename == "deals.jsonl" else content)
    with pytest.raises(DealgraphError, match="deals.jsonl does not match"):
        Client.read_snapshot(tampered.getvalue())


def test_retry_after_is_honoured_until_the_api_answers(limited_url):
    patient = Client(limited_url, max_retries=10)
    answers = [patient.query("{ deals(first: 1) { totalCount } }")["deals"]["totalCount"] for _ in range(5)]
    assert len(set(answers)) == 1 and answers[0] > 0
    assert patient.waited and all(wait >= 1 for wait in patient.waited)
    impatient = Client(limited_url, max_retries=0)
    with pytest.raises(DealgraphError) as refused:
        for _ in range(5):
            impatient.query("{ deals(first: 1) { totalCount } }")
    assert refused.value.status == 429
    assert refused.value.classification == "RATE_LIMITED"
    assert refused.value.retry_after >= 1


def _zip(files, manifest_files=None):
    """A release zip made by hand: the files, columns.json and a manifest of their checksums."""
    columns = {"deals": [{"name": "id", "type": "text"}, {"name": "slug", "type": "text"},
                         {"name": "release", "type": "integer"}]}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        entries = []
        for name, content in files.items():
            archive.writestr(name, content)
            entries.append({"name": name, "rows": content.count(b"\n"), "bytes": len(content),
                            "sha256": hashlib.sha256(content).hexdigest()})
        archive.writestr("columns.json", json.dumps(columns))
        archive.writestr("manifest.json", json.dumps({"release": 1, "files": manifest_files or entries}))
    return out.getvalue()


def test_a_snapshot_keeps_text_with_line_separators_whole():
    # JSON leaves U+2028 and U+0085 unescaped; they are inside a value, not line ends.
    line = json.dumps({"id": "a", "slug": "one\u2028two\x85three", "release": 1}, ensure_ascii=False).encode("utf-8")
    snapshot = Client.read_snapshot(_zip({"deals.jsonl": line + b"\n"}))
    assert list(snapshot.frames["deals"]["slug"]) == ["one\u2028two\x85three"]
    assert str(snapshot.frames["deals"]["release"].dtype) == "Int64"


def test_a_snapshot_missing_a_file_of_its_manifest_is_refused():
    listed = [{"name": "deals.jsonl", "rows": 0, "bytes": 0, "sha256": hashlib.sha256(b"").hexdigest()}]
    with pytest.raises(DealgraphError, match="deals.jsonl is in the manifest but not in the zip"):
        Client.read_snapshot(_zip({}, manifest_files=listed))


def test_retry_after_is_read_as_seconds_or_as_an_http_date():
    from email.utils import format_datetime
    from datetime import datetime, timedelta, timezone
    from dealgraph.client import _seconds
    assert _seconds("3") == 3.0
    assert _seconds("-5") == 0.0
    assert _seconds(None) is None and _seconds("soon") is None
    in_ten = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=10), usegmt=True)
    assert 8 <= _seconds(in_ten) <= 10
    assert _seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
