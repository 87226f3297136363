"""The approval dossier: a PDF a union's approval committee can read and check."""

from miljologg.dossier.build import DossierInfo, build_dossier

__all__ = ["DossierInfo", "build_dossier"]
