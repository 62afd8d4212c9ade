"""Each translation keeps Microsoft's own Intune and Apple terms: a glossary per language, and
no entry of its catalog uses a variant the glossary forbids."""

from pathlib import Path

import pytest

from bot.core.i18n.languages import ENGLISH, LANGUAGES
from tools.check_glossary import REQUIRED_TERMS, Term, check_language, problems

# The glossaries are for translators and this test; the wheel does not ship them.
LOCALES = Path(__file__).resolve().parents[1] / "locales"
FOLDERS = [LOCALES / lang.catalog for lang in LANGUAGES if lang is not ENGLISH]


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda folder: folder.name)
def test_every_translation_follows_its_glossary(folder: Path) -> None:
    assert check_language(folder) == []


TOKEN = Term(en="enrollment program token", use="токен", expect=("токен",), forbidden=("маркер",))
ALL_TERMS = [TOKEN] + [Term(en=n, use=n, expect=(), forbidden=()) for n in REQUIRED_TERMS[1:]]


def test_a_forbidden_variant_is_found_in_any_inflection() -> None:
    pairs = [("The enrollment program token expired", "Срок действия маркера истек")]
    found = problems(ALL_TERMS, pairs, chinese=False)
    assert any("forbidden 'маркер'" in line for line in found)
    assert any("none of ['токен']" in line for line in found)


def test_a_forbidden_variant_inside_another_word_is_not_a_defect() -> None:
    term = Term(en="tenant", use="клиент", expect=(), forbidden=("ент",))
    assert problems([term, *ALL_TERMS], [("x", "клиент")], chinese=False) == []


def test_chinese_variants_match_without_word_boundaries() -> None:
    term = Term(en="tenant", use="租户", expect=(), forbidden=("租用户",))
    found = problems([term, *ALL_TERMS], [("Your tenant", "您的租用户")], chinese=True)
    assert found == ["'tenant': forbidden '租用户' in '您的租用户'"]


def test_a_glossary_without_a_required_term_is_reported() -> None:
    assert problems([TOKEN], [], chinese=False)[0].startswith("glossary lacks the term 'sync'")


def test_a_placeholder_named_like_a_forbidden_term_is_not_a_defect() -> None:
    term = Term(en="tenant", use="dzierżawa", expect=(), forbidden=("tenant",))
    pairs = [("Microsoft Graph, tenant {tenant}", "Microsoft Graph, dzierżawa {tenant}")]
    assert problems([term, *ALL_TERMS], pairs, chinese=False) == []
