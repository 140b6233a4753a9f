#!/usr/bin/env bash
# Smoke test of the materialized products, run by the build in the integration-test phase:
# the headless product starts, honours the command-line contract, and carries no SWT; the studio starts
# under a virtual X server when one is available.
set -uo pipefail
PRODUCTS="$1"
ROOT="$2"
CLI="$PRODUCTS/lithos.cli/linux/gtk/x86_64/lithos"
STUDIO="$PRODUCTS/lithos.studio/linux/gtk/x86_64/lithos-studio"
failures=0
fail() { echo "smoke test FAILED: $*" >&2; failures=$((failures + 1)); }
lithos() { "$CLI/lithos" "$@"; }

out=$(lithos --version) || fail "--version exited $?"
[[ "$out" =~ ^lithos\ [0-9]+\.[0-9]+\.[0-9]+ ]] || fail "--version printed '$out'"

out=$(cd "$ROOT" && "$CLI/lithos" check dsl/examples 2>&1); code=$?
[ "$code" = 0 ] || fail "check dsl/examples exited $code: $out"
examples=$(find "$ROOT"/dsl/examples -name "*.cell" | wc -l)   # check visits sub-folders (examples/measured)
[[ "$out" == *"checked $examples files: 0 errors, 0 warnings"* ]] || fail "check summary: $out"

out=$(cd "$ROOT" && "$CLI/lithos" format --check dsl/examples 2>&1); code=$?
[ "$code" = 0 ] || fail "format --check dsl/examples exited $code (every example must be formatted): $out"

broken=$(mktemp -d)/broken.cell
printf 'package smoke\nimport lithos.materials.*\ncell C {\n  format half\n  pressure 9 mA/cm2\n}\n' > "$broken"
out=$(lithos check "$broken" 2>/dev/null); code=$?
[ "$code" = 1 ] || fail "check of a broken file exited $code (expected 1)"
grep -Eq "^$broken:5:[0-9]+: error: 'pressure' must be a pressure" <<<"$out" || fail "diagnostic format: $out"

lithos frobnicate >/dev/null 2>&1; code=$?
[ "$code" = 2 ] || fail "an unknown command exited $code (expected 2)"

out_dir=$(mktemp -d)
(cd "$ROOT" && "$CLI/lithos" compile dsl/examples/tour.cell --out "$out_dir" >/dev/null) || fail "compile tour exited $?"
[ -s "$out_dir/tour.input.xmi" ] && [ -s "$out_dir/tour.input.json" ] || fail "compile wrote no XMI/JSON"

# a partner solver, installed as its own feature, is found through DS and selected by id from a study
partner=$(mktemp -d)
cat > "$partner/partner.cell" <<'CELL'
package smoke
import lithos.materials.*
cell Half {
    format half
    area 1 cm2
    counter Li foil 100 um
    separator Li6PS5Cl 600 um
    collector Cu 10 um
    pressure 5 MPa
}
protocol Cycle { repeat 3 { plate at 1 mA/cm2 for 1 mAh/cm2  strip at 1 mA/cm2 until 0.2 V } }
study Partner { run Half with Cycle  solver "partner.ce-inventory" }
CELL
out=$(lithos run "$partner/partner.cell" --out "$partner/out" 2>&1); code=$?
[ "$code" = 0 ] || fail "run with the partner solver exited $code: $out"
grep -q '"solver": "partner.ce-inventory"' "$partner/out/Partner/Half/result.json" 2>/dev/null \
  || fail "the partner solver did not produce result.json: $out"

# --calibration FILE: the shipped constants copied to a file reproduce the shipped run; another fit changes it
# (its own folder: a run loads every .cell file beside it, and the partner file defines the same names)
mkdir "$partner/cal"
sed -e 's/solver "partner.ce-inventory"//' -e 's/study Partner/study Cal/' "$partner/partner.cell" > "$partner/cal/cal.cell"
shipped="$ROOT/bundles/org.lithos.solver.cell/src/org/lithos/solver/cell/calibration.properties"
cp "$shipped" "$partner/copy.properties"
eta() { grep -m1 '"nucleationOverpotential"' "$1/Cal/Half/result.json" 2>/dev/null; }
lithos run "$partner/cal/cal.cell" --out "$partner/c0" >/dev/null 2>&1 || fail "run for --calibration exited $?"
lithos run "$partner/cal/cal.cell" --out "$partner/c1" --calibration "$partner/copy.properties" >/dev/null 2>&1 \
  || fail "run --calibration (shipped copy) exited $?"
lithos run "$partner/cal/cal.cell" --out "$partner/c2" \
  --calibration "$ROOT/bundles/org.lithos.solver.cell/src/org/lithos/solver/cell/folds/fold-1.properties" >/dev/null 2>&1 \
  || fail "run --calibration (fold 1) exited $?"
[ -n "$(eta "$partner/c0")" ] && [ "$(eta "$partner/c0")" = "$(eta "$partner/c1")" ] \
  || fail "--calibration with the shipped constants changed the run: $(eta "$partner/c0") vs $(eta "$partner/c1")"
[ "$(eta "$partner/c0")" != "$(eta "$partner/c2")" ] \
  || fail "--calibration with another fit left the run unchanged: $(eta "$partner/c2")"

if ls "$CLI/plugins" | grep -q 'org.eclipse.swt'; then
  fail "the headless product contains SWT"
fi

if command -v xvfb-run >/dev/null 2>&1 && ldconfig -p 2>/dev/null | grep -q libgtk-3.so.0; then
  # `lithos studio FILE`: the workbench opens with the file in an editor and the title names it
  out=$(cd "$ROOT" && LITHOS_VMARGS="-Xmx1g -Dlithos.studio.smokeTest=true" timeout 120 xvfb-run -a "$STUDIO/lithos" \
    -data "$(mktemp -d)" dsl/examples/tour.cell 2>&1); code=$?
  if [ "$code" != 0 ] || [[ "$out" != *"workbench window open"*"title 'tour.cell - Lithos Studio', editors [tour.cell]"* ]]; then
    fail "studio did not start with tour.cell open (exit $code): $(tail -n 20 <<<"$out")"
  fi
else
  echo "smoke test: no xvfb-run/GTK 3 here, studio start not checked" >&2
fi

if [ "$failures" -gt 0 ]; then
  echo "smoke test: $failures failed" >&2
  exit 1
fi
echo "smoke test: headless product and studio OK"
