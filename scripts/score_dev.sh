#!/usr/bin/env bash
# Score the current checkout on the seed gold and the development set (needs ../shared).
# Usage: scripts/score_dev.sh [seeds|dev] [--verbose]
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
shared="$here/../shared"
tc="$here/.venv/bin/tradecheck"
tmp=$(mktemp -d)
which=${1:-dev}
if [ "$which" = seeds ]; then
  docs="$shared/seeds"; gold="$shared/gold/seeds_figures.csv"; gc="$shared/gold/seeds_conflicts.csv"; gn="$shared/gold/seeds_nonconflicts.csv"; meta=""
else
  docs="$shared/dev/texts"; gold="$shared/dev/figures.csv"; gc="$shared/dev/conflicts.csv"; gn="$shared/dev/nonconflicts.csv"; meta="--meta $shared/dev/meta.csv"
fi
"$tc" extract "$docs" $meta --format csv --output "$tmp/c.csv" --quiet || exit 1
"$tc" conflicts "$docs" $meta --format csv --output "$tmp/k.csv" --quiet || exit 1
python3 "$shared/tools/score.py" --docs "$docs" --gold "$gold" --claims "$tmp/c.csv" \
  --gold-conflicts "$gc" --conflicts "$tmp/k.csv" --gold-nonconflicts "$gn"
cp "$tmp/c.csv" "/tmp/last_${which}_claims.csv"; cp "$tmp/k.csv" "/tmp/last_${which}_conflicts.csv"
