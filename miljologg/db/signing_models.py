"""The sign-off tables of a data file: pinned and own keys, requests, signatures, paper scans,
responses as received, retired keys, sign sheets and supervision given.

Alembic owns the schema; a change here needs a migration in ``migrations/versions``. Import the
rows from here; import ``Base`` from ``models.py``, whose metadata holds every table.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from miljologg.db.model_base import Base, UTCDateTime, new_id

# ---------------------------------------------------------------------------------------------
# Sign-off (revision 0002). Payloads and signatures are stored as base64 text, so the audit
# log's canonical JSON covers them like any other column.


class _OfSupervisor:
    """A row for one supervisor: its id and the supervisor's (who cannot be deleted while it
    exists). The five tables of such rows declare these two columns alike."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    supervisor_id: Mapped[str] = mapped_column(
        ForeignKey("supervisor.id", ondelete="RESTRICT"), index=True
    )


class _PinnedKey(_OfSupervisor):
    """A supervisor's public key as pinned (in use or retired): how, which, and when."""

    origin: Mapped[str] = mapped_column(String(10))
    fingerprint: Mapped[str] = mapped_column(String(64))
    public_pem: Mapped[str] = mapped_column(Text)
    pinned_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class _SessionList(_OfSupervisor):
    """Sessions sent to one supervisor (a request, a printed sheet): ``items`` maps session
    id → what was sent for it."""

    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    items: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)


class SupervisorKeyRow(_PinnedKey, Base):
    """A supervisor's public key as pinned in a student's file, per way of signing.

    ``origin`` "file": pinned by the first signed response file (a later one with another key
    is refused). ``origin`` "in_person": made on this computer when the supervisor first signed
    here; only then is ``encrypted_private`` set (scrypt + ChaCha20-Poly1305, see core.signing).
    """

    __tablename__ = "supervisor_key"
    __table_args__ = (
        CheckConstraint("origin IN ('in_person', 'file')", name="origin_known"),
        UniqueConstraint("supervisor_id", "origin"),
    )

    encrypted_private: Mapped[str] = mapped_column(Text, default="")


class OwnKeyRow(Base):
    """The key of the file's owner (a supervisor's data file): signs response files."""

    __tablename__ = "own_key"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    public_pem: Mapped[str] = mapped_column(Text)
    encrypted_private: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class SigningRequestRow(_SessionList, Base):
    """A signing request the student exported, and how its response was received.

    ``items`` maps session id → sha256 of the payload sent; ``outcome`` maps session id →
    {"decision": "signed"|"rejected", "comment": …} once a response is imported.
    """

    __tablename__ = "signing_request"

    answered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    outcome: Mapped[dict[str, dict[str, str]]] = mapped_column(JSON, default=dict)
    response_fingerprint: Mapped[str] = mapped_column(String(64), default="")


class SignatureRow(Base):
    """One sign-off of one session: the signed bytes, the signature, and whether it is void.

    A session with a signature whose ``void_at`` is NULL is locked. ``session_id`` is set NULL
    (by the services, with an audit event) only when a reopened session is deleted; the payload
    still names it.
    """

    __tablename__ = "signature"
    __table_args__ = (
        CheckConstraint("method IN ('in_person', 'file', 'paper')", name="method_known"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    session_id: Mapped[str | None] = mapped_column(
        ForeignKey("session.id", ondelete="SET NULL"), nullable=True, index=True
    )
    supervisor_id: Mapped[str] = mapped_column(
        ForeignKey("supervisor.id", ondelete="RESTRICT"), index=True
    )
    method: Mapped[str] = mapped_column(String(10))
    fingerprint: Mapped[str] = mapped_column(String(64), default="")
    payload: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(Text, default="")
    request_id: Mapped[str | None] = mapped_column(
        ForeignKey("signing_request.id", ondelete="RESTRICT"), nullable=True
    )
    signed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    void_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    void_reason: Mapped[str] = mapped_column(Text, default="")


class SupervisionGivenRow(Base):
    """On a supervisor's file: a session reviewed from a student's request, signed or rejected."""

    __tablename__ = "supervision_given"
    __table_args__ = (
        CheckConstraint("decision IN ('signed', 'rejected')", name="decision_known"),
        UniqueConstraint("request_id", "session_id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    request_id: Mapped[str] = mapped_column(String(36))
    session_id: Mapped[str] = mapped_column(String(36))
    student_id: Mapped[str] = mapped_column(String(36))
    student_name: Mapped[str] = mapped_column(String(200))
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    minutes: Mapped[int] = mapped_column(Integer)
    form: Mapped[str] = mapped_column(String(20))
    group_size: Mapped[int] = mapped_column(Integer)
    topic: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(String(10))
    comment: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(Text, default="")
    fingerprint: Mapped[str] = mapped_column(String(64), default="")
    decided_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class PaperScanRow(_OfSupervisor, Base):
    """A scanned paper sign sheet (PDF, PNG or JPEG), kept in the data file («one file»).

    The sessions it signs have ``SignatureRow``s with method "paper" whose ids are listed in
    ``signature_ids``; each holds the payload as it was on the sheet, so a later change shows as
    void like any other signature. ``sha256`` is over ``data`` and is printed in the dossier.
    """

    __tablename__ = "paper_scan"
    __table_args__ = (
        CheckConstraint(
            "media_type IN ('application/pdf', 'image/png', 'image/jpeg')", name="media_type_known"
        ),
    )

    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(30))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    signature_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


# ---------------------------------------------------------------------------------------------
# Proof kept (revision 0005): responses as received, and keys that were replaced.


class SigningResponseRow(Base):
    """A supervisor's signed response file, exactly as imported (one per answered request).

    Kept whole because it is proof the student cannot rewrite: its envelope signature covers
    the decisions, the comments and the student's audit chain head the request carried
    (``services/anchors.py`` compares the chain with it), and its PEM re-checks the signatures.
    """

    __tablename__ = "signing_response"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    request_id: Mapped[str] = mapped_column(
        ForeignKey("signing_request.id", ondelete="RESTRICT"), unique=True
    )
    document: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class RetiredKeyRow(_PinnedKey, Base):
    """A supervisor's key that was pinned here and then replaced by an explicit re-pin.

    Signatures made with it stay valid against it; ``reason`` is the student's note, and the
    re-pin is audited with both fingerprints (``services/signing_import.py``).
    """

    __tablename__ = "retired_key"

    retired_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    replaced_by: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")


class SignSheetRow(_SessionList, Base):
    """A paper sign sheet as printed (revision 0006): ``items`` maps session id → the short
    fingerprint beside it; recording a paper sign-off warns about a session not on a sheet."""

    __tablename__ = "sign_sheet"
