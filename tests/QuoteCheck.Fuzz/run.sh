#!/usr/bin/env bash
# Fuzzes QuoteCheck with AFL++ through SharpFuzz, for a bounded time per target. Not part of the test run.
#
#   tests/QuoteCheck.Fuzz/run.sh [seconds-per-target] [target...]      targets: article rules values (default: all)
#
# Installs what is missing (afl++ from Debian, needs root; the SharpFuzz.CommandLine tool into the output
# folder), publishes the harness, instruments QuoteCheck.dll, then runs one afl-fuzz instance per target,
# one after the other. Findings land in $FUZZ_OUT (default: artifacts/fuzz); each crash and hang is replayed
# at the end so its exception shows. Environment: FUZZ_OUT, FUZZ_TIMEOUT_MS (a hang, default 2000).
set -euo pipefail

seconds="${1:-600}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(article rules values); fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="${FUZZ_OUT:-$repo/artifacts/fuzz}"
timeout_ms="${FUZZ_TIMEOUT_MS:-2000}"
sharpfuzz_version=2.3.0

if ! command -v afl-fuzz >/dev/null; then
  echo "installing afl++ (Debian package)" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y afl++ >/dev/null
fi

mkdir -p "$out/tools"
if [ ! -x "$out/tools/sharpfuzz" ]; then
  echo "installing SharpFuzz.CommandLine $sharpfuzz_version" >&2
  dotnet tool install SharpFuzz.CommandLine --version "$sharpfuzz_version" --tool-path "$out/tools" >/dev/null
fi

# A fresh publish each run: sharpfuzz instruments the DLL in place and refuses an instrumented one.
rm -rf "$out/bin"
dotnet publish "$here/QuoteCheck.Fuzz.csproj" -c Release -o "$out/bin" -nologo -v quiet
"$out/tools/sharpfuzz" "$out/bin/QuoteCheck.dll"

# dotnet is not an AFL-instrumented binary (SharpFuzz reports coverage itself); no core dump handler,
# no CPU governor and no free core to pin on a shared machine are fine for a bounded run.
export AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_NO_UI=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_TieredPGO=0
dotnet="$(command -v dotnet)"

for target in "${targets[@]}"; do
  input="$out/input/$target"
  findings="$out/findings/$target"
  rm -rf "$input" "$findings"
  mkdir -p "$input" "$out/findings"
  cp "$here/seeds/$target"/* "$input/"
  # The measuring articles may be added at run time when present; they are never copied into the project.
  if [ "$target" != rules ] && [ -d "$repo/../shared/seeds" ]; then
    for seed in "$repo/../shared/seeds"/*.txt; do cp "$seed" "$input/shared-$(basename "$seed")"; done
  fi

  dictionary="$here/dictionaries/text.dict"
  if [ "$target" = rules ]; then dictionary="$here/dictionaries/rules.dict"; fi

  echo "fuzzing '$target' for $seconds s" >&2
  afl-fuzz -V "$seconds" -t "$timeout_ms" -m none -i "$input" -o "$findings" -x "$dictionary" \
    -- "$dotnet" "$out/bin/QuoteCheck.Fuzz.dll" "$target" > "$out/afl-$target.log" 2>&1 || {
      echo "afl-fuzz failed for '$target'; the end of its log:" >&2
      tail -n 30 "$out/afl-$target.log" >&2
      exit 1
    }

  stats="$findings/default/fuzzer_stats"
  echo "== $target" 
  grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|bitmap_cvg|saved_crashes|saved_hangs|stability)\b' "$stats" || true
  shopt -s nullglob
  saved=("$findings"/default/crashes/id:* "$findings"/default/hangs/id:*)
  shopt -u nullglob
  if [ ${#saved[@]} -gt 0 ]; then
    echo "replaying ${#saved[@]} saved crash/hang inputs:"
    # The project's own build, not the instrumented copy: instrumented code outside AFL has no shared memory to write to.
    dotnet "$here/bin/Release/net10.0/QuoteCheck.Fuzz.dll" "$target" "${saved[@]}" || true
  fi
done
