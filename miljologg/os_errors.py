"""Operating-system errors in Norwegian: the one explanation of an ``OSError``, by its errno.

Python's ``strerror`` is the C library's English («Permission denied», «No such file or
directory», «Is a directory»), and it leaked into the one Norwegian line the CLI prints and into
the app's dialogs. Every place that reports a failed read or write of a user's file asks
``reason`` (the cause) or ``cannot`` (a whole sentence) instead; the CLI's dispatcher and the
GUI use the same words.
"""

from __future__ import annotations

import errno
from os import PathLike

from miljologg.fs import DatabaseTargetError

#: errno -> what happened, in words a user can act on.
_REASONS: dict[int, str] = {
    errno.ENOENT: "filen eller mappen finnes ikke",
    errno.EACCES: "du har ikke tilgang (mangler rettigheter)",
    errno.EPERM: "du har ikke tilgang (operasjonen er ikke tillatt)",
    errno.EISDIR: "det er en mappe, ikke en fil",
    errno.ENOTDIR: "en del av stien er ikke en mappe",
    errno.ENOSPC: "disken er full",
    errno.EROFS: "disken er skrivebeskyttet",
    errno.EEXIST: "filen finnes allerede",
    errno.ENAMETOOLONG: "navnet er for langt",
    errno.EMFILE: "for mange åpne filer",
    errno.ENFILE: "for mange åpne filer",
    errno.EIO: "lese- eller skrivefeil på disken",
    errno.EBUSY: "filen er i bruk",
    errno.ETXTBSY: "filen er i bruk",
    errno.EXDEV: "filen kan ikke flyttes mellom to disker",
    errno.ELOOP: "for mange symbolske lenker etter hverandre",
    errno.EFBIG: "filen er for stor",
    errno.ENXIO: "enheten finnes ikke",
    errno.ENODEV: "enheten finnes ikke",
    errno.EINVAL: "ugyldig filnavn eller verdi",
    errno.ENOTEMPTY: "mappen er ikke tom",
    errno.EAGAIN: "filen er midlertidig utilgjengelig",
}
# Not on every platform.
for _name, _text in (
    ("EDQUOT", "diskkvoten din er brukt opp"),
    ("ESTALE", "nettverksfilen er borte"),
):
    if hasattr(errno, _name):
        _REASONS[getattr(errno, _name)] = _text


def reason(exc: OSError) -> str:
    """What went wrong, in Norwegian and lower case («disken er full»); never the C text."""
    if isinstance(exc, DatabaseTargetError):
        return "det er en database (en datafil eller sikkerhetskopi), og den skrives aldri over"
    code = exc.errno
    if code is None and exc.args and isinstance(exc.args[0], int):
        code = exc.args[0]
    if code in _REASONS:
        return _REASONS[code]
    if isinstance(exc, PermissionError):
        return _REASONS[errno.EACCES]
    if isinstance(exc, FileNotFoundError):
        return _REASONS[errno.ENOENT]
    if isinstance(exc, IsADirectoryError):
        return _REASONS[errno.EISDIR]
    name = errno.errorcode.get(code, "") if code is not None else ""
    return f"feil fra operativsystemet ({name or code or 'ukjent'})"


def cannot(action: str, path: str | PathLike[str] | None, exc: OSError) -> str:
    """One sentence: «Kunne ikke {action} {path}: {reason}.» (the path from ``exc`` if None)."""
    where = path if path is not None else exc.filename
    target = f" {where}" if where not in (None, "") else ""
    return f"Kunne ikke {action}{target}: {reason(exc)}."
