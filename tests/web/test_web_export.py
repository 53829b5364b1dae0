"""Exports (web and CLI): CSV, JSON, GeoJSON and FollowTheMoney of filtered views."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from laborwatch.cli import app
from laborwatch.export import CSV_FIELDS
from laborwatch.export.claims import csv_chunks
from laborwatch.review import ReviewBook, TokenStore
from laborwatch.store import Store

FTM_SCHEMATA = {"Article", "Event", "Documentation"}


def test_web_export_csv_matches_the_filtered_view(client: TestClient, store: Store) -> None:
    r = client.get("/export/claims.csv?country=CN&status=present")
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    expected = {c.claim_id for c in store.claim_rows(country="CN", status="present")}
    assert rows and {int(x["id"]) for x in rows} == expected
    assert tuple(rows[0]) == CSV_FIELDS
    assert all("CN" in x["destinations"].split(";") for x in rows)


def test_web_export_json_carries_review(client: TestClient, store: Store) -> None:
    first = next(store.claim_rows(country="RU"))
    ReviewBook(store).review_claim(first.claim_id, "rejected", reviewer="x")
    data = client.get("/export/claims.json?country=RU").json()
    by_id = {c["id"]: c for c in data}
    assert by_id[first.claim_id]["review"] == "rejected"
    assert len(data) == len(list(store.claim_rows(country="RU")))


def test_web_export_geojson_has_estimates_by_country(client: TestClient) -> None:
    geo = client.get("/export/estimates.geojson").json()
    assert geo["type"] == "FeatureCollection"
    props = {f["properties"]["iso_a2"]: f["properties"] for f in geo["features"]}
    api = {c["destination"]: c for c in client.get("/api/overview").json()["countries"]}
    assert set(props) <= set(api) and {"CN", "RU"} <= set(props)
    assert props["CN"]["central"] == api["CN"]["central"]
    assert all(f["geometry"]["type"] in ("Polygon", "MultiPolygon") for f in geo["features"])
    one = client.get("/export/estimates.geojson?country=cn").json()["features"]
    assert [f["id"] for f in one] == ["CN"]


def test_web_export_ftm_entities_link_up(client: TestClient) -> None:
    lines = client.get("/export/claims.ftm.json?country=RU").text.splitlines()
    entities = [json.loads(x) for x in lines]
    assert {e["schema"] for e in entities} == FTM_SCHEMATA
    ids = {e["id"] for e in entities}
    for e in entities:
        assert all(
            isinstance(v, list) and all(isinstance(s, str) for s in v)
            for v in e["properties"].values()
        )
        if e["schema"] == "Documentation":
            assert e["properties"]["document"][0] in ids and e["properties"]["entity"][0] in ids
        if e["schema"] == "Event":
            assert "ru" in e["properties"]["country"] and e["properties"]["summary"]
    assert client.get("/export/claims.xlsx").status_code == 404


def test_web_cli_export_and_token(store: Store, tmp_path: Path) -> None:
    url = str(store.engine.url)
    runner = CliRunner()
    out = tmp_path / "ru.csv"
    r = runner.invoke(
        app, ["export", "--db", url, "--format", "csv", "--country", "RU", "-o", str(out)]
    )
    assert r.exit_code == 0, r.output
    assert len(list(csv.DictReader(out.open()))) == len(list(store.claim_rows(country="RU")))
    r = runner.invoke(app, ["export", "--db", url, "--format", "geojson"])
    assert r.exit_code == 0 and json.loads(r.stdout)["type"] == "FeatureCollection"
    r = runner.invoke(app, ["export", "--db", url, "--format", "ftm", "--country", "CN"])
    assert {json.loads(x)["schema"] for x in r.stdout.splitlines()} == FTM_SCHEMATA
    r = runner.invoke(app, ["token", "create", "--db", url, "--name", "kim"])
    assert r.exit_code == 0
    raw = r.stdout.strip().splitlines()[-1]
    assert TokenStore(store).verify(raw) == "kim"
    r = runner.invoke(app, ["token", "create", "--db", url, "--name", " "])
    assert r.exit_code != 0 and "name" in r.output
    r = runner.invoke(app, ["serve", "--db", url, "--port", "0"])
    assert r.exit_code != 0 and "--port" in r.output


def test_export_csv_first_chunk_is_small_so_a_download_starts_at_once(store: Store) -> None:
    rows = [next(store.claim_rows())] * 1250
    chunks = list(csv_chunks(rows))
    assert [c.count("\n") for c in chunks] == [101, 900, 250]  # header + 100, to 1,000, rest
