#!/usr/bin/env bash
# Peers side by side: installs chrono-node, wink-nlp (English lite model) and compromise with
# compromise-dates at the versions pinned in package.json, writes the article texts of
# ../shared/corpus/quotes (dev and test, 1,008 articles; text only, to a temporary folder, never into the
# repository), then times each peer and QuoteCheck, whole process against whole process, on the same
# articles. QuoteCheck runs twice: its native build (Native AOT, when this machine can make one; the ratios are
# to it) and the ordinary JIT build; the two reports must be identical. Prints a Markdown table with MB/s and
# the ratios to QuoteCheck.
#   bash tests/QuoteCheck.Benchmarks/peers/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
shared="${QUOTECHECK_SHARED:-$repo/../shared}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

[ -f "$shared/corpus/quotes/dev.jsonl" ] || { echo "peers: $shared/corpus/quotes is missing" >&2; exit 2; }
(cd "$here" && npm install --no-audit --no-fund --no-package-lock --silent >/dev/null)

mkdir -p "$work/articles"
python3 - "$shared/corpus/quotes" "$work/articles" <<'PY'
import json, os, sys
src, out = sys.argv[1], sys.argv[2]
for split in ("dev.jsonl", "test.jsonl"):
    for line in open(os.path.join(src, split), encoding="utf-8"):
        d = json.loads(line)
        with open(os.path.join(out, d["id"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(d["text"])
PY

dotnet build "$repo/src/QuoteCheck.Sample" -c Release -v quiet -nologo >/dev/null
sample="$repo/src/QuoteCheck.Sample/bin/Release/net10.0/QuoteCheck.Sample.dll"
# The native build (Native AOT): what a newsroom runs over the day's wire. Its own artifacts folder, so the
# ordinary build above is left as it is. Where no native build can be made here, only the JIT row is printed.
native=""
if dotnet publish "$repo/src/QuoteCheck.Sample" -c Release -r "$(dotnet --info | awk '/^ RID:/ {print $2; exit}')" \
     -p:PublishAot=true --artifacts-path "$work/artifacts" -o "$work/native" -v quiet -nologo >"$work/publish.log" 2>&1; then
  native="$work/native/QuoteCheck.Sample"
else
  echo "peers: no native build here (see the log below); timing the JIT build only" >&2
  tail -n 5 "$work/publish.log" >&2
fi
bytes=$(cat "$work"/articles/*.txt | wc -c)

calc() { python3 -c "print($1)"; }
wall() { local s e; s=$(date +%s.%N); "$@" >"$work/last.out"; e=$(date +%s.%N); calc "$e - $s"; }

echo "| tool | what it does | whole process (s) | MB/s | peer time ÷ QuoteCheck time (above 1: QuoteCheck is faster) |"
echo "| --- | --- | ---: | ---: | ---: |"
jit=$(wall dotnet "$sample" --json --quiet -o "$work/report.json" "$work/articles")
qc=$jit
if [ -n "$native" ]; then
  qc=$(wall "$native" --json --quiet -o "$work/report-native.json" "$work/articles")
  cmp -s "$work/report.json" "$work/report-native.json" || { echo "peers: the native and JIT reports differ" >&2; exit 1; }
  printf '| QuoteCheck, native (AOT) | quotes, speakers, values, claims, cross-check, JSON report | %.2f | %.1f | 1.0 |\n' "$qc" "$(calc "$bytes / 1e6 / $qc")"
fi
printf '| QuoteCheck, JIT (`dotnet QuoteCheck.Sample.dll`) | the same, same report | %.2f | %.1f | %.1f |\n' "$jit" "$(calc "$bytes / 1e6 / $jit")" "$(calc "$jit / $qc")"
for peer in chrono wink compromise; do
  case $peer in
    chrono) what="dates only";;
    wink) what="entity spans, no values";;
    compromise) what="quotation spans, numbers, dates";;
  esac
  t=$(wall node "$here/peer.mjs" "$peer" "$work/articles")
  printf '| %s | %s | %.2f | %.1f | %.1f |\n' "$peer" "$what" "$t" "$(calc "$bytes / 1e6 / $t")" "$(calc "$t / $qc")"
done
echo
echo "articles: $(ls "$work/articles" | wc -l), $(calc "round($bytes / 1e6, 2)") MB; $(nproc) cores; $(date -u +%Y-%m-%d)"
