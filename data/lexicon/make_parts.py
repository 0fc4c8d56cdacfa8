#!/usr/bin/env python3
"""Builds parts.txt, the compound parts the search analyzer splits Dutch compounds into.

Input: the OpenTaal word list as Debian's `wdutch` package ships it (/usr/share/dict/dutch).
Keeps the lower-case words of 3 to 14 letters (accents folded) that occur as a part of at
least three compounds of the list itself: the productive parts (`taal`, `buren`, `ruzie`), not
the rare words that only waste space. Suffix-like heads (`heid`, `schap`, `ling`, ...) are left
out, so `leerling` is not split into `leer` + `ling`.

Usage: python3 make_parts.py /usr/share/dict/dutch > parts.txt
"""
import collections
import re
import sys
import unicodedata

LINKS = ["", "s", "e", "en", "er"]
MIN_PART = 3
MAX_PART = 14
MIN_USES = 3
# Heads that are derivational suffixes or word endings rather than words in a compound.
SUFFIX_LIKE = {
    "heid", "heden", "schap", "schappen", "ling", "lingen", "baar", "loos", "zaam", "achtig",
    "isme", "ische", "atie", "aties", "teit", "iteit", "tjes", "etje", "ster", "sters", "aard",
    "erij", "erijen", "ende", "enden", "ings", "ling", "dom", "kunde", "ieel", "elijk", "lijk",
    "lijke", "lijks", "matig", "waardig", "ware", "werk", "wijs", "wijze",
}


def fold(word):
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def main(path):
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if not w or w[0].isupper():
                continue
            w = fold(w)
            if re.fullmatch(r"[a-z]+", w) and 3 <= len(w) <= 30:
                words.add(w)
    uses = collections.Counter()
    for w in words:
        for i in range(MIN_PART, len(w) - MIN_PART + 1):
            head = w[i:]
            if head not in words:
                continue
            modifier = w[:i]
            for link in LINKS:
                base = modifier[: len(modifier) - len(link)] if link else modifier
                if modifier.endswith(link) and len(base) >= MIN_PART and base in words:
                    uses[base] += 1
                    uses[head] += 1
                    break
    # `werk` is a real part (`buddywerking` aside); keep it out of the suffix list's effect on
    # modifiers: the list only stops words that are mostly endings.
    parts = sorted(
        w
        for w in words
        if MIN_PART <= len(w) <= MAX_PART and uses[w] >= MIN_USES and w not in SUFFIX_LIKE - {"werk"}
    )
    sys.stdout.write("\n".join(parts) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/dutch")
