"""Places by name: the autocomplete API, names and Korean aliases in every place filter,
and unknown places answered with the closest names (never an empty page)."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from laborwatch.reconcile import reconcile
from laborwatch.store import Store
from laborwatch.web.places import PlaceNotFound, resolve, suggest


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("RU", "RU"),
        ("ru", "RU"),
        ("Russia", "RU"),
        ("russian federation", "RU"),
        ("러시아", "RU"),
        ("중국", "CN"),
        ("UAE", "AE"),
        ("the Gulf", "M49:145"),
        ("Middle East", "M49:145"),
        ("Viet Nam", "VN"),
        ("M49:001", "M49:001"),
    ],
)
def test_web_places_resolve_codes_names_and_aliases(typed: str, code: str) -> None:
    assert resolve(typed) == code


@pytest.mark.parametrize("typed", ["XX", "Rusia", "Narnia", "M49:999"])
def test_web_places_unknown_place_suggests_the_closest(typed: str) -> None:
    with pytest.raises(PlaceNotFound) as caught:
        resolve(typed)
    assert caught.value.suggestions, "an unknown place must come with suggestions"
    assert "did you mean" in str(caught.value)
    if typed == "Rusia":
        assert caught.value.suggestions[0]["code"] == "RU"


def test_web_places_suggest_prefixes_first_one_entry_per_place() -> None:
    found = suggest("rus", 8)
    assert found[0]["code"] == "RU"
    codes = [f["code"] for f in found]
    assert len(codes) == len(set(codes))
    assert suggest("러", 5)[0]["code"] == "RU"
    assert suggest("", 5) == []
    assert len(suggest("a", 30)) == 20  # capped


def test_web_api_places_answers_the_autocomplete(client: TestClient) -> None:
    r = client.get("/api/places", params={"q": "Kuw"})
    assert r.status_code == 200
    first = r.json()["places"][0]
    assert first == {
        "code": "KW",
        "name": "Kuwait",
        "match": "Kuwait",
        "kind": "country",
        "language": "en",
    }
    ko = client.get("/api/places", params={"q": "몽골"}).json()["places"][0]
    assert ko["code"] == "MN" and ko["language"] == "ko"
    assert client.get("/api/places", params={"q": "x" * 61}).status_code == 422


def test_web_places_with_data_come_first(client: TestClient, store: Store) -> None:
    with_data = {e.destination for e in reconcile(store.claim_rows()).estimates}
    places = client.get("/api/places", params={"q": "S", "limit": 20}).json()["places"]
    flags = [p["code"] in with_data for p in places]
    assert any(flags) and flags == sorted(flags, reverse=True)


def _claim_ids(client: TestClient, **params: str) -> list[int]:
    r = client.get("/api/claims", params={**params, "limit": 200})
    assert r.status_code == 200, r.text
    return [c["id"] for c in r.json()["claims"]]


def test_web_claims_filter_takes_names_in_english_and_korean(client: TestClient) -> None:
    by_code = _claim_ids(client, country="RU")
    assert by_code
    assert _claim_ids(client, country="Russia") == by_code
    assert _claim_ids(client, country="러시아") == by_code
    page = client.get("/claims", params={"country": "Russia"})
    assert page.status_code == 200 and 'value="RU"' in page.text


def test_web_unknown_place_in_a_filter_is_an_error_with_links(client: TestClient) -> None:
    r = client.get("/claims", params={"country": "Rusia", "status": "present"})
    assert r.status_code == 400
    assert "unknown place" in r.text and "Russia" in r.text
    link = re.search(r'<ul class="suggestions" id="suggestions"><li><a href="([^"]+)"', r.text)
    assert link is not None
    assert link[1].replace("&amp;", "&") == "/claims?country=RU&status=present"
    api = client.get("/api/claims", params={"country": "Narnia"})
    assert api.status_code == 400
    assert api.json()["suggestions"] and "unknown place" in api.json()["error"]
    for path in ("/api/estimates", "/sanctions", "/api/sanctions", "/compare", "/brief.html"):
        assert client.get(path, params={"country": "Narnia"}).status_code == 400, path


def test_web_country_page_by_name_and_unknown_code(client: TestClient) -> None:
    r = client.get("/country/Russia", params={"offset": 0}, follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/country/RU?offset=0"
    r = client.get("/country/ru", follow_redirects=False)
    assert r.headers["location"] == "/country/RU"
    r = client.get("/country", params={"q": "러시아"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/country/RU"
    r = client.get("/country/XX")
    assert r.status_code == 404 and 'id="suggestions"' in r.text
    assert re.search(r'href="/country/[A-Z]{2}"', r.text.split('id="suggestions"')[1])
    r = client.get("/country", params={"q": "Rusia"})
    assert r.status_code == 404 and 'href="/country/RU"' in r.text
    api = client.get("/api/countries/XX")
    assert api.status_code == 404 and api.json()["suggestions"]
    assert client.get("/api/countries/Russia").json()["code"] == "RU"


def test_web_sanctions_estimates_and_compare_take_names(client: TestClient, store: Store) -> None:
    pic = reconcile(store.claim_rows())
    host = pic.flags[0].country
    name = client.get(f"/api/countries/{host}").json()["name"]
    assert (
        client.get("/api/sanctions", params={"country": name}).json()
        == client.get("/api/sanctions", params={"country": host}).json()
    )
    assert (
        client.get("/api/estimates", params={"country": "Russia"}).json()
        == client.get("/api/estimates", params={"country": "RU"}).json()
    )
    page = client.get("/compare", params={"country": "러시아"}).text
    rows = re.search(r'id="compare-table">.*?<tbody>(.*?)</tbody>', page, re.S)[1]
    assert re.findall(r'href="/country/([^"]+)"', rows) in (["RU"], [])


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/claims", "country"),
        ("/sanctions", "country"),
        ("/compare", "country"),
        ("/", "q"),
        ("/country/RU", "q"),
    ],
)
def test_web_every_place_filter_has_autocomplete(client: TestClient, path: str, field: str) -> None:
    html = client.get(path).text
    assert re.search(rf'<input name="{field}"[^>]*data-place', html), path
    assert '<script src="/static/desk.js" defer></script>' in html


def test_web_filter_forms_submit_blank_fields(client: TestClient) -> None:
    """A filter form sends its blank fields: they mean 'any', never a 422."""
    blank = {"country": "", "status": "", "sector": "", "kind": "", "since": ""}
    assert client.get("/claims", params=blank).status_code == 200
    assert client.get("/api/claims", params=blank).status_code == 200
    docs = {"q": "", "publisher": "", "since": "", "until": "", "relevant": ""}
    assert client.get("/documents", params=docs).status_code == 200
