#!/usr/bin/env python3
"""Reduces OpenThesaurus (text format, one synonym set per line, ';'-separated) to what the assistant uses:
single words with their notes stripped, one set per line in the Solr synonyms format ("a, b, c").

    apt-get install openthesaurus-de-text
    python3 tools/language/reduce-openthesaurus.py /usr/share/openthesaurus-de/openthesaurus.txt \
        > src/Haltern.Assistant/Language/de/openthesaurus.txt

- Notes in parentheses ("(ugs.)", "(schweiz.)", "(einzelner)") are removed; an entry marked figurative, vulgar,
  derogatory or joking ("fig.", "vulg.", "derb", "abwertend", "scherzh.") is left out: its sense is not the set's.
- Entries of several words, abbreviations ("Deputat...") and words with digits or punctuation are left out.
- A set left with fewer than two words is dropped; duplicate words in a set are removed.
"""
import re
import sys

SKIP_NOTES = ("fig.", "vulg.", "derb", "abwertend", "scherzh.")
WORD = re.compile(r"^[^\W\d_]+$")


def reduce(lines):
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        words = []
        for entry in line.split(";"):
            notes = " ".join(re.findall(r"\(([^)]*)\)", entry))
            if any(n in notes for n in SKIP_NOTES):
                continue
            word = re.sub(r"\([^)]*\)", " ", entry).strip()
            if WORD.match(word) and len(word) >= 2 and word not in words:
                words.append(word)
        if len(words) >= 2:
            yield ", ".join(words)


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/openthesaurus-de/openthesaurus.txt"
    with open(source, encoding="utf-8") as f:
        lines = f.readlines()
    header = [l.rstrip("\n") for l in lines if l.startswith("# Automatically generated")]
    out = sys.stdout
    out.write("# OpenThesaurus, the German thesaurus of www.openthesaurus.de (Daniel Naber and contributors),\n")
    out.write("# licensed under the GNU LGPL 2.1 or later: see openthesaurus.LICENSE beside this file.\n")
    out.write("# Taken from Debian's openthesaurus-de-text (%s), reduced by\n" % (header[0][2:] if header else "?"))
    out.write("# tools/language/reduce-openthesaurus.py: single words, notes stripped, Solr synonyms format.\n")
    for s in reduce(lines):
        out.write(s + "\n")


if __name__ == "__main__":
    main()
