"""Finding the right entry: accents, ß, other scripts, two letters, numbers, filters, the
order a person sees, and pairs that come together or not at all."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st_

from tests.resource_samples import (
    CHECKED,
    by_key,
    line,
    org,
    sample,
    service,
    uid,
    weekdays,
)
from wellness_desk.cli import EXIT_BROKEN, main
from wellness_desk.resources import search as search_
from wellness_desk.resources import store as st
from wellness_desk.resources.search import Query, normal_words, normalise

# Monday 6 July 2026, 10:30 in Berlin and Paris: weekday lines are open.
MONDAY_MORNING = datetime(2026, 7, 6, 8, 30, tzinfo=UTC)
# Sunday 5 July 2026, 12:30 in Berlin: the Sunday service's hours (it is closed for works).
SUNDAY_NOON = datetime(2026, 7, 5, 10, 30, tzinfo=UTC)


@pytest.fixture
def store(tmp_path):
    opened = st.open_store(st.store_path(tmp_path))
    st.install(opened, sample(), source="test", now=MONDAY_MORNING)
    yield opened
    opened.close()


def found(store, text="", *, now=MONDAY_MORNING, limit=50, **kw):
    return [r.service.name for r in search_.search(store, Query(text=text, **kw), now=now,
                                                    limit=limit)]


def test_normalise_drops_accents_folds_case_and_keeps_other_scripts():
    assert normalise("Santé MENTALE") == "sante mentale"
    assert normalise("Straße") == "strasse"
    assert normalise("ＳＯＳ") == "sos"  # full-width letters
    assert normalise("いのちの電話") == "いのちの電話"
    assert normalise("がん") == "がん"  # the voicing mark stays: が is not か


def test_sante_finds_sante_with_its_accent(store):
    assert found(store, "sante") == ["SOS Amitié", "3114, numéro national de prévention du suicide"]
    assert found(store, "SANTÉ") == found(store, "sante")


def test_strasse_finds_strasse_written_with_eszett(store):
    names = found(store, "strasse")
    assert "Beratung an der Straße" in names
    assert found(store, "Straße") == names


def test_japanese_finds_japanese_with_three_characters_or_two(store):
    assert found(store, "いのち") == ["いのちの電話"]
    assert found(store, "電話") == ["いのちの電話"]  # two characters, mid-word
    assert found(store, "電") == ["いのちの電話"]
    # The organization's English name finds it too.
    assert found(store, "inochi") == ["いのちの電話"]


def test_a_translated_name_finds_the_service(store):
    assert found(store, "samaritains") == ["Samaritans"]  # its French name
    assert found(store, "friendship") == ["SOS Amitié"]  # its English name


def test_one_and_two_letter_queries_match_the_start_of_words(store):
    assert found(store, "sa") == ["Samaritans", "SOS Amitié",
                                  "3114, numéro national de prévention du suicide"]
    assert "Samaritans" in found(store, "s")
    # "ki" starts Kids, not "Seelsorge"'s middle.
    assert found(store, "ki") == ["Kids Help Phone"]
    # A country code: the services of France (and words starting "fr").
    assert found(store, "fr") == ["SOS Amitié", "3114, numéro national de prévention du suicide"]


def test_numbers_are_found_with_or_without_their_spaces(store):
    assert found(store, "116 123") == ["Samaritans"]
    assert found(store, "116123") == ["Samaritans"]
    # The line with that number, then the one it is paired with.
    assert found(store, "0800 111 0 222") == ["TelefonSeelsorge (katholisch)",
                                                "TelefonSeelsorge (evangelisch)"]
    assert found(store, "11") == ["Samaritans", "TelefonSeelsorge (evangelisch)",
                                  "TelefonSeelsorge (katholisch)"]
    assert found(store, "0570-783-556") == ["いのちの電話"]
    assert found(store, "988") == ["988 Suicide & Crisis Lifeline"]
    assert found(store, "１１６ １２３") == ["Samaritans"]  # full-width digits
    assert found(store, "١١٦١٢٣") == ["Samaritans"]  # Arabic-Indic digits


def test_nothing_matches_nonsense(store):
    assert found(store, "zzqx") == []
    assert found(store, "q") == []
    assert found(store, "   ") == found(store, "")  # no words: everything listed


def test_inactive_and_defunct_services_are_never_found_temporarily_closed_ones_are(store):
    everything = found(store, "beratung")
    assert "Beratung alt" not in everything  # defunct
    assert "Beratung pausiert" not in everything  # inactive
    closed = [r for r in search_.search(store, Query(text="sonntag"), now=MONDAY_MORNING)]
    assert [r.service.name for r in closed] == ["Beratung am Sonntag"]
    assert closed[0].service.status == "temporarily closed"


def test_a_temporarily_closed_crisis_line_is_shown_after_what_can_be_reached(tmp_path):
    directory = sample()
    paused = replace(by_key(directory, "telefon-ev"), status="temporarily closed",
                     pair_group="")
    directory = replace(directory, services=tuple(
        paused if s.id == paused.id else s for s in directory.services))
    with st.open_store(st.store_path(tmp_path)) as store:
        st.install(store, directory, source="test", now=MONDAY_MORNING)
        results = search_.search(store, Query(country="DE"), now=MONDAY_MORNING)
        assert [r.service.name for r in results] == [
            "TelefonSeelsorge (katholisch)", "Beratung an der Straße",
            "TelefonSeelsorge (evangelisch)",  # 24/7, but temporarily closed
            "Peer support Berlin", "Beratung am Sonntag", "Music industry text line"]
        assert results[2].open_now is False
        assert "TelefonSeelsorge (evangelisch)" not in found(store, country="DE",
                                                             open_now=True)
        assert [s.name for s in search_.crisis_lines(store, "DE")] == [
            "TelefonSeelsorge (katholisch)"]


def test_the_country_filter_includes_services_available_everywhere(store):
    germany = found(store, country="DE")
    assert "Music industry text line" in germany  # no area: everywhere
    assert "Samaritans" not in germany
    assert set(found(store, country="gb")) == {"Samaritans", "Music industry text line"}


def test_the_language_filter_takes_the_service_s_and_its_lines_languages(store):
    assert found(store, language="cy") == ["Samaritans"]  # only its phone answers in Welsh
    assert found(store, language="ja") == ["いのちの電話"]
    assert "Kids Help Phone" in found(store, language="fr")


def test_the_kind_filter(store):
    assert found(store, kind="peer-support") == ["Peer support Berlin"]
    assert "Samaritans" not in found(store, kind="counselling")


def test_the_open_now_filter_decides_in_each_service_s_own_zone(store):
    open_monday = found(store, country="DE", open_now=True)
    # 24/7 lines and the weekday counselling are open; hours unknown is not "open".
    assert open_monday == ["TelefonSeelsorge (evangelisch)", "TelefonSeelsorge (katholisch)",
                           "Beratung an der Straße"]
    # Tokyo at 10:30 Berlin time is 17:30: inochi (10–22 Tokyo) is open.
    assert "いのちの電話" in found(store, open_now=True)
    # 23:30 UTC is 08:30 next morning in Tokyo: closed there.
    late = datetime(2026, 7, 6, 23, 30, tzinfo=UTC)
    assert "いのちの電話" not in found(store, open_now=True, now=late)
    # Sunday noon is in its hours, but it is temporarily closed: not open.
    assert "Beratung am Sonntag" not in found(store, open_now=True, now=SUNDAY_NOON)


def test_results_say_open_now_favourite_and_freshness(store):
    results = {r.service.name: r for r in search_.search(store, Query(country="DE"),
                                                        now=MONDAY_MORNING)}
    assert results["Beratung an der Straße"].open_now is True
    assert results["Peer support Berlin"].open_now is None
    assert results["Beratung am Sonntag"].open_now is False
    assert results["Beratung an der Straße"].freshness == "fresh"  # checked 1 May 2026
    assert results["Beratung an der Straße"].organization.name == "Straße der Hilfe e.V."
    later = datetime(2027, 6, 1, 12, 0, tzinfo=UTC)
    assert search_.search(store, Query(text="samaritans"), now=later)[0].freshness == "stale"


def test_order_is_favourites_of_the_country_then_crisis_lines_then_open_now_then_the_rest(
        store):
    st.set_favourite(store, uid("service:berlin-peer"), True)
    assert found(store, country="DE") == [
        "Peer support Berlin",  # favourite
        "TelefonSeelsorge (evangelisch)", "TelefonSeelsorge (katholisch)",  # crisis lines
        "Beratung an der Straße",  # open now (Monday 10:30 in Berlin)
        "Beratung am Sonntag", "Music industry text line",  # the rest, directory order
    ]
    # Not of that country: a German favourite is not first in Great Britain.
    assert found(store, country="GB") == ["Samaritans", "Music industry text line"]
    # With no country asked, the favourite is first of everything.
    assert found(store)[0] == "Peer support Berlin"
    st.set_favourite(store, uid("service:berlin-peer"), False)
    assert found(store, country="DE")[0] == "TelefonSeelsorge (evangelisch)"


def test_a_favourite_or_an_install_on_the_same_connection_is_seen_at_once(store):
    assert found(store, country="DE")[0] == "TelefonSeelsorge (evangelisch)"
    st.set_favourite(store, uid("service:strasse"), True)
    assert found(store, country="DE")[0] == "Beratung an der Straße"
    st.install(store, replace(sample(), services=sample().services[:3]), source="v2",
               now=MONDAY_MORNING)
    assert found(store, country="DE") == []
    assert found(store, "sa") == ["Samaritans", "SOS Amitié",
                                  "3114, numéro national de prévention du suicide"]


def test_paired_services_come_together_adjacent_even_when_one_is_asked_for(store):
    # The one asked for first, its partner beside it.
    assert found(store, "katholisch") == ["TelefonSeelsorge (katholisch)",
                                          "TelefonSeelsorge (evangelisch)"]
    assert found(store, "evangelisch") == ["TelefonSeelsorge (evangelisch)",
                                           "TelefonSeelsorge (katholisch)"]
    # The limit never splits a pair.
    assert found(store, "telefonseelsorge", limit=1) == ["TelefonSeelsorge (evangelisch)",
                                                          "TelefonSeelsorge (katholisch)"]
    results = search_.search(store, Query(text="katholisch"), now=MONDAY_MORNING)
    assert {r.pair_group for r in results} == {"de-telefonseelsorge"}


def test_a_pair_member_that_is_defunct_is_not_pulled_in(tmp_path):
    directory = sample()
    gone = replace(by_key(directory, "telefon-rk"), status="defunct")
    directory = replace(directory, services=tuple(
        gone if s.id == gone.id else s for s in directory.services))
    with st.open_store(st.store_path(tmp_path)) as store:
        st.install(store, directory, source="test", now=MONDAY_MORNING)
        assert found(store, "telefonseelsorge") == ["TelefonSeelsorge (evangelisch)"]


def test_crisis_lines_of_a_country_come_with_their_pairs(store):
    assert [s.name for s in search_.crisis_lines(store, "DE")] == [
        "TelefonSeelsorge (evangelisch)", "TelefonSeelsorge (katholisch)"]
    assert [s.name for s in search_.crisis_lines(store, "fr")] == [
        "SOS Amitié", "3114, numéro national de prévention du suicide"]
    # The line with no area is everywhere, but is no country's own crisis line.
    assert [s.name for s in search_.crisis_lines(store, "GB")] == ["Samaritans"]
    assert search_.crisis_lines(store, "NZ") == []


def test_an_update_is_what_the_next_search_finds_on_another_connection(store, tmp_path):
    reader = st.open_store(st.store_path(tmp_path))
    try:
        assert found(reader, "lifeline") == ["988 Suicide & Crisis Lifeline"]
        extra = org("Lifeline Australia")
        added = service("lifeline-au", "Lifeline Australia", extra, country="AU",
                        tz="Australia/Sydney", assured_date=CHECKED,
                        contacts=(line("lifeline-au", "13 11 14", always_open=True),))
        newer = replace(sample(), organizations=(*sample().organizations, extra),
                        services=(*sample().services, added))
        st.install(store, newer, source="v2", now=MONDAY_MORNING)
        assert found(reader, "lifeline") == ["988 Suicide & Crisis Lifeline",
                                             "Lifeline Australia"]
        assert found(reader, "131114") == ["Lifeline Australia"]
    finally:
        reader.close()


def test_the_open_now_order_follows_the_minute_it_is_asked_at(tmp_path):
    # Two counselling services, one open mornings and one afternoons (Paris).
    place = org("Conseil")
    morning = service("morning", "Conseil du matin", place, country="FR", tz="Europe/Paris",
                      kinds=("counselling",),
                      contacts=(line("m", "01 42 76 31 58", hours=weekdays("08:00", "12:00")),))
    afternoon = service("afternoon", "Conseil du soir", place, country="FR",
                        tz="Europe/Paris", kinds=("counselling",),
                        contacts=(line("a", "01 42 76 31 59", hours=weekdays("12:00", "18:00")),))
    directory = replace(sample(), organizations=(place,), services=(morning, afternoon))
    with st.open_store(st.store_path(tmp_path)) as store:
        st.install(store, directory, source="test", now=MONDAY_MORNING)
        assert found(store, "conseil") == ["Conseil du matin", "Conseil du soir"]
        # 09:59 UTC is 11:59 in Paris; a minute later, noon: the afternoon one is open.
        assert found(store, "conseil", now=datetime(2026, 7, 6, 9, 59, tzinfo=UTC)) == [
            "Conseil du matin", "Conseil du soir"]
        assert found(store, "conseil", now=datetime(2026, 7, 6, 10, 0, tzinfo=UTC)) == [
            "Conseil du soir", "Conseil du matin"]


# -- the CLI --------------------------------------------------------------------------------

@pytest.fixture
def data_dir(tmp_path):
    with st.open_store(st.store_path(tmp_path)) as store:
        st.install(store, sample(), source="test", now=MONDAY_MORNING)
    return str(tmp_path)


def test_cli_search_prints_one_block_per_result(data_dir, capsys):
    assert main(["--data-dir", data_dir, "resources", "search", "116 123"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("Samaritans  [crisis line]")
    assert "  116 123  voice  24/7  open now" in out
    assert "languages: en, cy" in out
    assert "verified 2026-05-01" in out


def test_cli_search_with_filters_and_a_closed_entry(data_dir, capsys):
    assert main(["--data-dir", data_dir, "resources", "search", "sonntag", "--country", "de",
                 "--lang", "de", "--kind", "counselling"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Beratung am Sonntag  [counselling, TEMPORARILY CLOSED]")
    assert "Su 10:00–14:00" in out


def test_cli_search_without_results_says_so_and_succeeds(data_dir, capsys):
    assert main(["--data-dir", data_dir, "resources", "search", "zzqx", "--open-now"]) == 0
    assert "No resource matches" in capsys.readouterr().out


@pytest.mark.parametrize(("argv", "said"), [
    (["--kind", "hotline"], "--kind 'hotline'"),
    (["--country", "France"], "--country 'France'"),
])
def test_cli_search_refuses_a_bad_filter_naming_it(data_dir, capsys, argv, said):
    assert main(["--data-dir", data_dir, "resources", "search", "x", *argv]) == 2
    assert said in capsys.readouterr().err


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st_.text(min_size=1, max_size=30).filter(lambda t: normal_words(t)))
@example(name="0.0")  # reads as a number ("00"), and is a name's words too
@example(name="24 7")
def test_any_name_in_any_script_finds_its_service(tmp_path_factory, name):
    place = org("Anywhere")
    entry = service("any", name, place, country="FR", tz="Europe/Paris",
                    contacts=(line("any", "01 42 76 31 58"),))
    folder = tmp_path_factory.mktemp("any")
    with st.open_store(st.store_path(folder)) as store:
        st.install(store, replace(sample(), organizations=(place,), services=(entry,)),
                   source="test", now=MONDAY_MORNING)
        assert found(store, name) == [name]
        assert found(store, name.upper()) == [name]


def test_cli_search_on_a_damaged_directory_file_says_so_in_one_line(data_dir, capsys):
    path = st.store_path(Path(data_dir))
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    Path(f"{path}-wal").unlink(missing_ok=True)
    assert main(["--data-dir", data_dir, "resources", "search", "sa"]) == EXIT_BROKEN
    err = capsys.readouterr().err
    assert "directory.sqlite: the database file is damaged" in err
    assert "Traceback" not in err


def test_a_crisis_line_open_now_comes_before_one_that_is_closed(tmp_path):
    # Two crisis lines of one country, one open mornings and one evenings (Tokyo): whichever
    # answers now leads, whatever the directory's order.
    place = org("Inochi")
    evening = service("evening", "Evening line", place, country="JP", tz="Asia/Tokyo",
                      contacts=(line("e", "0120-783-556",
                                     hours=weekdays("16:00", "21:00", range(7))),))
    morning = service("morning", "Morning line", place, country="JP", tz="Asia/Tokyo",
                      contacts=(line("m", "0120-279-338",
                                     hours=weekdays("08:00", "12:00", range(7))),))
    directory = replace(sample(), organizations=(place,), services=(evening, morning))
    with st.open_store(st.store_path(tmp_path)) as store:
        st.install(store, directory, source="test", now=MONDAY_MORNING)
        # 01:00 UTC is 10:00 in Tokyo; 08:00 UTC is 17:00.
        assert found(store, country="JP", now=datetime(2026, 7, 6, 1, 0, tzinfo=UTC)) == [
            "Morning line", "Evening line"]
        assert found(store, country="JP", now=datetime(2026, 7, 6, 8, 0, tzinfo=UTC)) == [
            "Evening line", "Morning line"]


def test_a_national_crisis_line_comes_before_a_youth_line_that_also_counsels(tmp_path):
    place = org("Lines")
    youth = service("youth", "Youth line", place, country="CA", tz="America/Toronto",
                    kinds=("crisis-line", "counselling"), pair_group="ca",
                    contacts=(line("y", "1-800-668-6868", always_open=True),))
    national = service("national", "National line", place, country="CA",
                       tz="America/Toronto", pair_group="ca",
                       contacts=(line("n", "988", always_open=True),))
    directory = replace(sample(), organizations=(place,), services=(youth, national))
    with st.open_store(st.store_path(tmp_path)) as store:
        st.install(store, directory, source="test", now=MONDAY_MORNING)
        assert found(store, country="CA") == ["National line", "Youth line"]
        assert [s.name for s in search_.crisis_lines(store, "CA")] == [
            "National line", "Youth line"]
