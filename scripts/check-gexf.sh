#!/bin/sh
# Validates a GEXF file against the shared RelaxNG schema of its version (CI helper).
# usage: scripts/check-gexf.sh FILE.gexf   (shared/ must sit beside the repo)
set -eu
file="$1"
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="$here/../shared/gexf"
if grep -q 'version="1.3"' "$file"; then schema="$shared/1.3/gexf.rng"; else schema="$shared/1.2draft/gexf.rng"; fi
exec xmllint --noout --relaxng "$schema" "$file"
