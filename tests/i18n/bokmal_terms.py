"""The app's own bokmål words, for the checks that a nynorsk or English screen or dossier has
none left over. Each is a word bokmål writes and neither nynorsk nor English does (so «samling»,
«oppmøte» and «arbeidskrav», the same in nynorsk, are on the English list only)."""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Not nynorsk (nor English).
_NOT_NYNORSK = """
    ikke veiledning veiledningen veileder veilederen veiledere veiledningsmøte veiledningsmøter
    veiledningslogg gruppeveiledning møter timer timene fra hvis hvor hva hvordan jeg bare
    fraværende fravær deltakere deltakelse begrunnelse sammendrag taushetsplikt sikkerhetskopi
    navn gjenstår påkrevd erklæringer attester signaturer godkjenninger arbeidsoppgaver
    arbeidssted mangler teller samlingene samlingsdager avvisning forespørsel nøkler
"""
#: Not English: the nynorsk list and the words both written standards share.
_SHARED = """
    og av til med er som på samling samlingsdag oppmøte arbeidskrav krav dato tema signert
    avvist levert godkjent gjennomført avlyst tid varighet form gruppe status totalt periode
    studieprogram studieprogrammet ordningen programmet kilde side innhold profesjon stilling
    student merknad frist måte område resultat underskrift
"""
NOT_NYNORSK = frozenset(_NOT_NYNORSK.split())
NOT_ENGLISH = NOT_NYNORSK | frozenset(_SHARED.split()) - {"student", "status", "form"}

WORD = re.compile(r"[A-Za-zÆØÅæøå]+")


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def leftovers(text: str, terms: frozenset[str], allowed: Iterable[str]) -> list[str]:
    """The bokmål terms in ``text`` that are not also words of ``allowed`` (user data, names
    kept as their owners write them, quotes)."""
    ok = {w for a in allowed for w in words(a)}
    return sorted({w for w in words(text) if w in terms and w not in ok})


def leftovers_exact(text: str, terms: frozenset[str], allowed: Iterable[str]) -> list[str]:
    """As ``leftovers``, but only the allowed texts themselves are passed over, where they
    stand whole in ``text`` (a topic that says «veiledning» does not excuse the word
    elsewhere); for text that keeps what was typed intact, as a widget does."""
    for a in sorted({a for a in allowed if a}, key=len, reverse=True):
        text = text.replace(a, " ")
    return sorted({w for w in words(text) if w in terms})
