"""«Dokumentasjon»: the dossier PDF, and checking one."""
