# ruff: noqa: RUF001
"""Finding a registry tenant named in a message, and "tenants" asked for, in six languages
(bot.core.understanding.tenant_names): the names are data, the functions pure and linear."""

from __future__ import annotations

import time

import pytest

from bot.core.understanding.tenant_names import TenantNames, asks_for_tenants

NAMES = TenantNames(["Contoso", "Contoso Schools", "Łódź Sp. z o.o.", "Fabrikam", "华为"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("why is ADE failing at Contoso?", "Contoso"),
        ("why is ADE failing at contoso schools?", "Contoso Schools"),
        ("почему не работает ADE у Fabrikam?", "Fabrikam"),
        ("Fabrikam的ADE为什么失败", "Fabrikam"),
        ("华为的ADE令牌过期了吗", "华为"),
        ("dlaczego ADE nie działa w lodz sp z o o?", "Łódź Sp. z o.o."),
        ("tại sao ADE bị lỗi ở FABRIKAM?", "Fabrikam"),
    ],
)
def test_a_registry_name_is_found_whole_regardless_of_case_and_accents(
    text: str, name: str
) -> None:
    found = NAMES.find(text)
    assert found is not None
    assert found.name == name
    assert name.casefold() not in found.rest.casefold()


@pytest.mark.parametrize("text", ["why is ADE failing at Contosoville?", "tokens", ""])
def test_a_word_that_only_starts_like_a_name_names_no_tenant(text: str) -> None:
    assert NAMES.find(text) is None


def test_a_name_after_the_first_2000_characters_is_not_searched_for() -> None:
    assert NAMES.find("x " * 1000 + "Contoso") is None


def test_a_long_message_against_a_thousand_names_takes_milliseconds_not_seconds() -> None:
    names = TenantNames([f"Customer {i} Holdings" for i in range(1000)])
    message = "customer " * 400  # every word starts a thousand candidate names
    started = time.perf_counter()
    assert names.find(message) is None
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(
    "text",
    ["tenants", "Show all tenants", "клиенты", "покажи тенанты", "所有租户", "列出租户",
     "dzierżawy", "pokaż tenanty", "locatários", "mostrar meus locatários", "đối tượng thuê",
     "danh sách đối tượng thuê"],
)  # fmt: skip
def test_tenants_in_each_language_asks_for_the_overview(text: str) -> None:
    assert asks_for_tenants(text)


@pytest.mark.parametrize(
    "text",
    ["why is the tenant's token failing?", "tokens", "почему клиент не видит iPhone?", ""],
)
def test_a_tenant_word_inside_another_question_is_not_the_overview(text: str) -> None:
    assert not asks_for_tenants(text)
