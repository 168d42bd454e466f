"""Wire format shared with the server (SYNC.md §3.1): canonical JSON, hashes, digest, ids."""

from __future__ import annotations

import hashlib
import itertools
import json
import threading
import unicodedata
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from enum import Enum

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sangkien_desktop.protocol import (
    ENTITY_TYPES,
    ZERO_DIGEST,
    canonical_json,
    device_digest,
    new_id,
    payload_hash,
    sha256_hex,
)

NFD_NAME = unicodedata.normalize("NFD", "Nguyễn Thị Hoa")


class Colour(Enum):
    RED = "DO"


# -- canonical JSON ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"b": 1, "a": 2}, '{"a":2,"b":1}'),
        ({"z": {"y": 1, "x": [3, {"d": 1, "c": 2}]}}, '{"z":{"x":[3,{"c":2,"d":1}],"y":1}}'),
        ({"name": "Nguyễn Thị Hoa"}, '{"name":"Nguyễn Thị Hoa"}'),
        ({"name": NFD_NAME}, '{"name":"Nguyễn Thị Hoa"}'),
        ({"share": Decimal("40.00")}, '{"share":"40.00"}'),
        ({"share": Decimal("33.33")}, '{"share":"33.33"}'),
        ({"vnd": 1_234_567_890_123}, '{"vnd":1234567890123}'),
        ({"on": date(2024, 3, 5)}, '{"on":"2024-03-05"}'),
        ({"at": datetime(2024, 3, 5, 7, 8, 9, 123456)}, '{"at":"2024-03-05T07:08:09.123456Z"}'),
        (
            {"at": datetime(2024, 3, 5, 14, 0, tzinfo=timezone(timedelta(hours=7)))},
            '{"at":"2024-03-05T07:00:00.000000Z"}',
        ),
        ({"at": datetime(2024, 3, 5, 7, 0, tzinfo=UTC)}, '{"at":"2024-03-05T07:00:00.000000Z"}'),
        ({"kind": Colour.RED}, '{"kind":"DO"}'),
        (
            {"id": uuid.UUID("01900000-0000-7000-8000-000000000001")},
            '{"id":"01900000-0000-7000-8000-000000000001"}',
        ),
        ({"flag": True, "none": None}, '{"flag":true,"none":null}'),
        ([1, "a", 2.5], '[1,"a",2.5]'),
    ],
)
def test_canonical_json_examples(value: object, expected: str) -> None:
    assert canonical_json(value) == expected


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
def test_canonical_json_refuses_non_finite_numbers(bad: float) -> None:
    with pytest.raises(ValueError):
        canonical_json({"x": bad})


def test_canonical_json_refuses_unknown_types() -> None:
    with pytest.raises(TypeError):
        canonical_json({"x": object()})


def test_keys_are_sorted_after_normalisation() -> None:
    """Keys typed in NFD must end up NFC *and* in code-point order (idempotent canonical form)."""
    text = canonical_json({"a\u0301": 1, "b": 2})  # "á" typed as a + combining acute
    assert text == '{"b":2,"á":1}'
    assert canonical_json({"e\u0301": 1, "\u00e9": 2}).count('"é"') <= 1, "two keys collapsed into one name"


@pytest.mark.parametrize("text", ["Dòng 1\n\u0301", "Cột\t\u0307", "a\r\u0301b"])
def test_combining_mark_after_an_escape_stays_valid_json(text: str) -> None:
    """NFC of the whole document must not glue a mark onto the letter of an escape such as \\n."""
    encoded = canonical_json({"summary": text})
    assert json.loads(encoded)["summary"] == unicodedata.normalize("NFC", text)


JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=8),
    st.text(alphabet='\n\t\r\b\f"\\/ađe\u0301\u0302\u0307\u0323', max_size=6),
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(alphabet="abcđĐáàa\u0301\u0323e\u0302 ", max_size=4), inner, max_size=4)
    ),
    max_leaves=12,
)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _nfc(value: object) -> object:
    """The value as the receiver reads it back: every string NFC (of duplicate keys the later wins)."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {
            _nfc(k): _nfc(v)
            for k, v in sorted(value.items(), key=lambda kv: unicodedata.normalize("NFC", kv[0]))
        }
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    return value


@settings(max_examples=300, database=None)
@given(JSON_VALUES)
def test_canonical_json_is_idempotent_nfc_and_compact(value: object) -> None:
    text = canonical_json(value)
    decoded = json.loads(text)
    # every string is NFC (the document as a whole need not be: "\\n" + a combining mark is NFC data)
    assert all(unicodedata.is_normalized("NFC", s) for s in _strings(decoded))
    assert decoded == _nfc(value)
    assert canonical_json(decoded) == text
    assert text == json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# -- hashes and digest ---------------------------------------------------------------------------------


def test_payload_hash_is_sha256_of_the_canonical_text() -> None:
    text, digest = payload_hash({"title": "Cải tiến đường ống", "version": 2})
    assert text == '{"title":"Cải tiến đường ống","version":2}'
    assert digest == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert digest == sha256_hex(text)
    assert payload_hash({"version": 2, "title": unicodedata.normalize("NFD", "Cải tiến đường ống")}) == (
        text,
        digest,
    )


def test_device_digest_of_nothing_is_zero() -> None:
    assert device_digest([]) == ZERO_DIGEST == "0" * 64


def test_device_digest_of_one_op() -> None:
    op_id, sha = "01900000-0000-7000-8000-000000000001", "ab" * 32
    assert device_digest([(op_id, sha)]) == hashlib.sha256(f"{op_id}:{sha}".encode()).hexdigest()


OPS = st.lists(
    st.tuples(st.uuids().map(str), st.binary(min_size=32, max_size=32).map(bytes.hex)),
    max_size=12,
    unique_by=lambda op: op[0],
)


@settings(max_examples=200, database=None)
@given(ops=OPS, data=st.data())
def test_device_digest_is_order_independent_and_cancels(
    ops: list[tuple[str, str]], data: st.DataObject
) -> None:
    digest = device_digest(ops)
    assert len(digest) == 64 and int(digest, 16) >= 0
    shuffled = data.draw(st.permutations(ops))
    assert device_digest(shuffled) == digest
    extra = data.draw(st.tuples(st.uuids().map(str), st.binary(min_size=32, max_size=32).map(bytes.hex)))
    assert device_digest([*ops, extra, extra]) == digest
    assert device_digest([extra, *shuffled, extra]) == digest
    if ops:
        assert device_digest(ops[1:]) != digest


# -- ids -----------------------------------------------------------------------------------------------


def _check_v7(value: str) -> uuid.UUID:
    parsed = uuid.UUID(value)
    assert str(parsed) == value  # lower-case, canonical 8-4-4-4-12
    assert parsed.version == 7
    assert parsed.variant == uuid.RFC_4122  # the "10" variant bits
    assert (parsed.int >> 62) & 0b11 == 0b10
    return parsed


def test_new_id_is_a_uuid7_with_the_current_time() -> None:
    before = int(datetime.now(UTC).timestamp() * 1000)
    value = _check_v7(new_id())
    after = int(datetime.now(UTC).timestamp() * 1000)
    assert before - 1 <= value.int >> 80 <= after + 1


def test_new_id_is_strictly_increasing_in_one_thread() -> None:
    ids = [new_id() for _ in range(10_000)]
    for value in ids[::97]:
        _check_v7(value)
    assert all(a < b for a, b in itertools.pairwise(ids))
    ints = [uuid.UUID(v).int for v in ids]
    assert all(a < b for a, b in itertools.pairwise(ints))


def test_new_id_is_unique_across_threads() -> None:
    results: list[list[str]] = [[] for _ in range(8)]
    start = threading.Barrier(8)

    def work(slot: list[str]) -> None:
        start.wait()
        slot.extend(new_id() for _ in range(2_000))

    threads = [threading.Thread(target=work, args=(slot,)) for slot in results]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    everything = [v for slot in results for v in slot]
    assert len(everything) == 16_000
    assert len(set(everything)) == len(everything)
    for slot in results:
        assert slot == sorted(slot)


def test_new_id_never_repeats_across_a_fork() -> None:
    """Ids drawn in a forked child (the demo's worker processes) differ from the parent's."""
    import multiprocessing

    from sangkien_desktop.protocol import new_id

    new_id()  # the parent now holds unread random bytes that a careless fork would share
    context = multiprocessing.get_context("fork")
    with context.Pool(2) as pool:
        children = pool.map(_ids, [500, 500])
    parent = _ids(500)
    everything = [*parent, *children[0], *children[1]]
    assert len(set(everything)) == len(everything)


def _ids(n: int) -> list[str]:
    from sangkien_desktop.protocol import new_id

    return [new_id() for _ in range(n)]


def test_every_synced_model_is_a_protocol_entity_type() -> None:
    from sangkien_desktop.persistence.models import synced_tables

    assert set(synced_tables()) == set(ENTITY_TYPES)


def test_references_are_the_foreign_keys_between_synced_models() -> None:
    """The server defers ops by REFERENCES; it must name exactly the links between synced records."""
    from sangkien_desktop.persistence.models import Base
    from sangkien_desktop.protocol import REFERENCES

    found: dict[str, dict[str, str]] = {}
    for mapper in Base.registry.mappers:
        entity = getattr(mapper.class_, "__entity_type__", None)
        if entity is None:
            continue
        links = {
            attr.key: fk.column.table.name
            for attr in mapper.column_attrs
            for fk in attr.columns[0].foreign_keys
            if fk.column.table.name in ENTITY_TYPES
        }
        if links:
            found[entity] = links
    assert found == REFERENCES
