#!/usr/bin/env bash
# Lints every model in bpmn/ with bpmnlint (recommended rules + Camunda 7.24 compatibility).
# Run by `mvn verify`; the linter is installed from the npm registry into target/bpmnlint.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$root/target/bpmnlint"
mkdir -p "$work"
cp "$root/.ci/bpmnlint/package.json" "$root/.ci/bpmnlint/package-lock.json" "$root/.ci/bpmnlint/.bpmnlintrc" "$work/"
(cd "$work" && [ -x node_modules/.bin/bpmnlint ] || npm ci --no-audit --no-fund --loglevel=error >/dev/null)
shopt -s nullglob
models=("$root"/bpmn/*.bpmn)
if [ ${#models[@]} -eq 0 ]; then
  echo "bpmnlint: no models in bpmn/"
  exit 0
fi
cd "$work"
node_modules/.bin/bpmnlint --max-warnings=0 "${models[@]}"
echo "bpmnlint: ${#models[@]} models clean"
