"""A complete export of the log as versioned JSON, and its all-or-nothing import.

The file is validated completely before anything is written (``services/transfer_read.py``
reads it, ``services/transfer_import.py`` adds the log, ``services/transfer_proof.py`` its
signatures, keys, requests, responses and scans); a bad file names the place
(``sessions[3].minutes``) and the reason, and writes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from miljologg import __version__, fs, testhooks
from miljologg.core.model import Confirmation, Log
from miljologg.services import records
from miljologg.services.anchors import record_move
from miljologg.services.audit import ChainHead, chain_head
from miljologg.services.backups import BackupService
from miljologg.services.context import Context
from miljologg.services.transfer_import import ImportReport, check_encodable, import_into
from miljologg.services.transfer_proof import export_proof, import_proof
from miljologg.services.transfer_read import FORMAT, VERSION, read_file

__all__ = ["FORMAT", "ImportReport", "TransferService"]


class TransferService:
    """Export the log as JSON, and import such a file into this one."""

    def __init__(self, ctx: Context, backups: BackupService) -> None:
        self._ctx = ctx
        self._backups = backups

    def export_data(self) -> dict[str, Any]:
        """The whole log as plain JSON-ready data, with its proof and the audit chain head."""
        with self._ctx.read() as s:
            log = records.load_log(s)
            proof = export_proof(s)
            head = chain_head(s)
            confirmed = records.confirmations(s)
        data = _export(log, confirmed, self._ctx.now())
        data["proof"] = proof
        data["chain"] = head.as_dict() if head else None
        return data

    def export_json(self, path: Path) -> None:
        """Write the export atomically (``miljologg.fs``)."""
        text = json.dumps(self.export_data(), ensure_ascii=False, indent=2)
        fs.write_text(path, text + "\n")

    def import_json(self, path: Path, *, backup: bool = True) -> ImportReport:
        """Read and check the file, back up the data file (``pre-import``), then import.

        The backup is made only once the file parsed as an export, so a wrong file choice
        leaves no clutter; a file that fails later validation still writes nothing to the log.
        """
        data = read_file(Path(path))
        testhooks.pause("import-read")  # tests: killed with the new (empty) log made
        if backup:
            self._backups.create("pre-import")
        return self.import_data(data)

    def import_data(self, data: Mapping[str, Any]) -> ImportReport:
        """Validate everything, then apply it in one transaction: the log, then its proof
        (every signature re-verified before the transaction commits)."""
        check_encodable(data)
        today, now = self._ctx.today(), self._ctx.now()
        with self._ctx.write() as s:
            report = import_into(s, today, now, data)
            if data.get("proof") is not None:
                added, dups = import_proof(s, now, data["proof"])
                report = replace(
                    report,
                    added={**report.added, **added},
                    duplicates={**report.duplicates, **dups},
                )
            source = ChainHead.from_dict(data.get("chain"))
            if source is not None and any(report.added.values()):
                record_move(s, now, source)  # the anchors of the old chain stay recognised
            return report


def _export(log: Log, confirmations: tuple[Confirmation, ...], now: dt.datetime) -> dict[str, Any]:
    prof = log.profile
    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "exported_at": now.astimezone(dt.UTC).isoformat(),
        "profile": None
        if prof is None
        else {
            "id": prof.id,
            "name": prof.name,
            "role": prof.role.value,
            "profession": prof.profession,
            "profession_other": prof.profession_other,
            "workplace": prof.workplace,
            "programme_id": prof.programme_id,
            "client_group": prof.client_group,
            "tasks": prof.tasks,
        },
        "supervisors": [
            {
                "id": x.id,
                "name": x.name,
                "profession": x.profession,
                "profession_other": x.profession_other,
                "approvals": sorted(a.value for a in x.approvals),
                "workplace": x.workplace,
                "position": x.position,
            }
            for x in log.supervisors
        ],
        "sessions": [
            {
                "id": x.id,
                "date": x.date.isoformat(),
                "start_time": x.start_time.strftime("%H:%M") if x.start_time else None,
                "minutes": x.minutes,
                "form": x.form.value,
                "supervisor_id": x.supervisor_id or None,  # none for supervision given
                "group_size": x.group_size,
                "topic": x.topic,
                "reflection": x.reflection,
                "status": x.status.value,
                "made_up_by_id": x.made_up_by_id,
                "participants_profession": x.participants_profession,
            }
            for x in log.sessions
        ],
        "attendance": [
            {
                "date": x.date.isoformat(),
                "status": x.status.value,
                "minutes_present": x.minutes_present,
                "reason": x.reason,
            }
            for x in log.attendance
        ],
        "assignments": [
            {
                "id": x.id,
                "title": x.title,
                "due_date": x.due_date.isoformat(),
                "handed_in": x.handed_in.isoformat() if x.handed_in else None,
                "approved": x.approved.isoformat() if x.approved else None,
                "note": x.note,
            }
            for x in log.assignments
        ],
        "confirmations": [
            {"code": x.code, "confirmed_on": x.confirmed_on.isoformat(), "note": x.note}
            for x in confirmations
        ],
    }
