"""The tests run against a running service: DEALGRAPH_URL (and DEALGRAPH_LIMITED_URL, one with a
tight rate limit, for Retry-After). PythonClientTests starts both and runs pytest."""

import os

import pytest
import requests

from dealgraph import Client


def _url(name):
    url = os.environ.get(name)
    if not url:
        pytest.skip(f"{name} names no running service (PythonClientTests sets it)")
    return url.rstrip("/")


@pytest.fixture(scope="session")
def url():
    return _url("DEALGRAPH_URL")


@pytest.fixture(scope="session")
def limited_url():
    return _url("DEALGRAPH_LIMITED_URL")


@pytest.fixture()
def api(url):
    return Client(url)


@pytest.fixture(scope="session")
def raw(url):
    """The API's own answer by a plain POST, to check the client against."""
    def post(query, variables=None):
        body = requests.post(url + "/graphql", json={"query": query, "variables": variables or {}}, timeout=60).json()
        assert "errors" not in body, body
        return body["data"]
    return post
