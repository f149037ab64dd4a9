#!/usr/bin/env bash
# regen.sh OUTDIR -- the one recipe that turns grammar/ into generated/.
#
# re2c builds the lexer from grammar/lexer.re; Lemon builds the parser from
# grammar/parser.y once it exists.  Both run from the top of the tree with
# relative paths and without dates or versions, so the output is reproducible
# and scripts/check_generated.sh can compare it byte for byte.  Lemon exits
# non-zero on any grammar conflict, which fails the build.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$top/generated}
mkdir -p "$out"
cd "$top"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

header() { # header SOURCE: the first line of every generated file
    printf '/* generated from %s by scripts/regen.sh -- edit that file, not this one. */\n' "$1"
}

re2c -W --no-generation-date --no-version -i -o "$tmp/lexer.c" grammar/lexer.re
{ header grammar/lexer.re; cat "$tmp/lexer.c"; } > "$tmp/lexer.out"
cmp -s "$tmp/lexer.out" "$out/lexer.c" 2>/dev/null || cp "$tmp/lexer.out" "$out/lexer.c"

if [ -f grammar/parser.y ]; then
    cp grammar/parser.y "$tmp/parser.y"
    # run in the temporary folder with a relative name: Lemon writes the
    # grammar's path into its output, which must not depend on the folder
    (cd "$tmp" && lemon -q -l -T/usr/share/lemon/lempar.c parser.y)
    for f in parser.c parser.h; do
        { header grammar/parser.y
          sed 's|source file "parser.y"|source file "grammar/parser.y"|' "$tmp/$f"; } > "$tmp/$f.out"
        cmp -s "$tmp/$f.out" "$out/$f" 2>/dev/null || cp "$tmp/$f.out" "$out/$f"
    done
fi
# Outputs must look newer than the grammar even when their bytes did not change.
touch "$out"/lexer.c
[ ! -f grammar/parser.y ] || touch "$out"/parser.c "$out"/parser.h
