"""ADE Doctor: diagnoses Apple Automated Device Enrollment token problems in Microsoft Intune."""

__version__ = "0.1.0"
