"""The diagnosis as a plain-text report (for `ade-doctor check`) and as JSON (`--json`)."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime
from enum import Enum
from typing import Any

from bot.core.cards.texts import failure_sentence, subject_label, subject_summary
from bot.core.cards.titles import next_step, title
from bot.core.diagnosis.findings import Finding, Severity, Subject
from bot.core.i18n.translator import Translator
from bot.core.tenant.source import described


def source_name(t: Translator, description: str) -> str:
    """A tenant source's description (`SnapshotSource.description`, in English for the logs)
    in the reader's language; one we do not know (a source added later) as it is."""
    parts = described(description)
    if parts.kind == "demo":
        name = t.gettext("the demo tenant")
    elif parts.kind == "file":
        # Translators: {name} is a file name, e.g. "contoso.json".
        name = t.gettext("snapshot file {name}").format(name=parts.value)
    elif parts.kind == "graph" and parts.cloud:
        # Translators: {cloud} is a national cloud's code, e.g. "usgov" or "china".
        name = t.gettext("Microsoft Graph, tenant {tenant} ({cloud} cloud)").format(
            tenant=parts.value, cloud=parts.cloud
        )
    elif parts.kind == "graph":
        name = t.gettext("Microsoft Graph, tenant {tenant}").format(tenant=parts.value)
    else:
        return description
    if parts.registry_name:
        # Translators: a registry tenant's name, then what it is read from.
        return t.gettext("{tenant} ({source})").format(tenant=parts.registry_name, source=name)
    return name


def render_text(findings: list[Finding], t: Translator, now: datetime, source: str) -> str:
    """`source` is the tenant source's description (`SnapshotSource.description`)."""
    lines = [
        t.gettext("ADE Doctor: {source}, evaluated {moment}").format(
            source=source_name(t, source), moment=t.date_time(now)
        ),
        "",
    ]
    labels = {
        Severity.ERROR: t.gettext("ERROR"),
        Severity.WARNING: t.gettext("WARNING"),
        Severity.INFO: t.gettext("INFO"),
    }
    for finding in findings:
        lines.append(t.sentences(t.tag(labels[finding.severity]), title(t, finding)))
        for subject in finding.subjects:
            label, summary = subject_label(t, subject), subject_summary(t, subject, now)
            lines.append(f"  - {t.labelled(label, summary)}")
        for failure in finding.failures:
            sentence = failure_sentence(t, failure)
            if failure.detail and failure.detail not in sentence:
                # Entra ID's AADSTS code, Graph's error code: what support asks for first.
                sentence = f"{sentence} ({failure.detail})"
            lines.append(f"  - {sentence}")
        lines.append("    " + t.gettext("What to do: {step}").format(step=next_step(t, finding)))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def to_json(findings: list[Finding], now: datetime, source: str) -> dict[str, Any]:
    return {
        "source": source,
        "evaluated_at": _value(now),
        "findings": [_finding(f) for f in findings],
    }


def _finding(finding: Finding) -> dict[str, Any]:
    out: dict[str, Any] = {
        "card": finding.card.value,
        "severity": finding.severity.value,
        "subjects": [_subject(s) for s in finding.subjects],
    }
    out.update({key: _value(value) for key, value in finding.facts.items()})
    if finding.failures:
        out["failures"] = [
            {f.name: _value(getattr(failure, f.name)) for f in fields(failure)}
            for failure in finding.failures
        ]
    return out


def _subject(subject: Subject) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kind": subject.kind.value,
        "id": subject.id,
        "name": subject.name,
        "severity": subject.severity.value,
    }
    if subject.reasons:
        out["reasons"] = list(subject.reasons)
    if subject.item is not None:
        for field in fields(subject.item):
            if field.name not in ("id",):
                out[field.name] = _value(getattr(subject.item, field.name))
    return out


def _value(value: object) -> Any:
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return [_value(v) for v in value]
    return value
