"""--source FORMAT:PATH parsing: mistakes get an error that shows the right form."""

import pytest

from index import SourceSpecError, parse_source_spec


def test_source_spec_splits_format_and_path():
    spec = parse_source_spec("hsds-json:demo/hsds/services.json")
    assert (spec.format, spec.location) == ("hsds-json", "demo/hsds/services.json")


@pytest.mark.parametrize("text", ["demo/hsds/services.json", "hsds-json:", ""])
def test_source_spec_without_format_or_path_shows_an_example(text):
    with pytest.raises(SourceSpecError, match="expected FORMAT:PATH, e.g. hsds-json:"):
        parse_source_spec(text)


def test_source_spec_unknown_format_lists_the_known_ones():
    with pytest.raises(SourceSpecError, match="known formats: .*hsds-json"):
        parse_source_spec("xml:foo.xml")
