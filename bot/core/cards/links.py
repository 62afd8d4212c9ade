"""Where the cards send the admin: Intune, Apple's portals and Microsoft Learn in their language.

The seed article's last link pointed to #resolutions-when-syncing-tokens-..., an anchor no
version of the troubleshooting page has; the section is now "Sync token errors between
Intune and ADE".
"""

from __future__ import annotations

LEARN = "https://learn.microsoft.com/{locale}/"

SYNC_ERRORS_GUIDE = (
    LEARN + "troubleshoot/mem/intune/device-enrollment/troubleshoot-ios-enrollment-errors"
    "#sync-token-errors-between-intune-and-ade"
)
RENEW_TOKEN_GUIDE = (
    LEARN + "intune/device-enrollment/apple/manage-devices-tokens-apple#renew-your-token"
)
ADD_TOKEN_GUIDE = LEARN + "intune/device-enrollment/apple/setup-apple-token"
APNS_GUIDE = (
    LEARN + "intune/device-enrollment/apple/create-mdm-push-certificate"
    "#renew-apple-mdm-push-certificate"
)
VPP_GUIDE = LEARN + "intune/app-management/deployment/manage-vpp-apple"
# Assigning profiles and the default profile (2026 layout, ms.date 04/29/2026).
PROFILES_GUIDE = LEARN + "intune/device-enrollment/apple/manage-devices-tokens-apple"
ENROLLMENT_ERRORS_GUIDE = (
    LEARN + "troubleshoot/mem/intune/device-enrollment/troubleshoot-ios-enrollment-errors"
)
# "Awaiting final configuration": the Company Portal VPP token has a problem.
STUCK_GUIDE = LEARN + "troubleshoot/mem/intune/device-enrollment/device-stuck-in-enrollment"

# The enrollment program tokens blade, as Microsoft's own Maester checks link it.
INTUNE_TOKENS = (
    "https://intune.microsoft.com/#view/Microsoft_Intune_Enrollment/DepTokensPaging.ReactView"
)
INTUNE = "https://intune.microsoft.com/"
APPLE_BUSINESS = "https://business.apple.com/"
APPLE_SCHOOL = "https://school.apple.com/"
APPLE_PUSH_CERTIFICATES = "https://identity.apple.com/pushcert/"


def learn(template: str, locale: str) -> str:
    return template.format(locale=locale)
