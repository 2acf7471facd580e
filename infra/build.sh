#!/usr/bin/env bash
# Compiles and lints the Azure templates with the Bicep CLI from NuGet (infra/tools/BicepCompiler.proj),
# so it needs nothing but the .NET SDK. Fails on any error, warning or other diagnostic, on a
# container/queue/table of StorageNames.cs that main.bicep does not create, and on a parameter of
# main.parameters.json that main.bicep does not declare.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

compiler=infra/tools/BicepCompiler.proj
if ! restore_log="$(dotnet restore "$compiler" 2>&1)"; then
  echo "$restore_log" >&2
  echo "infra/build.sh: could not restore the Bicep compiler" >&2
  exit 1
fi
bicep="$(dotnet msbuild "$compiler" -nologo -getProperty:BicepPath)"
[ -f "$bicep" ] || { echo "infra/build.sh: the Bicep compiler is not at $bicep" >&2; exit 1; }
# NuGet does not always keep the executable bit.
[ -x "$bicep" ] || chmod +x "$bicep"
"$bicep" --version

failed=0

# Every diagnostic counts: the linter rules in infra/bicepconfig.json are errors, and a warning the
# compiler itself raises (BCPxxx) fails the build as well.
report() {
  local what="$1" output="$2" status="$3"
  if [ "$status" -ne 0 ] || grep -Eq '\) : (Error|Warning|Info) ' <<<"$output"; then
    echo "FAIL $what" >&2
    [ -n "$output" ] && echo "$output" >&2
    failed=1
  else
    echo "ok   $what"
  fi
}

status=0
output="$("$bicep" build infra/main.bicep --stdout 2>&1 >/dev/null)" || status=$?
report "bicep build infra/main.bicep" "$output" "$status"

while IFS= read -r file; do
  status=0
  output="$("$bicep" lint "$file" 2>&1)" || status=$?
  report "bicep lint $file" "$output" "$status"
done < <(find infra -name '*.bicep' -not -path '*/obj/*' | sort)

# Every literal storage name the code uses is created by the template (new ones arrive with merges).
while IFS= read -r name; do
  if ! grep -q "'$name'" infra/main.bicep; then
    echo "FAIL infra/main.bicep does not create '$name' (src/Pipeline.Storage/StorageNames.cs)" >&2
    failed=1
  fi
done < <(sed -nE 's/.*const string [A-Za-z]+ = "([^"]+)";.*/\1/p' src/Pipeline.Storage/StorageNames.cs)
# The poison queue is named by the host: <queue>-poison, created by the template as such.
grep -q "'\${scoreQueue}-poison'" infra/main.bicep || { echo "FAIL infra/main.bicep does not create the poison queue" >&2; failed=1; }

# azd and `az deployment group create` both pass main.parameters.json: each of its parameters must exist.
while IFS= read -r parameter; do
  if ! grep -Eq "^param $parameter " infra/main.bicep; then
    echo "FAIL infra/main.parameters.json sets '$parameter', which infra/main.bicep does not declare" >&2
    failed=1
  fi
done < <(sed -nE 's/^    "([A-Za-z]+)": \{$/\1/p' infra/main.parameters.json)

if [ "$failed" -ne 0 ]; then
  echo "infra/build.sh: the templates have problems (above)" >&2
  exit 1
fi
echo "infra/build.sh: templates compile and lint clean"
