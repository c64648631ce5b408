"""Requirement 18 (threat A4): ``safeplan verify`` says what matches and what does not, check by
check. Each test is the bug the mutation audit planted in verify.py without a test noticing —
a truncated PDF read as "appended", the statement link not compared, a signed copy for OpenSSL
not compared, an exhibit's size ignored, a hostile ``exhibits/../`` path followed, a receipt
count off by one, the typed key compared with the statement's own claim of its fingerprint.
The export is made by hand (signed_export.py): no PDF is drawn, so each check runs in
milliseconds."""

from __future__ import annotations

import base64
import zipfile
from pathlib import Path

import pytest

from safeplan.core.export import manifest as mf
from safeplan.core.export.verify import VerifyReport, inside_bundle, signing_fingerprint, verify
from safeplan.core.journal import receipts as rc
from tests.core.security.signed_export import Made, codes, failed, make, marks, record_hashes, signer


def test_untouched_folder_verifies_and_leads_with_the_signer(tmp_path: Path) -> None:
    made = make(tmp_path / "out", exhibits={"E1": b"photo one", "E2": b"photo two"})
    report = verify(made.pdf)
    assert report.ok and report.problems == 0, report.lines()
    fingerprint = mf.key_fingerprint(mf.public_raw(made.key))
    assert marks(report) == [("SIGNED_BY", None), ("EXPORT", None), ("SIG_OK", True),
                             ("PDF_OK", True), ("LINK_OK", True), ("EXHIBIT_OK", True),
                             ("EXHIBIT_OK", True), ("FINGERPRINT_NOTE", None)]
    assert made.manifest["pdf"]["sha256"] in report.checks[3].message
    assert "Exhibit E1 (photo E1.jpg) matches" in report.checks[5].message
    assert fingerprint in report.checks[-1].message
    assert fingerprint in report.checks[0].message and fingerprint in report.checks[2].message
    assert "EXP-1" in report.checks[1].message
    assert "25 Nov 2026 13:41:31" in report.checks[1].message  # printed like the PDF's times
    size = made.pdf.stat().st_size
    assert f"{size} bytes" in report.checks[3].message
    assert report.summary() == "Everything matches."
    lines = report.lines()
    assert lines[0].startswith("NOTE  Signed by key") and lines[2].startswith("OK    ")
    assert lines[-2:] == ["", "Everything matches."]


def test_the_report_is_in_her_language(tmp_path: Path) -> None:
    made = make(tmp_path / "out")
    report = verify(made.pdf, "ru")
    assert report.ok
    assert "25.11.2026 13:41:31" in report.checks[1].message


def test_an_empty_report_is_not_ok() -> None:
    assert not VerifyReport().ok


@pytest.mark.parametrize("index", [0, 9, -8, -1])
def test_one_changed_pdf_byte_is_a_changed_pdf(tmp_path: Path, index: int) -> None:
    made = make(tmp_path / "out")
    data = bytearray(made.pdf.read_bytes())
    data[index] ^= 0x20
    made.pdf.write_bytes(bytes(data))
    report = verify(made.pdf)
    assert "PDF_CHANGED" in failed(report) and not report.ok
    assert made.manifest["pdf"]["sha256"] in report.checks[3].message  # names both hashes


def test_appended_bytes_are_named_with_their_count(tmp_path: Path) -> None:
    made = make(tmp_path / "out")
    with made.pdf.open("ab") as handle:
        handle.write(b"x" * 37)
    report = verify(made.pdf)
    assert failed(report) == ["PDF_APPENDED"]
    assert "37 byte(s)" in report.checks[3].message
    assert report.summary() == "Verification FAILED: 1 problem(s) found."
    assert "FAIL  The PDF begins" in report.lines()[3]


def test_a_cut_off_pdf_is_changed_not_appended(tmp_path: Path) -> None:
    made = make(tmp_path / "out")
    made.pdf.write_bytes(made.pdf.read_bytes()[:-3])
    assert "PDF_CHANGED" in failed(verify(made.pdf))


def test_same_bytes_but_a_wrong_recorded_size_is_not_ok(tmp_path: Path) -> None:
    """The hash alone is not enough: the size the manifest states is compared too (a manifest
    edited and re-signed by the same key to say another size must not pass as "exactly")."""
    made = make(tmp_path / "out")
    made.manifest["pdf"]["size"] += 1
    made.rewrite_manifest(resign=True)
    report = verify(made.pdf)
    assert "PDF_CHANGED" in failed(report) and "PDF_OK" not in codes(report)


def test_a_long_pdf_is_hashed_whole_and_its_marker_found_across_reads(tmp_path: Path) -> None:
    """A PDF longer than one read (1 MiB), with the statement marker straddling the boundary."""
    lead = (1 << 20) - len(b"%PDF-1.4\n\n/Keywords (statement-sha256:") - 20
    made = make(tmp_path / "out", pdf_body=b"%" * lead)
    report = verify(made.pdf)
    assert report.ok, report.lines()
    with made.pdf.open("ab") as handle:
        handle.write(b"%" * 10)
    assert failed(verify(made.pdf)) == ["PDF_APPENDED"]


def test_the_pdf_must_name_this_manifests_statement(tmp_path: Path) -> None:
    made = make(tmp_path / "out")
    other = make(tmp_path / "other", exhibits={"E9": b"another export"})
    # the other export's PDF under this name, its manifest's PDF entry re-signed to fit it
    made.pdf.write_bytes(other.pdf.read_bytes())
    data = other.pdf.read_bytes()
    made.manifest["pdf"].update(sha256=mf.sha256_hex(data), size=len(data))
    made.rewrite_manifest(resign=True)
    (made.folder / "out.signed.json").unlink()
    (made.folder / "out.sig").unlink()
    report = verify(made.pdf)
    assert failed(report) == ["LINK_BAD"]


def test_a_pdf_without_any_marker_is_not_linked(tmp_path: Path) -> None:
    made = make(tmp_path / "out")
    made.pdf.write_bytes(made.pdf.read_bytes().replace(b"statement-sha256:", b"statement-sha257:"))
    assert "LINK_BAD" in failed(verify(made.pdf))


def test_changed_manifest_breaks_the_signature(tmp_path: Path) -> None:
    made = make(tmp_path / "out", signature_files=False)
    made.manifest["statement"]["counts"]["entries"] = 2
    made.rewrite_manifest()
    report = verify(made.pdf)
    assert "SIG_BAD" in failed(report) and "STATEMENT_BAD" in failed(report)
    assert "SIG_OK" not in codes(report)


def test_statement_and_its_recorded_hash_must_agree_even_if_re_signed(tmp_path: Path) -> None:
    made = make(tmp_path / "out", signature_files=False)
    made.manifest["statement"]["export_id"] = "EXP-2"
    made.rewrite_manifest(resign=True)  # the signature now fits; the statement hash does not
    report = verify(made.pdf)
    assert failed(report) == ["STATEMENT_BAD"]


def test_the_copies_for_a_by_hand_openssl_check_must_match(tmp_path: Path) -> None:
    made = make(tmp_path / "out")
    signed = made.folder / "out.signed.json"
    signed.write_bytes(signed.read_bytes() + b" ")
    report = verify(made.pdf)
    assert failed(report) == ["SIGNED_FILE_BAD"] and "out.signed.json" in report.checks[2].message
    signed.write_bytes(mf.signed_part(made.manifest))
    sig = made.folder / "out.sig"
    sig.write_bytes(bytes([sig.read_bytes()[0] ^ 1]) + sig.read_bytes()[1:])
    report = verify(made.pdf)
    assert failed(report) == ["SIGNED_FILE_BAD"] and "out.sig" in report.checks[2].message
    sig.unlink()
    signed.unlink()
    assert verify(made.pdf).ok  # absent copies: an older bundle


def test_a_signature_that_is_not_base64_fails_without_a_traceback(tmp_path: Path) -> None:
    made = make(tmp_path / "out")
    made.manifest["signature"]["value_base64"] = "not base64!"
    made.rewrite_manifest()
    report = verify(made.pdf)
    assert "SIG_BAD" in failed(report) and "SIGNED_FILE_BAD" in failed(report)


# -- the signer: computed from the key, compared with what the lawyer was given ---------------

def test_the_signer_is_computed_from_the_key_not_from_its_claimed_fingerprint(
        tmp_path: Path) -> None:
    """A forger re-signs with her own key but copies the survivor's fingerprint into the
    statement: the report names the forger's key, and the typed key fails."""
    genuine = mf.key_fingerprint(mf.public_raw(signer()))
    forger = signer(bytes(range(1, 33)))
    made = make(tmp_path / "out", key=forger)
    made.manifest["statement"]["public_key"]["fingerprint"] = genuine
    made.restate()
    report = verify(made.pdf, key=genuine.replace(" ", "-").lower())
    forged = mf.key_fingerprint(mf.public_raw(forger))
    assert failed(report) == ["KEY_OTHER"]
    assert forged in report.checks[1].message and genuine in report.checks[1].message
    assert forged in report.checks[0].message and genuine not in report.checks[0].message
    assert "FINGERPRINT_NOTE" not in codes(report)


def test_the_key_she_gave_is_accepted_typed_any_way(tmp_path: Path) -> None:
    made = make(tmp_path / "out")
    fingerprint = mf.key_fingerprint(mf.public_raw(made.key))
    report = verify(made.pdf, key=" " + fingerprint.replace(" ", "-").lower() + " ")
    assert report.ok and marks(report)[1] == ("KEY_OK", True)
    assert fingerprint in report.checks[1].message
    assert "FINGERPRINT_NOTE" not in codes(report)


def test_an_unreadable_key_is_said_and_fails(tmp_path: Path) -> None:
    made = make(tmp_path / "out")
    report = verify(made.pdf, key="  1234 not a key  ")
    assert "KEY_UNREADABLE" in failed(report) and not report.ok
    assert '"1234 not a key"' in report.checks[1].message


@pytest.mark.parametrize("raw", ["AAAA", "!!", None])
def test_a_key_of_the_wrong_length_or_form_has_no_fingerprint(raw: str | None) -> None:
    statement = {"public_key": {"raw_base64": raw}} if raw is not None else {}
    assert signing_fingerprint(statement) == "?"


def test_signing_fingerprint_of_a_real_key() -> None:
    raw = mf.public_raw(signer())
    statement = {"public_key": {"raw_base64": base64.b64encode(raw).decode()}}
    assert signing_fingerprint(statement) == mf.key_fingerprint(raw)


# -- the manifest: found, readable, a SafePlan manifest ---------------------------------------

def test_missing_manifest(tmp_path: Path) -> None:
    made = make(tmp_path / "out")
    made.manifest_path.unlink()
    report = verify(made.pdf)
    assert failed(report) == ["MANIFEST_MISSING"] and "out.manifest.json" in report.lines()[0]


@pytest.mark.parametrize("content", [
    b"not json", b"\xff\xfe", b"[]", b'{"statement": [], "pdf": {}}',
    b'{"statement": {"format": "other"}, "pdf": {}}',
    b'{"statement": {"format": "safeplan-export-manifest"}, "pdf": "x"}',
    b'{"statement": {"format": "safeplan-export-manifest"}}',
])
def test_not_a_manifest(tmp_path: Path, content: bytes) -> None:
    made = make(tmp_path / "out")
    made.manifest_path.write_bytes(content)
    report = verify(made.pdf)
    assert failed(report) == ["MANIFEST_BAD"] and len(report.checks) == 1


def test_the_manifest_path_itself_may_be_given(tmp_path: Path) -> None:
    made = make(tmp_path / "out", exhibits={"E1": b"one"})
    report = verify(made.manifest_path)
    assert report.ok and "PDF_OK" in codes(report) and "EXHIBIT_OK" in codes(report)


def test_a_pdf_given_by_another_name_is_checked_under_that_name(tmp_path: Path) -> None:
    made = make(tmp_path / "out")
    copy = made.folder / "renamed.pdf"
    copy.write_bytes(made.pdf.read_bytes())
    report = verify(copy)  # looks for renamed.manifest.json
    assert failed(report) == ["MANIFEST_MISSING"] and "renamed.manifest.json" in report.lines()[0]


def test_the_manifests_pdf_name_is_used_as_a_base_name_only(tmp_path: Path) -> None:
    made = make(tmp_path / "out", signature_files=False)
    made.manifest["pdf"]["file_name"] = "../../elsewhere/out.pdf"
    made.rewrite_manifest(resign=True)
    report = verify(made.manifest_path)
    assert "PDF_OK" in codes(report)
    made.pdf.unlink()
    report = verify(made.manifest_path)
    assert "PDF_MISSING" in failed(report) and "out.pdf" in report.lines()[3]


def test_nothing_there(tmp_path: Path) -> None:
    report = verify(tmp_path / "gone.pdf")
    assert failed(report) == ["PDF_MISSING"] and "gone.pdf" in report.lines()[0]


# -- folders and bundles ----------------------------------------------------------------------

def test_unpacked_bundle_folder_and_zip_verify(tmp_path: Path) -> None:
    made = make(tmp_path / "out", exhibits={"E1": b"one", "E2": b"two"})
    assert verify(made.folder).ok
    bundle = made.zip(tmp_path / "case.zip")
    report = verify(bundle)
    assert report.ok and codes(report).count("EXHIBIT_OK") == 2, report.lines()


def test_a_folder_with_two_manifests_is_not_guessed(tmp_path: Path) -> None:
    made = make(tmp_path / "out")
    (made.folder / "second.manifest.json").write_bytes(made.manifest_path.read_bytes())
    assert failed(verify(made.folder)) == ["MANIFEST_MISSING"]


def test_a_bundle_whose_manifest_is_only_in_a_subfolder(tmp_path: Path) -> None:
    made = make(tmp_path / "out")
    with zipfile.ZipFile(tmp_path / "case.zip", "w") as archive:
        archive.write(made.manifest_path, "inner/out.manifest.json")
        archive.write(made.pdf, "out.pdf")
    assert failed(verify(tmp_path / "case.zip")) == ["MANIFEST_MISSING"]


def test_a_bundle_with_a_changed_exhibit_or_missing_one(tmp_path: Path) -> None:
    made = make(tmp_path / "out", exhibits={"E1": b"one", "E2": b"two"})
    (made.folder / made.manifest["statement"]["exhibits"][0]["bundle_path"]).write_bytes(b"One")
    (made.folder / made.manifest["statement"]["exhibits"][1]["bundle_path"]).unlink()
    report = verify(made.zip(tmp_path / "case.zip"))
    assert failed(report) == ["EXHIBIT_CHANGED", "EXHIBIT_MISSING"]
    assert "Exhibit E1 (photo E1.jpg)" in report.lines()[5]
    assert "Exhibit E2 (photo E2.jpg)" in report.lines()[6]


def test_a_cut_off_bundle_is_unreadable_and_named(tmp_path: Path) -> None:
    made = make(tmp_path / "out")
    bundle = made.zip(tmp_path / "case.zip")
    bundle.write_bytes(bundle.read_bytes()[:-30])
    report = verify(bundle)
    assert failed(report) == ["UNREADABLE"] and "(case.zip)" in report.lines()[0]


# -- exhibits ---------------------------------------------------------------------------------

def _listed(made: Made) -> list[dict[str, object]]:
    return made.manifest["statement"]["exhibits"]  # type: ignore[no-any-return]


def test_exhibit_with_the_right_hash_but_another_recorded_size(tmp_path: Path) -> None:
    made = make(tmp_path / "out", exhibits={"E1": b"one"}, signature_files=False)
    _listed(made)[0]["size"] = 4
    made.restate()
    assert "EXHIBIT_CHANGED" in failed(verify(made.manifest_path))


def test_no_exhibit_folder_beside_a_lone_pdf(tmp_path: Path) -> None:
    made = make(tmp_path / "out", exhibits={"E1": b"one", "E2": b"two", "E3": b"three"})
    for path in (made.folder / "exhibits").iterdir():
        path.unlink()
    (made.folder / "exhibits").rmdir()
    report = verify(made.pdf)
    assert report.ok and "EXHIBITS_NOT_SUPPLIED" in codes(report)
    assert "The 3 exhibit files" in report.lines()[5]


def _edit_exhibits(made: Made, change: dict[str, object], index: int = 0) -> None:
    _listed(made)[index].update(change)
    made.restate()


def test_unreadable_and_withheld_exhibits_are_notes(tmp_path: Path) -> None:
    made = make(tmp_path / "out", exhibits={"E1": b"one", "E2": b"two", "E3": b"three"},
                signature_files=False)
    _edit_exhibits(made, {"readable": False}, 0)
    _edit_exhibits(made, {"shipped": "withheld"}, 1)
    _listed(made).append("not an exhibit")
    made.restate()
    report = verify(made.manifest_path)
    kinds = [c for c in report.checks if c.code.startswith("EXHIBIT")]
    assert [(c.code, c.ok) for c in kinds] == [("EXHIBIT_UNREADABLE", None),
                                              ("EXHIBIT_WITHHELD", None), ("EXHIBIT_OK", True)]
    assert "Exhibit E1 (photo E1.jpg)" in kinds[0].message
    assert "Exhibit E2 (photo E2.jpg)" in kinds[1].message


@pytest.mark.parametrize("path", [
    "../out.pdf", "exhibits/../out.pdf", "exhibits/sub/x.jpg", "exhibits/..", "exhibits/.",
    "exhibits/a\\..\\..\\x", "exhibits/c:x", "exhibits/a\x00b", "/etc/passwd", "exhibitsX/a",
    "exhibits/",
])
def test_a_hostile_exhibit_path_is_never_opened(tmp_path: Path, path: str) -> None:
    made = make(tmp_path / "out", exhibits={"E1": b"one"}, signature_files=False)
    _edit_exhibits(made, {"bundle_path": path, "sha256": mf.sha256_hex(made.pdf.read_bytes())})
    report = verify(made.manifest_path)
    assert failed(report) in (["EXHIBIT_OUTSIDE"], ["EXHIBIT_MISSING"]), report.lines()
    assert "EXHIBIT_OK" not in codes(report)
    if path != "exhibits/":
        assert failed(report) == ["EXHIBIT_OUTSIDE"]
    assert not inside_bundle(path)


def test_ordinary_exhibit_names_are_inside_the_bundle() -> None:
    assert inside_bundle("exhibits/E1-photo.jpg")
    assert inside_bundle("exhibits/..photo")
    assert inside_bundle(mf.exhibit_bundle_name("E-0031", "../../..\\a:b.jpg"))


def test_an_exhibit_without_a_path_is_missing(tmp_path: Path) -> None:
    made = make(tmp_path / "out", exhibits={"E1": b"one"}, signature_files=False)
    _edit_exhibits(made, {"bundle_path": "", "file_name": ""})
    report = verify(made.manifest_path)
    assert failed(report) == ["EXHIBIT_MISSING"] and "Exhibit E1 ()" in report.lines()[5]


# -- dated receipts --------------------------------------------------------------------------

def _receipt(count: int, made_at: str = "2026-05-01T10:00:00+03:00") -> dict[str, object]:
    head = rc.heads(record_hashes(6))[count - 1]
    return {"code": rc.receipt_code(head, count), "made_at": made_at, "count": count}


def test_receipts_listed_in_the_export_are_checked_at_their_bounds(tmp_path: Path) -> None:
    made = make(tmp_path / "out", chain_records=6, refs={2: "2024-0001", 4: "2024-0002"},
                receipts=[_receipt(1), _receipt(6), {"code": "X", "made_at": "m", "count": 3}])
    report = verify(made.pdf)
    listed = [(c.code, c.ok) for c in report.checks if c.code.startswith("RECEIPT")]
    assert listed == [("RECEIPT_LISTED_OK", True), ("RECEIPT_LISTED_OK", True),
                      ("RECEIPT_LISTED_BAD", False)]
    text = "\n".join(report.lines())
    assert f"Receipt {rc.grouped(str(_receipt(6)['code']))} (made 1 May 2026 10:00:00" in text
    assert "after 6 recorded change(s)" in text and "after 1 recorded change(s)" in text


@pytest.mark.parametrize("count", [0, 7, -1])
def test_a_listed_receipt_beyond_the_chain_does_not_fit(tmp_path: Path, count: int) -> None:
    made = make(tmp_path / "out", chain_records=6)
    chain = made.manifest["statement"]["chain"]
    head = rc.heads(record_hashes(6))[-1]
    chain["receipts"] = [{"code": rc.receipt_code(head, count), "made_at": "m", "count": count}]
    made.rewrite_manifest()
    report = verify(made.pdf)
    assert "RECEIPT_LISTED_BAD" in failed(report)


def test_typed_receipts_say_which_entries_existed(tmp_path: Path) -> None:
    made = make(tmp_path / "out", chain_records=6, refs={2: "2024-0001", 3: "2024-0001",
                                                         4: "2024-0002"})
    hashes = record_hashes(6)
    heads = rc.heads(hashes)
    early = rc.grouped(rc.receipt_code(heads[1], 2)).lower()  # before any printed entry
    mid = rc.receipt_code(heads[3], 4)  # after 2024-0001 (two revisions), before 2024-0002
    late = rc.receipt_code(heads[5], 6)
    report = verify(made.pdf, receipts=[early, mid, late, "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ", "?"])
    found = [c for c in report.checks if c.code.startswith("RECEIPT")]
    assert [(c.code, c.ok) for c in found] == [
        ("RECEIPT_NONE", True), ("RECEIPT_OK", True), ("RECEIPT_OK", True),
        ("RECEIPT_BAD", False), ("RECEIPT_UNREADABLE", False)]
    assert rc.grouped(rc.receipt_code(heads[1], 2)) in found[0].message
    assert rc.grouped(mid) in found[1].message and '"?"' in found[4].message
    assert "Receipt ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ does NOT" in found[3].message
    assert "after 2 recorded change(s)" in found[0].message
    assert "after 4 recorded change(s): 2024-0001 already existed" in found[1].message
    assert "after 6 recorded change(s): 2024-0001, 2024-0002 already existed" in found[2].message
    assert not report.ok and report.problems == 2


def test_record_hashes_that_do_not_lead_to_the_head(tmp_path: Path) -> None:
    made = make(tmp_path / "out", chain_records=3)
    made.manifest["statement"]["chain"]["records"].pop()
    made.rewrite_manifest()
    report = verify(made.pdf, receipts=[rc.receipt_code(rc.heads(record_hashes(3))[0], 1)])
    assert "CHAIN_BAD" in failed(report)
    assert not any(c.code.startswith("RECEIPT") for c in report.checks)


def test_garbled_record_hashes_do_not_raise(tmp_path: Path) -> None:
    made = make(tmp_path / "out", chain_records=2)
    made.manifest["statement"]["chain"]["records"] = [["zz", None]]
    made.rewrite_manifest()
    assert "CHAIN_BAD" in failed(verify(made.pdf))


def test_an_export_without_a_chain_record_fails_every_typed_receipt(tmp_path: Path) -> None:
    made = make(tmp_path / "out")
    report = verify(made.pdf, receipts=[" ABCD-EFGH "])
    assert failed(report) == ["RECEIPT_BAD"] and "Receipt ABCD-EFGH does NOT" in report.lines()[-3]
    assert verify(made.pdf).ok  # no receipts typed: nothing to say


def test_an_empty_journal_chain_is_the_genesis_head(tmp_path: Path) -> None:
    made = make(tmp_path / "out", chain_records=0)
    assert verify(made.pdf).ok


# -- found by the mutation audit of verify.py -------------------------------------------------

def test_the_pdf_she_names_is_the_one_checked(tmp_path: Path) -> None:
    """A renamed copy with its renamed manifest: the copy is checked, not the file the manifest
    names (here the genuine out.pdf lies beside it, and must not make a changed copy pass)."""
    made = make(tmp_path / "out", signature_files=False)
    copy = made.folder / "copy.pdf"
    copy.write_bytes(made.pdf.read_bytes() + b"%")
    (made.folder / "copy.manifest.json").write_bytes(made.manifest_path.read_bytes())
    assert failed(verify(copy)) == ["PDF_APPENDED"]


def test_two_manifests_name_the_pattern_looked_for(tmp_path: Path) -> None:
    made = make(tmp_path / "out")
    (made.folder / "second.manifest.json").write_bytes(made.manifest_path.read_bytes())
    report = verify(made.folder)
    assert failed(report) == ["MANIFEST_MISSING"] and "*.manifest.json" in report.lines()[0]
    bundle = tmp_path / "two.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.write(made.manifest_path, "a.manifest.json")
        archive.write(made.manifest_path, "b.manifest.json")
    assert "*.manifest.json" in verify(bundle).lines()[0]


def test_a_manifest_of_exactly_the_size_limit_is_read_one_byte_more_is_not(
        tmp_path: Path, monkeypatch) -> None:
    import importlib

    module = importlib.import_module("safeplan.core.export.verify")
    made = make(tmp_path / "out")
    size = made.manifest_path.stat().st_size
    monkeypatch.setattr(module, "_MAX_MANIFEST", size)
    assert verify(made.pdf).ok
    monkeypatch.setattr(module, "_MAX_MANIFEST", size - 1)
    report = verify(made.pdf)
    assert failed(report) == ["MANIFEST_BAD"] and "out.manifest.json" in report.lines()[0]


def test_an_unreadable_typed_receipt_does_not_stop_the_others(tmp_path: Path) -> None:
    made = make(tmp_path / "out", chain_records=2, refs={0: "2024-0001"})
    good = rc.receipt_code(rc.heads(record_hashes(2))[1], 2)
    report = verify(made.pdf, receipts=["not a code", good])
    found = [(c.code, c.ok) for c in report.checks if c.code.startswith("RECEIPT")]
    assert found == [("RECEIPT_UNREADABLE", False), ("RECEIPT_OK", True)]


def test_listed_receipts_that_are_not_receipts_do_not_fit_and_do_not_crash(
        tmp_path: Path) -> None:
    made = make(tmp_path / "out", chain_records=2)
    first = rc.receipt_code(rc.heads(record_hashes(2))[0], 1)
    made.manifest["statement"]["chain"]["receipts"] = ["junk", {"code": first}]  # no count
    made.rewrite_manifest()
    report = verify(made.pdf)
    listed = [(c.code, c.ok) for c in report.checks if c.code.startswith("RECEIPT")]
    assert listed == [("RECEIPT_LISTED_BAD", False), ("RECEIPT_LISTED_BAD", False)]
    said = "\n".join(report.lines())
    assert "None" not in said and "XXXX" not in said


def test_every_exhibit_is_checked_after_a_missing_or_outside_one(tmp_path: Path) -> None:
    made = make(tmp_path / "out", exhibits={"E1": b"one", "E2": b"two", "E3": b"three",
                                            "E4": b"four"}, signature_files=False)
    _listed(made)[0]["bundle_path"] = "../out.pdf"
    _listed(made)[1]["bundle_path"] = "exhibits/gone.jpg"
    made.restate()
    (made.folder / str(_listed(made)[3]["bundle_path"])).write_bytes(b"FOUR")
    report = verify(made.manifest_path)
    exhibits = [(c.code, c.ok) for c in report.checks if c.code.startswith("EXHIBIT")]
    assert exhibits == [("EXHIBIT_OUTSIDE", False), ("EXHIBIT_MISSING", False),
                        ("EXHIBIT_OK", True), ("EXHIBIT_CHANGED", False)]
    assert "Exhibit E1: the manifest names a file outside the bundle (photo E1.jpg)" in \
        report.lines()[5]


def test_exhibit_names_with_capital_x_are_ordinary() -> None:
    assert inside_bundle("exhibits/E1-X-ray XX.jpg")


def test_a_statement_without_its_time_is_still_checked(tmp_path: Path) -> None:
    """A damaged or hand-edited manifest without created_at: the report says the rest, no
    traceback."""
    made = make(tmp_path / "out", signature_files=False)
    del made.manifest["statement"]["created_at"]
    made.restate()
    report = verify(made.pdf)
    assert report.ok and "EXP-1" in report.checks[1].message
