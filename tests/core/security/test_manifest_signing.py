"""Requirement 18 (threat A4): the signed manifest, part by part, against the bugs a mutation of
manifest.py plants — a field left out of the signed part, canonical JSON that depends on key
order or spacing, a fingerprint of the wrong length, an exhibit name that escapes ``exhibits/``
or loses its extension, a receipt count off by one, a lone surrogate written as bytes that are
not UTF-8. No PDF is drawn (the audit runs these per planted bug)."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest

from safeplan.core.export import manifest as mf
from tests.core.security.signed_export import signer


def test_manifest_sits_beside_the_pdf() -> None:
    assert mf.manifest_path_for(Path("/a/b/case.pdf")) == Path("/a/b/case.manifest.json")
    assert mf.manifest_path_for(Path("c.2024.pdf")) == Path("c.2024.manifest.json")


def test_canonical_json_is_sorted_compact_utf8() -> None:
    assert mf.canonical({"b": 1, "a": [1, "ў"]}) == '{"a":[1,"ў"],"b":1}'.encode()
    assert mf.canonical({"a": 1, "b": 2}) == mf.canonical({"b": 2, "a": 1})
    assert mf.canonical("\ud800") == b'"\xed\xa0\x80"'  # kept, not a crash or a "?"
    with pytest.raises(ValueError):
        mf.canonical(float("nan"))


def test_sha256_and_fingerprint_format() -> None:
    assert mf.sha256_hex(b"abc") == hashlib.sha256(b"abc").hexdigest()
    raw = mf.public_raw(signer())
    assert len(raw) == 32
    digest = hashlib.sha256(raw).hexdigest().upper()
    fingerprint = mf.key_fingerprint(raw)
    assert fingerprint == " ".join(digest[i:i + 4] for i in range(0, 32, 4))
    assert len(fingerprint.split(" ")) == 8 and fingerprint.replace(" ", "") == digest[:32]


@pytest.mark.parametrize(("given", "expected"), [
    ("photo.jpg", "exhibits/E3-photo.jpg"),
    ("../../etc/passwd", "exhibits/E3-passwd"),
    ("C:\\Users\\Olga\\bruise 1.jpg", "exhibits/E3-bruise 1.jpg"),
    ("a:b*c?.png", "exhibits/E3-a_b_c_.png"),
    ("  .hidden. ", "exhibits/E3-hidden"),
    ("", "exhibits/E3-file"),
    ("..", "exhibits/E3-file"),
    ("...", "exhibits/E3-file"),
    ("фота.jpg", "exhibits/E3-фота.jpg"),
    ("XRAY scan X", "exhibits/E3-XRAY scan X"),
])
def test_exhibit_bundle_names_stay_inside_the_folder(given: str, expected: str) -> None:
    assert mf.exhibit_bundle_name("E3", given) == expected


def test_long_exhibit_names_are_cut_to_120_keeping_the_extension() -> None:
    exact = "a" * 116 + ".jpg"
    assert mf.exhibit_bundle_name("E1", exact) == "exhibits/E1-" + exact  # 120: kept whole
    long = "a" * 200 + ".jpeg"
    name = mf.exhibit_bundle_name("E1", long).removeprefix("exhibits/E1-")
    assert name == "a" * 115 + ".jpeg" and len(name) == 120
    one_more = "a" * 117 + ".jpg"  # 121
    assert mf.exhibit_bundle_name("E1", one_more) == "exhibits/E1-" + "a" * 116 + ".jpg"
    ten = "b" * 130 + "." + "x" * 10  # a 10-letter extension is still one
    assert mf.exhibit_bundle_name("E1", ten).endswith("b." + "x" * 10)
    assert len(mf.exhibit_bundle_name("E1", ten)) == len("exhibits/E1-") + 120
    eleven = "b" * 130 + "." + "x" * 11  # longer: not an extension, plain cut
    assert mf.exhibit_bundle_name("E1", eleven) == "exhibits/E1-" + "b" * 120
    no_ext = "c" * 150
    assert mf.exhibit_bundle_name("E1", no_ext) == "exhibits/E1-" + "c" * 120
    two_dots = "report.2024." + "r" * 150 + ".pdf"  # the last dot starts the extension
    assert mf.exhibit_bundle_name("E1", two_dots) == \
        "exhibits/E1-" + ("report.2024." + "r" * 150)[:116] + ".pdf"
    one_letter = "s" * 150 + ".c"
    assert mf.exhibit_bundle_name("E1", one_letter) == "exhibits/E1-" + "s" * 118 + ".c"
    capitals = "X" * 130
    assert mf.exhibit_bundle_name("E1", capitals) == "exhibits/E1-" + "X" * 120
    dotted = "d" * 118 + " ." + "e" * 30  # the cut lands on " ." : trimmed, not a hidden end
    assert mf.exhibit_bundle_name("E1", dotted) == "exhibits/E1-" + "d" * 118


def test_statement_holds_what_it_vouches_for() -> None:
    raw = mf.public_raw(signer())
    statement = mf.make_statement(
        export_id="X1", created_at="2026-01-01T00:00:00+00:00", chain_head="ab" * 32,
        options={"lang": "be"}, counts={"entries": 2}, exhibits=[{"number": "E1"}],
        key_raw=raw, pdf_file_name="c.pdf")
    assert statement.data == {
        "format": "safeplan-export-manifest", "version": 1, "export_id": "X1",
        "created_at": "2026-01-01T00:00:00+00:00", "chain_head": "ab" * 32,
        "options": {"lang": "be"}, "counts": {"entries": 2}, "exhibits": [{"number": "E1"}],
        "pdf_file_name": "c.pdf",
        "public_key": {"algorithm": "Ed25519", "raw_base64": base64.b64encode(raw).decode(),
                       "fingerprint": mf.key_fingerprint(raw)}}
    assert statement.sha256 == hashlib.sha256(mf.canonical(statement.data)).hexdigest()
    with_chain = mf.make_statement(
        export_id="X1", created_at="t", chain_head="h", options={}, counts={}, exhibits=[],
        key_raw=raw, pdf_file_name="c.pdf", chain={"records": [], "receipts": []})
    assert with_chain.data["chain"] == {"records": [], "receipts": []}


def test_chain_statement_lists_records_and_what_each_receipt_covers() -> None:
    records = [("r0", "u0"), ("r1", "u1"), ("r2", "u0"), ("r3", "u2"), ("r4", "u3")]
    refs = {"u1": "2024-0001", "u0": "2024-0002", "u3": "2024-0003"}
    receipts = [{"code": "C1", "made_at": "m1", "count": 1},
                {"code": "C3", "made_at": "m3", "count": 3},
                {"code": "C5", "made_at": "m5", "count": 5},  # exactly the whole chain
                {"code": "C6", "made_at": "m6", "count": 6},  # more than there is: left out
                {"code": "C0", "made_at": "m0", "count": 0},
                {"code": "CN", "made_at": "mn"}]
    out = mf.chain_statement(records, refs, receipts)
    assert out["records"] == [["r0", "2024-0002"], ["r1", "2024-0001"], ["r2", "2024-0002"],
                              ["r3", None], ["r4", "2024-0003"]]
    assert out["receipts"] == [
        {"code": "C1", "made_at": "m1", "count": 1, "covers": ["2024-0002"]},
        {"code": "C3", "made_at": "m3", "count": 3, "covers": ["2024-0002", "2024-0001"]},
        {"code": "C5", "made_at": "m5", "count": 5,
         "covers": ["2024-0002", "2024-0001", "2024-0003"]}]


def _signed() -> dict[str, object]:
    key = signer()
    statement = mf.make_statement(
        export_id="X1", created_at="t", chain_head="h", options={}, counts={"entries": 1},
        exhibits=[], key_raw=mf.public_raw(key), pdf_file_name="c.pdf")
    return mf.sign_manifest(statement, b"%PDF bytes", "c.pdf", key)


def test_signed_manifest_layout() -> None:
    manifest = _signed()
    assert manifest["pdf"] == {"file_name": "c.pdf", "sha256": mf.sha256_hex(b"%PDF bytes"),
                               "size": 10}
    assert manifest["statement_sha256"] == mf.Statement(manifest["statement"]).sha256  # type: ignore[arg-type]
    assert manifest["signature"]["algorithm"] == "Ed25519"  # type: ignore[index]
    assert len(base64.b64decode(manifest["signature"]["value_base64"])) == 64  # type: ignore[index]
    assert mf.signature_valid(manifest)
    assert mf.signed_part(manifest) == mf.canonical({k: manifest[k] for k in
                                                     ("statement", "statement_sha256", "pdf")})


@pytest.mark.parametrize("part", ["statement", "statement_sha256", "pdf"])
def test_the_signature_covers_each_signed_part(part: str) -> None:
    manifest = _signed()
    if part == "statement":
        manifest["statement"]["counts"]["entries"] = 2  # type: ignore[index]
    elif part == "pdf":
        manifest["pdf"]["size"] = 11  # type: ignore[index]
    else:
        manifest[part] = "0" * 64
    assert not mf.signature_valid(manifest)


def test_the_signature_is_checked_with_the_statements_key() -> None:
    manifest = _signed()
    other = mf.public_raw(signer(bytes(range(1, 33))))
    manifest["statement"]["public_key"]["raw_base64"] = base64.b64encode(other).decode()  # type: ignore[index]
    assert not mf.signature_valid(manifest)


@pytest.mark.parametrize("damage", ["no signature", "bad base64", "bad key base64", "no key",
                                    "short key", "not a dict"])
def test_a_damaged_signature_or_key_is_invalid_not_a_crash(damage: str) -> None:
    manifest = _signed()
    if damage == "no signature":
        del manifest["signature"]
    elif damage == "bad base64":
        manifest["signature"]["value_base64"] = "@@@@"  # type: ignore[index]
    elif damage == "bad key base64":
        manifest["statement"]["public_key"]["raw_base64"] = "@@@@"  # type: ignore[index]
    elif damage == "no key":
        del manifest["statement"]["public_key"]  # type: ignore[attr-defined]
    elif damage == "short key":
        manifest["statement"]["public_key"]["raw_base64"] = "AAAA"  # type: ignore[index]
    else:
        manifest["signature"] = None
    assert not mf.signature_valid(manifest)


def test_written_manifest_reads_back_to_what_was_signed() -> None:
    manifest = _signed()
    manifest["statement"]["exhibits"] = [{"file_name": "bad\udcff name.jpg"}]  # type: ignore[index]
    written = mf.manifest_bytes(manifest)
    text = written.decode("utf-8")  # valid UTF-8 although the name holds a lone surrogate
    assert "\\udcff" in text and text.endswith("}\n") and '\n  "pdf": {' in text
    back = json.loads(text)
    assert back == manifest
    assert mf.signed_part(back) == mf.signed_part(manifest)
    plain = _signed()
    assert mf.signature_valid(json.loads(mf.manifest_bytes(plain)))
    assert "ў" in mf.manifest_bytes({"a": "ў"}).decode()  # letters stay readable
    keys = [line.split('"')[1] for line in mf.manifest_bytes(plain).decode().splitlines()
            if line.startswith('  "')]
    assert keys == sorted(keys) == ["pdf", "signature", "statement", "statement_sha256"]
