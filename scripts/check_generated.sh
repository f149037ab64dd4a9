#!/usr/bin/env bash
# check_generated.sh -- fail when generated/ is stale.
#
# Regenerates every file of generated/ from grammar/ into a temporary folder
# with scripts/regen.sh (the build's own recipe) and compares byte for byte.
# Prints OK, or the stale files' names (and how to fix it); exit 1 if stale.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! "$top/scripts/regen.sh" "$tmp/generated" >"$tmp/regen.log" 2>&1; then
    cat "$tmp/regen.log" >&2
    echo "check_generated: scripts/regen.sh failed" >&2
    exit 1
fi
shopt -s nullglob
produced=("$tmp"/generated/*)
[ ${#produced[@]} -gt 0 ] || { echo "check_generated: scripts/regen.sh produced nothing" >&2; exit 1; }
stale=()
for f in "${produced[@]}"; do
    name=generated/${f##*/}
    cmp -s "$f" "$top/$name" || stale+=("$name")
done
if [ ${#stale[@]} -gt 0 ]; then
    printf 'stale: %s\n' "${stale[@]}"
    echo "check_generated: run scripts/regen.sh (or build) and commit generated/"
    exit 1
fi
echo "check_generated: OK (${#produced[@]} files up to date)"
