"""TLS: the till verifies head office's certificate (trusting only the CA bundle it is
given) and can present a client certificate; plain http is refused except to loopback."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from headoffice.db import HeadOfficeDB
from pos.services import settings
from sync.client import Permanent, check_url
from sync.worker import RetryPolicy, SyncWorker
from tests.support.headoffice import (
    HeadOffice,
    assert_exactly_once,
    new_keys,
    open_headoffice,
    sqlite_url,
)
from tests.support.tills import DELIVERY, TillFixture, delivery_buyer, register

ONE_TRY = RetryPolicy(attempts=1)


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _write_key(key: ec.EllipticCurvePrivateKey, path: Path) -> None:
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


def _issue(
    ca_key: ec.EllipticCurvePrivateKey, ca_name: x509.Name, cn: str, server: bool, folder: Path
) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.ExtendedKeyUsage(
                [ExtendedKeyUsageOID.SERVER_AUTH if server else ExtendedKeyUsageOID.CLIENT_AUTH]
            ),
            critical=False,
        )
    )
    if server:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
    cert = builder.sign(ca_key, hashes.SHA256())
    cert_path, key_path = folder / f"{cn}.crt", folder / f"{cn}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    _write_key(key, key_path)
    return cert_path, key_path


@pytest.fixture
def pki(tmp_path: Path) -> dict[str, Path]:
    """A throwaway CA, a server certificate for 127.0.0.1 and a till client certificate."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name("Test head-office CA")
    now = dt.datetime.now(dt.UTC)
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    ca_path = tmp_path / "ca.crt"
    ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    server_cert, server_key = _issue(ca_key, ca_name, "headoffice", True, tmp_path)
    client_cert, client_key = _issue(ca_key, ca_name, "till-alm-01", False, tmp_path)
    return {
        "ca": ca_path,
        "server_cert": server_cert,
        "server_key": server_key,
        "client_cert": client_cert,
        "client_key": client_key,
    }


@pytest.fixture
def tls_headoffice(tmp_path: Path, pki: dict[str, Path]) -> Iterator[HeadOffice]:
    db: HeadOfficeDB = open_headoffice(sqlite_url(tmp_path / "ho"))
    keys, env = new_keys(tmp_path / "keystore.db")
    ho = HeadOffice(
        db,
        keys,
        env,
        url_env="",
        tls={
            "ssl_certfile": str(pki["server_cert"]),
            "ssl_keyfile": str(pki["server_key"]),
            "ssl_ca_certs": str(pki["ca"]),
            "ssl_cert_reqs": ssl.CERT_REQUIRED,
        },
    )
    ho.start()
    yield ho
    ho.stop()
    db.close()


def test_the_till_trusts_only_its_ca_bundle_and_presents_its_client_certificate(
    tls_headoffice: HeadOffice, till_a: TillFixture, pki: dict[str, Path]
) -> None:
    ho = tls_headoffice
    token = ho.connect(till_a)
    register(till_a, delivery_buyer(), DELIVERY)

    # The system trust store does not know our CA: the certificate is not accepted.
    report = SyncWorker(till_a.ctx(), retry=ONE_TRY).run_cycle()
    assert not report.ok and "certificate verify failed" in (report.error or "")

    # Trusting the CA but without a client certificate: head office closes the handshake.
    settings.update(till_a.ctx(), settings.HEADOFFICE, {"ca_bundle": str(pki["ca"])})
    report = SyncWorker(till_a.ctx(), retry=ONE_TRY).run_cycle()
    assert not report.ok

    settings.update(
        till_a.ctx(),
        settings.HEADOFFICE,
        {"client_cert": str(pki["client_cert"]), "client_key": str(pki["client_key"])},
    )
    report = SyncWorker(till_a.ctx(), retry=ONE_TRY).run_cycle()
    assert report.ok, report.error
    assert report.backlog == 0
    assert_exactly_once(ho, till_a)
    assert token


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://ho.example.kz", True),
        ("https://10.0.0.5:8443/", True),
        ("http://127.0.0.1:8000", True),
        ("http://localhost:8000", True),
        ("http://[::1]:8000", True),
        ("http://ho.example.kz", False),
        ("http://10.0.0.5:8000", False),
        ("ftp://ho.example.kz", False),
        ("ho.example.kz", False),
    ],
)
def test_plain_http_is_refused_except_to_this_machine(url: str, ok: bool) -> None:
    if ok:
        assert check_url(url) == url.rstrip("/")
    else:
        with pytest.raises(Permanent):
            check_url(url)
