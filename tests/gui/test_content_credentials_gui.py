"""Content Credentials in the window: the preview's facts, the gallery badge and filter, the
export dialog's keep/strip choice (strip asks once) and its question when the signing
certificate cannot be used; the Settings page's sentences."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from PySide6.QtWidgets import QLabel, QMessageBox

from nbp_desktop.core.provenance.content_credentials import read_credentials
from nbp_desktop.core.provenance.signing import issue_certificate
from tests.conftest import wait_until
from tests.export.test_content_credentials import source_xmp

pytestmark = pytest.mark.gui


@pytest.fixture
def window(studio_window):
    return studio_window


async def generate(window, emulator, jpeg: bool, prompt: str):
    emulator.service.mislabel_jpeg = jpeg  # JPEG (with Google's manifest) or a Vertex-style PNG
    window.compose.prompt_edit.setPlainText(prompt)
    jobs = await window.generate()
    await wait_until(lambda: window.preview.record is not None
                     and window.preview.record.id in {i for j in jobs for i in j.image_ids}
                     if jobs and jobs[0].image_ids else False, timeout=20)
    return window.preview.record


def fact(window, label: str) -> str | None:
    window.preview.details_button.setChecked(True)  # every fact is one click away ("Details")
    labels = [w for w in window.preview.findChildren(QLabel) if w.isVisibleTo(window.preview)]
    for index, widget in enumerate(labels):
        if widget.text() == f"{label}:" and index + 1 < len(labels):
            return labels[index + 1].text()
    return None


async def test_preview_facts_gallery_badge_and_filter(window, emulator):
    await generate(window, emulator, jpeg=False, prompt="a quiet harbour")
    record = await generate(window, emulator, jpeg=True, prompt="a paper lantern")
    await wait_until(lambda: (fact(window, "Content Credentials") or "").startswith("Signed"), timeout=10)
    assert fact(window, "Content Credentials") == ("Signed by Google LLC; the certificate is not on this "
                                                   "computer's trust list.")
    assert fact(window, "Actions") == "created"
    assert fact(window, "Source type") == "made by a generative AI model"

    window.show_library()
    gallery = window.gallery
    await gallery.reload()
    await wait_until(lambda: {i.credentials for i in gallery.model.items} == {"present", "none"}, timeout=20)
    badged = [i for i in gallery.model.items if i.credentials == "present"]
    assert [i.id for i in badged] == [record.id]
    row = gallery.model.row_of(record.id)
    assert "Content Credentials" in gallery.model.data(gallery.model.index(row))
    gallery.find_bar.credentials_button.setChecked(True)  # lists again
    await wait_until(lambda: [i.id for i in gallery.model.items] == [record.id], timeout=10)
    emulator.service.mislabel_jpeg = False


async def test_strip_asks_once_and_says_what_it_removes(window, emulator, tmp_path, monkeypatch):
    await generate(window, emulator, jpeg=True, prompt="a paper lantern")
    emulator.service.mislabel_jpeg = False
    asked: list[str] = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    for round_number in (1, 2):
        dialog = window.open_export()
        dialog.preset_box.setCurrentText("Web JPEG")
        dialog.credentials.setCurrentIndex(dialog.credentials.findData("strip"))
        dialog.folder.setText(str(tmp_path / f"out{round_number}"))
        dialog.export()
        await wait_until(lambda dialog=dialog: not dialog.isVisible(), timeout=30)
        (exported,) = (tmp_path / f"out{round_number}").iterdir()
        assert read_credentials(exported).state == "none"
        assert b"DigitalSourceType" not in (source_xmp(exported.read_bytes()) or b"")
    assert len(asked) == 1  # once per preset
    assert "removes Google's Content Credentials" in asked[0]


def expired_certificate(folder: Path) -> Path:
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "Studio CA")])
    ca = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(ca_key.public_key())
          .serial_number(1).not_valid_before(now - datetime.timedelta(days=900))
          .not_valid_after(now + datetime.timedelta(days=900))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True).sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = issue_certificate(ca, ca_key, key, "Studio Nord", "Studio Nord signing",
                             now - datetime.timedelta(days=400), now - datetime.timedelta(days=2))
    path = folder / "studio.pem"
    path.write_bytes(leaf.public_bytes(serialization.Encoding.PEM) + ca.public_bytes(serialization.Encoding.PEM)
                     + key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                         serialization.NoEncryption()))
    return path


async def test_an_expired_certificate_asks_before_exporting_without_credentials(window, emulator, tmp_path,
                                                                               monkeypatch):
    await generate(window, emulator, jpeg=True, prompt="a paper lantern")
    emulator.service.mislabel_jpeg = False
    window.services.settings.export.signing_certificate = str(expired_certificate(tmp_path))
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = window.open_export()
    dialog.preset_box.setCurrentText("Web JPEG")
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.export()
    await wait_until(lambda: "expired" in dialog.status.text(), timeout=20)
    assert "The certificate “Studio Nord” in studio.pem expired on" in dialog.status.text()
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
    dialog.export()  # this time the user agrees
    await wait_until(lambda: not dialog.isVisible(), timeout=30)
    (exported,) = (tmp_path / "out").iterdir()
    assert read_credentials(exported).state == "none"
    assert len(asked) == 2 and "Export anyway without new Content Credentials?" in asked[0]


async def test_settings_page_names_a_wrong_password(window, tmp_path, os_keyring):
    from nbp_desktop.core.provenance.signing import USER_CERTIFICATE_PASSWORD

    pem = expired_certificate(tmp_path)
    key_only = pem.read_bytes()  # re-save the key under a password the user mistypes
    text = key_only.decode()
    start = text.index("-----BEGIN PRIVATE KEY-----")
    key = serialization.load_pem_private_key(text[start:].encode(), None)
    pem.write_bytes(text[:start].encode() + key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.BestAvailableEncryption(b"right")))
    dialog = window.open_settings()
    page = dialog.credentials_page
    page.certificate.setText(str(pem))
    page.password.setText("wrong")
    try:
        assert not await page.check_certificate()
        assert page.status.text() == "The password for studio.pem is wrong."
        page.password.setText("right")
        assert not await page.check_certificate()  # the password is right; the certificate expired
        assert "expired on" in page.status.text()
    finally:
        page.store.delete(USER_CERTIFICATE_PASSWORD)
        dialog.reject()
