"""The services of one open data file, composed once at start-up."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from miljologg.db.database import Database
from miljologg.services.anchors import AnchorService
from miljologg.services.assignments import AssignmentService
from miljologg.services.attendance import AttendanceService
from miljologg.services.backups import BackupService
from miljologg.services.confirmations import ConfirmationService
from miljologg.services.context import Context, utc_now
from miljologg.services.exports import ExportService
from miljologg.services.paper import PaperService
from miljologg.services.profile import ProfileService
from miljologg.services.sessions import SessionService
from miljologg.services.signing import SigningService
from miljologg.services.signing_files import FileSigningService
from miljologg.services.status import StatusService
from miljologg.services.supervisors import SupervisorService
from miljologg.services.transfer import TransferService


class Services:
    """Entry point the GUI and CLI receive; each attribute is one use-case area.

    This is the one way to reach a service: callers use these attributes and never build a
    service of their own or call a service's module with a ``Context``.
    """

    def __init__(self, db: Database, now: Callable[[], dt.datetime] = utc_now) -> None:
        self.ctx = Context(db, now)
        self.profile = ProfileService(self.ctx)
        self.supervisors = SupervisorService(self.ctx)
        self.sessions = SessionService(self.ctx, self.profile)
        self.attendance = AttendanceService(self.ctx, self.profile)
        self.assignments = AssignmentService(self.ctx)
        self.status = StatusService(self.ctx, self.profile)
        self.confirmations = ConfirmationService(self.ctx)
        self.signing = SigningService(self.ctx)
        self.signing_files = FileSigningService(self.ctx)
        self.paper = PaperService(self.ctx)
        self.backups = BackupService(db.path, self.ctx.now)
        self.exports = ExportService(self.ctx, self.signing)
        self.transfer = TransferService(self.ctx, self.backups)
        self.anchors = AnchorService(self.ctx)

    @property
    def db(self) -> Database:
        return self.ctx.db
