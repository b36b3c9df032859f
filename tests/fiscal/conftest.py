from __future__ import annotations

from collections.abc import Iterator

import pytest

from fiscal.webkassa import WebkassaAdapter, WebkassaConfig
from tests.support.kkm_standin import API_KEY, CASHBOX, LOGIN, PASSWORD, KkmStandin


@pytest.fixture
def kkm() -> Iterator[KkmStandin]:
    with KkmStandin() as standin:
        yield standin


def adapter_for(kkm: KkmStandin, read_timeout: float = 5.0) -> WebkassaAdapter:
    return WebkassaAdapter(
        WebkassaConfig(
            url=kkm.url,
            cashbox=CASHBOX,
            login=LOGIN,
            password=PASSWORD,
            api_key=API_KEY,
            connect_timeout=2.0,
            read_timeout=read_timeout,
        )
    )


@pytest.fixture
def adapter(kkm: KkmStandin) -> Iterator[WebkassaAdapter]:
    a = adapter_for(kkm)
    yield a
    a.close()
