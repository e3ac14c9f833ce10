"""A big made-up resource directory for the benchmarks and the store's tests: no real numbers.

`make_directory(n_services=50_000, countries=40, seed=12)` is the issue's bench: 50,000
services across 40 countries, names and descriptions in the five languages, one to three
contact methods each (voice and text), some 24/7, some with hours (a few past midnight),
kinds, areas and regions, and pairs. The same arguments always give the same Directory
(canonical, as a package read returns it).

The numbers are random digits behind a country code: they pass the package's checks (never
a 555-01xx or a drama number), but they are no one's line. Never ship them.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta

from wellness_desk.resources.model import (
    KINDS,
    LANGUAGES,
    PHONE_TYPES,
    Area,
    Contact,
    Directory,
    Hours,
    Organization,
    Service,
)
from wellness_desk.resources.package import _number_problem, canonical

# country, its zone, the languages services there are offered in, its calling code
COUNTRIES = (
    ("US", "America/New_York", ("en", "es"), "1"), ("CA", "America/Toronto", ("en", "fr"), "1"),
    ("MX", "America/Mexico_City", ("es",), "52"), ("GB", "Europe/London", ("en",), "44"),
    ("IE", "Europe/Dublin", ("en", "ga"), "353"), ("FR", "Europe/Paris", ("fr",), "33"),
    ("DE", "Europe/Berlin", ("de",), "49"), ("ES", "Europe/Madrid", ("es", "ca"), "34"),
    ("PT", "Europe/Lisbon", ("pt",), "351"), ("NL", "Europe/Amsterdam", ("nl", "en"), "31"),
    ("BR", "America/Sao_Paulo", ("pt",), "55"), ("AU", "Australia/Sydney", ("en",), "61"),
    ("JP", "Asia/Tokyo", ("ja", "en"), "81"), ("BE", "Europe/Brussels", ("nl", "fr"), "32"),
    ("CH", "Europe/Zurich", ("de", "fr", "it"), "41"), ("AT", "Europe/Vienna", ("de",), "43"),
    ("IT", "Europe/Rome", ("it",), "39"), ("SE", "Europe/Stockholm", ("sv",), "46"),
    ("NO", "Europe/Oslo", ("no",), "47"), ("DK", "Europe/Copenhagen", ("da",), "45"),
    ("FI", "Europe/Helsinki", ("fi", "sv"), "358"), ("PL", "Europe/Warsaw", ("pl",), "48"),
    ("CZ", "Europe/Prague", ("cs",), "420"), ("GR", "Europe/Athens", ("el",), "30"),
    ("NZ", "Pacific/Auckland", ("en", "mi"), "64"), ("AR", "America/Argentina/Buenos_Aires",
                                                     ("es",), "54"),
    ("CL", "America/Santiago", ("es",), "56"), ("CO", "America/Bogota", ("es",), "57"),
    ("ZA", "Africa/Johannesburg", ("en", "af", "zu"), "27"),
    ("KR", "Asia/Seoul", ("ko",), "82"), ("SG", "Asia/Singapore", ("en", "zh", "ms"), "65"),
    ("IN", "Asia/Kolkata", ("hi", "en"), "91"), ("IS", "Atlantic/Reykjavik", ("is",), "354"),
    ("HU", "Europe/Budapest", ("hu",), "36"), ("RO", "Europe/Bucharest", ("ro",), "40"),
    ("HR", "Europe/Zagreb", ("hr",), "385"), ("EE", "Europe/Tallinn", ("et",), "372"),
    ("LU", "Europe/Luxembourg", ("lb", "fr", "de"), "352"),
    ("UA", "Europe/Kyiv", ("uk",), "380"), ("TH", "Asia/Bangkok", ("th",), "66"),
)
# Words for names, a few with accents and ß so that search has something to fold.
_FIRST = ("Santé", "Straße", "Helpline", "Ayuda", "Écoute", "Apoio", "Hilfe", "Crisis",
          "Samaritan", "Línea", "Soutien", "Rettung", "Mind", "Calm", "Peer", "Music")
_SECOND = ("Mentale", "Telefon", "Network", "Vida", "Amitié", "Jovem", "Seelsorge", "Line",
           "Centre", "Escucha", "Partage", "Nacht", "Support", "Crew", "Backstage", "Roadie")
_KIND_WORDS = {"crisis-line": "crisis line", "counselling": "counselling",
               "financial-aid": "financial aid", "substance-use": "substance use",
               "peer-support": "peer support", "music-industry": "music industry"}
PUBLISHED = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _number(rng: random.Random, calling_code: str) -> str:
    while True:
        groups = [str(rng.randint(100, 999)), str(rng.randint(100, 999)),
                  str(rng.randint(1000, 9999))]
        number = f"+{calling_code} " + " ".join(groups)
        if _number_problem(number) is None:
            return number


def _hours(rng: random.Random) -> tuple[Hours, ...]:
    shape = rng.random()
    if shape < 0.5:  # office hours on weekdays
        opens, closes = rng.choice((("09:00", "17:00"), ("08:30", "18:00"), ("10:00", "16:00")))
        return tuple(Hours(day, opens, closes) for day in range(5))
    if shape < 0.8:  # evenings every day, past midnight
        return tuple(Hours(day, "20:00", "02:00") for day in range(7))
    # weekends, and a late Friday
    return (Hours(4, "18:00", "23:30"), Hours(5, "10:00", "22:00"), Hours(6, "10:00", "22:00"))


def make_directory(n_services: int = 50_000, countries: int = 40, seed: int = 12) -> Directory:
    """A directory of `n_services` services spread over the first `countries` countries."""
    rng = random.Random(seed)
    places = COUNTRIES[:countries]
    organizations: list[Organization] = []
    services: list[Service] = []
    org_id = ""
    for i in range(n_services):
        country, tz, spoken, calling = places[i % len(places)]
        if i % 5 == 0:  # an organization runs about five services
            org_id = _uuid(rng)
            org_name = f"{rng.choice(_FIRST)} {rng.choice(_SECOND)} {country} {i // 5}"
            organizations.append(Organization(
                id=org_id, name=org_name, description=f"Runs services in {country}.",
                website=f"https://org{i // 5}.example.org",
                names={"fr": f"{org_name} (fr)", "es": f"{org_name} (es)"}))
        kinds = tuple(rng.sample(KINDS, rng.choice((1, 1, 2))))
        name = f"{rng.choice(_FIRST)} {rng.choice(_SECOND)} {i}"
        description = f"A {_KIND_WORDS[kinds[0]]} for people in {country}."
        contacts = []
        for _ in range(rng.choice((1, 1, 2, 3))):
            always = rng.random() < 0.3
            contacts.append(Contact(
                id=_uuid(rng), number=_number(rng, calling),
                type=rng.choice(PHONE_TYPES[:2]),
                description=rng.choice(("", "Under 25s", "Text us", "Night line")),
                descriptions={"es": "Línea", "fr": "Ligne"} if rng.random() < 0.3 else {},
                languages=tuple(rng.sample(spoken, 1)),
                always_open=always,
                hours=() if always or rng.random() < 0.4 else _hours(rng),
                assured_date=date(2024, 1, 1) + timedelta(days=rng.randint(0, 780)),
                source_url=f"https://source.example.org/{i}"))
        area = Area(country, f"{country}-{rng.randint(1, 20):02d}"
                    if rng.random() < 0.1 else "")
        status = rng.choices(("active", "inactive", "temporarily closed"), (90, 5, 5))[0]
        services.append(Service(
            id=_uuid(rng), organization_id=org_id, name=name, status=status, tz=tz,
            description=description, url=f"https://service{i}.example.org",
            assured_date=date(2024, 6, 1) + timedelta(days=rng.randint(0, 600)),
            kinds=kinds, areas=(area,), languages=tuple(sorted(rng.sample(
                spoken, rng.randint(1, len(spoken))))),
            contacts=tuple(contacts),
            # An adult and a youth line: every fiftieth service is paired with the next.
            pair_group=f"pair-{i // 2}" if i % 100 in (0, 1) else "",
            names={lang: f"{name} ({lang})" for lang in LANGUAGES if lang != "en"},
            descriptions={lang: f"{description} ({lang})" for lang in LANGUAGES[1:3]}))
    return canonical(Directory(organizations=tuple(organizations), services=tuple(services),
                               published=PUBLISHED, title=f"Bench directory ({n_services})"))
