"""The sentences both the cards and the text report say about a finding.

Whole sentences with named placeholders, so translators see what they translate.
"""

from __future__ import annotations

from collections.abc import Set
from datetime import datetime, timedelta

from bot.core.diagnosis.findings import (
    DeviceGroup,
    Finding,
    Subject,
    SubjectKind,
    token_types,
)
from bot.core.diagnosis.sync_errors import sync_error_meaning
from bot.core.i18n.translator import Translator
from bot.core.tenant.devices import DevicePlatform
from bot.core.tenant.snapshot import (
    EnrollmentToken,
    Part,
    PushCertificate,
    ReadFailure,
    TokenType,
    VppState,
    VppToken,
)


def portal_name(t: Translator, token_type: TokenType) -> str:
    """Apple renamed Apple Business Manager to Apple Business; admins know both names."""
    if token_type is TokenType.APPLE_SCHOOL:
        return t.gettext("Apple School Manager")
    return t.gettext("Apple Business (formerly Apple Business Manager)")


def portal(t: Translator, finding: Finding) -> str:
    """Apple's portal for the tokens of a finding, or both names when it could be either
    (no tokens yet, VPP tokens, or a mix of Apple Business and Apple School Manager)."""
    return portal_for(t, token_types(finding))


def portal_for(t: Translator, kinds: Set[TokenType]) -> str:
    """Apple's portal for tokens of these types (see `portal`)."""
    school = portal_name(t, TokenType.APPLE_SCHOOL)
    business = portal_name(t, TokenType.APPLE_BUSINESS)
    if kinds == {TokenType.APPLE_SCHOOL}:
        return school
    if TokenType.APPLE_SCHOOL in kinds or not kinds:
        # Translators: {business} and {school} are the two Apple portal names.
        return t.gettext("{business} or {school}").format(business=business, school=school)
    return business


def vpp_state(t: Translator, state: VppState) -> str:
    return {
        VppState.VALID: t.gettext("valid"),
        VppState.EXPIRED: t.gettext("expired"),
        VppState.INVALID: t.gettext(
            "invalid (the Apple ID's password or domain changed, or the account is disabled)"
        ),
        VppState.ASSIGNED_TO_EXTERNAL_MDM: t.gettext("in use by another MDM"),
        VppState.DUPLICATE_LOCATION_ID: t.gettext("duplicate of another token's location"),
        VppState.UNKNOWN: t.gettext("unknown"),
    }[state]


def subject_label(t: Translator, subject: Subject) -> str:
    """The push certificate has no name of its own: call it what the admin center calls it."""
    if subject.kind is SubjectKind.PUSH_CERTIFICATE:
        return t.gettext("Apple MDM push certificate")
    return subject.name


def subject_summary(t: Translator, subject: Subject, now: datetime) -> str:
    """One line of facts about a token or certificate."""
    item = subject.item
    parts: list[str] = []
    if subject.devices is not None:
        facts = device_facts(t, subject, subject.devices, now)
        return t.clauses(*(t.labelled(label, value) for label, value in facts))
    if isinstance(item, EnrollmentToken):
        parts.append(portal_name(t, item.token_type))
        if item.apple_id:
            parts.append(t.gettext("Apple ID {apple_id}").format(apple_id=item.apple_id))
        parts.append(expiry_phrase(t, item.expires, now))
        parts.append(sync_phrase(t, item.last_successful_sync, now))
        if item.last_sync_error_code:
            parts.append(sync_error_phrase(t, item.last_sync_error_code))
    elif isinstance(item, PushCertificate):
        if item.apple_id:
            parts.append(t.gettext("Apple ID {apple_id}").format(apple_id=item.apple_id))
        parts.append(expiry_phrase(t, item.expires, now))
    elif isinstance(item, VppToken):
        parts.append(t.gettext("state: {state}").format(state=vpp_state(t, item.state)))
        parts.append(expiry_phrase(t, item.expires, now))
    return t.clauses(*parts)


def platform_name(t: Translator, platform: DevicePlatform | None) -> str:
    """Apple's platform names are not translated; "unknown" is."""
    names = {
        DevicePlatform.IOS: "iOS/iPadOS",
        DevicePlatform.MACOS: "macOS",
        DevicePlatform.VISIONOS: "visionOS",
        DevicePlatform.TVOS: "tvOS",
    }
    return names.get(platform, t.gettext("unknown")) if platform else t.gettext("unknown")


def device_facts(
    t: Translator, subject: Subject, group: DeviceGroup, now: datetime
) -> list[tuple[str, str]]:
    """The facts about a group of devices: token (unless the subject is named after it),
    platform, VPP token, count, serials, and how old the device data is."""
    token = group.token
    facts: list[tuple[str, str]] = []
    if subject.kind is not SubjectKind.DEVICES:
        facts.append((t.gettext("Enrollment program token"), token.name or token.id))
    if group.platform is not None:
        facts.append((t.gettext("Platform"), platform_name(t, group.platform)))
    if group.vpp is not None:
        vpp = group.vpp
        name = vpp.organization_name or vpp.apple_id or vpp.id
        state = vpp_state(t, vpp.state)
        if vpp.expires is not None and vpp.expires <= now:
            state = t.gettext("expired")
        # Translators: a VPP token's name and its state, e.g. "Contoso Ltd (expired)".
        named = t.gettext("{name} ({state})").format(name=name, state=state)
        facts.append((t.gettext("VPP token"), named))
    elif "missing" in subject.reasons:
        facts.append((t.gettext("VPP token"), t.gettext("deleted from Intune")))
    facts.append((t.gettext("Devices"), t.number(group.count)))
    if group.serials:
        serials = ", ".join(group.serials)
        if group.count > len(group.serials):
            serials += " …"
        facts.append((t.gettext("Serial numbers"), serials))
    if group.read_at is not None:
        facts.append((t.gettext("Device data"), data_age(t, group.read_at, now)))
    return facts


def data_age(t: Translator, read_at: datetime, now: datetime) -> str:
    """How old device data is ("read 12 minutes ago"): it is cached longer than tokens."""
    if now - read_at < timedelta(minutes=1):
        return t.gettext("read just now")
    return t.gettext("read {relative}").format(relative=t.relative(read_at, now))


def expiry_phrase(t: Translator, expires: datetime | None, now: datetime) -> str:
    if expires is None:
        return t.gettext("expiry date unknown")
    values = {"date": t.date(expires), "relative": t.relative(expires, now)}
    if expires <= now:
        return t.gettext("expired on {date} ({relative})").format(**values)
    return t.gettext("expires on {date} ({relative})").format(**values)


def sync_phrase(t: Translator, synced: datetime | None, now: datetime) -> str:
    if synced is None:
        return t.gettext("never synced")
    relative = t.relative(synced, now)
    return t.gettext("last successful sync {relative}").format(relative=relative)


def sync_error_phrase(t: Translator, code: int) -> str:
    meaning = sync_error_meaning(code)
    if meaning is None:
        return t.gettext("sync error code {code}").format(code=code)
    texts = {"terms-not-accepted": t.gettext("Terms and conditions not accepted")}
    return t.gettext("sync error code {code}: {meaning}").format(
        code=code, meaning=texts.get(meaning.key, meaning.portal_text)
    )


def part_name(t: Translator, part: Part) -> str:
    return {
        Part.ENROLLMENT_TOKENS: t.gettext("enrollment program tokens"),
        Part.PUSH_CERTIFICATE: t.gettext("the Apple MDM push certificate"),
        Part.VPP_TOKENS: t.gettext("VPP tokens"),
        Part.DEVICES: t.gettext("the devices of enrollment program tokens"),
        Part.PROFILES: t.gettext("enrollment profiles"),
    }[part]


def failure_sentence(t: Translator, failure: ReadFailure) -> str:
    """What failed while reading the tenant, and what to fix. Never shows a secret: `detail`
    comes from the Graph edge already cleaned."""
    part = part_name(t, failure.part)
    if failure.reason == "forbidden":
        permission = failure.permission or "DeviceManagementServiceConfig.Read.All"
        return t.gettext(
            "Microsoft Graph refused to read {part}: grant the application permission "
            "{permission} to the bot's app registration and give admin consent."
        ).format(part=part, permission=permission)
    sentences = {
        "unauthorized": t.gettext(
            "The bot could not sign in to Microsoft Graph to read {part}: check the app "
            "registration's secret or certificate and the tenant ID."
        ),
        "throttled": t.gettext(
            "Microsoft Graph is throttling requests for {part}: try again in a few minutes."
        ),
        "timeout": t.gettext("Microsoft Graph did not answer in time while reading {part}."),
        "unavailable": t.gettext("Microsoft Graph was unavailable while reading {part}."),
        "no-license": t.gettext(
            "Microsoft Graph cannot read {part}: the tenant needs an active Intune license."
        ),
    }
    sentence = sentences.get(failure.reason)
    if sentence is not None:
        return sentence.format(part=part)
    return t.gettext("Reading {part} failed: {detail}").format(
        part=part, detail=failure.detail or failure.reason
    )
