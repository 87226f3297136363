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

from miljologg.core.i18n import N_, _
from miljologg.fs import DatabaseTargetError

#: errno -> what happened, in words a user can act on.
_REASONS: dict[int, str] = {
    errno.ENOENT: N_("filen eller mappen finnes ikke"),
    errno.EACCES: N_("du har ikke tilgang (mangler rettigheter)"),
    errno.EPERM: N_("du har ikke tilgang (operasjonen er ikke tillatt)"),
    errno.EISDIR: N_("det er en mappe, ikke en fil"),
    errno.ENOTDIR: N_("en del av stien er ikke en mappe"),
    errno.ENOSPC: N_("disken er full"),
    errno.EROFS: N_("disken er skrivebeskyttet"),
    errno.EEXIST: N_("filen finnes allerede"),
    errno.ENAMETOOLONG: N_("navnet er for langt"),
    errno.EMFILE: N_("for mange åpne filer"),
    errno.ENFILE: N_("for mange åpne filer"),
    errno.EIO: N_("lese- eller skrivefeil på disken"),
    errno.EBUSY: N_("filen er i bruk"),
    errno.ETXTBSY: N_("filen er i bruk"),
    errno.EXDEV: N_("filen kan ikke flyttes mellom to disker"),
    errno.ELOOP: N_("for mange symbolske lenker etter hverandre"),
    errno.EFBIG: N_("filen er for stor"),
    errno.ENXIO: N_("enheten finnes ikke"),
    errno.ENODEV: N_("enheten finnes ikke"),
    errno.EINVAL: N_("ugyldig filnavn eller verdi"),
    errno.ENOTEMPTY: N_("mappen er ikke tom"),
    errno.EAGAIN: N_("filen er midlertidig utilgjengelig"),
}
# Not on every platform.
for _name, _text in (
    ("EDQUOT", N_("diskkvoten din er brukt opp")),
    ("ESTALE", N_("nettverksfilen er borte")),
):
    if hasattr(errno, _name):
        _REASONS[getattr(errno, _name)] = _text


def reason(exc: OSError) -> str:
    """What went wrong, in Norwegian and lower case («disken er full»); never the C text."""
    if isinstance(exc, DatabaseTargetError):
        return _("det er en database (en datafil eller sikkerhetskopi), og den skrives aldri over")
    code = exc.errno
    if code is None and exc.args and isinstance(exc.args[0], int):
        code = exc.args[0]
    if code in _REASONS:
        return _(_REASONS[code])
    if isinstance(exc, PermissionError):
        return _(_REASONS[errno.EACCES])
    if isinstance(exc, FileNotFoundError):
        return _(_REASONS[errno.ENOENT])
    if isinstance(exc, IsADirectoryError):
        return _(_REASONS[errno.EISDIR])
    name = errno.errorcode.get(code, "") if code is not None else ""
    return _("feil fra operativsystemet ({name})").format(name=name or code or _("ukjent"))


#: The verbs ``cannot`` is called with (bokmål infinitives, the catalogue's keys).
ACTIONS = {
    "bruke": N_("Kunne ikke bruke {path}: {reason}."),
    "lese": N_("Kunne ikke lese {path}: {reason}."),
    "opprette": N_("Kunne ikke opprette {path}: {reason}."),
    "skrive": N_("Kunne ikke skrive {path}: {reason}."),
}
_NO_PATH = {
    "bruke": N_("Kunne ikke bruke: {reason}."),
    "lese": N_("Kunne ikke lese: {reason}."),
    "opprette": N_("Kunne ikke opprette: {reason}."),
    "skrive": N_("Kunne ikke skrive: {reason}."),
}


def cannot(action: str, path: str | PathLike[str] | None, exc: OSError) -> str:
    """One sentence: «Kunne ikke {action} {path}: {reason}.» (the path from ``exc`` if None);
    ``action`` is one of ``ACTIONS`` (a whole sentence per verb, so each language can say it
    its own way)."""
    where = path if path is not None else exc.filename
    if where in (None, ""):
        return _(_NO_PATH[action]).format(reason=reason(exc))
    return _(ACTIONS[action]).format(path=where, reason=reason(exc))
