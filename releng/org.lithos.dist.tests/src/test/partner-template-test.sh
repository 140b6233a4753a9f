#!/usr/bin/env bash
# The SDK is complete: sdk/partner-template, copied out of the source tree, builds and passes its tests offline
# against the built p2 update site alone (plus JUnit and Tycho from the local Maven repository), and the site
# carries the SDK's source bundles and Javadoc.
#   partner-template-test.sh REPOSITORY TEMPLATE LOCAL_MAVEN_REPOSITORY
set -euo pipefail
repo="$1"
template="$2"
m2="$3"
fail() { echo "partner-template-test: FAIL: $*" >&2; exit 1; }

[ -d "$repo/plugins" ] || fail "no update site at $repo (build releng/org.lithos.repository first)"
for bundle in org.lithos.solver.api org.lithos.model org.lithos.units; do
  ls "$repo/plugins/${bundle}.source_"*.jar >/dev/null 2>&1 || fail "the site has no ${bundle}.source bundle"
done
ls "$repo/features/org.lithos.sdk.feature_"*.jar >/dev/null 2>&1 || fail "the site has no org.lithos.sdk.feature"
ls "$repo/features/org.lithos.sdk.feature.source_"*.jar >/dev/null 2>&1 || fail "the site has no SDK source feature"
doc="$(ls "$repo/plugins/org.lithos.sdk.doc_"*.jar 2>/dev/null | head -n 1)"
[ -n "$doc" ] || fail "the site has no org.lithos.sdk.doc bundle"
listing="$(jar tf "$doc")"
for page in reference/api/index.html reference/api/org/lithos/solver/api/Solver.html \
    reference/api/org/lithos/model/SimulationResult.html reference/api/org/lithos/units/Quantity.html toc.xml; do
  grep -qx "$page" <<<"$listing" || fail "the Javadoc bundle has no $page"
done
! grep -q '/internal/' <<<"$listing" || fail "the Javadoc bundle documents internal packages"

work="$(mktemp -d -t lithos-partner.XXXXXX)"
trap 'rm -rf "$work"' EXIT
cp -r "$template/." "$work/"
rm -rf "$work"/*/target "$work"/*/bin
cd "$work"
log="$work/build.log"
# Lithos' build fetched Tycho and JUnit into the local repository through its mirror "central-only"; Maven reuses
# them only for a build that names the same repository, so the same mirror, minus the update site
cat >"$work/settings.xml" <<'XML'
<settings><mirrors><mirror><id>central-only</id><mirrorOf>*,!lithos</mirrorOf>
<url>https://repo.maven.apache.org/maven2</url></mirror></mirrors></settings>
XML
# blind to the artifacts Lithos' own build put in the local repository: only the update site gives bundles. Not
# offline: a partner fetches Tycho and JUnit from Maven Central as any Maven build does, and with a cold local
# repository (CI) the template may need a Maven plugin our own build never used
if ! ./mvnw -B verify -s "$work/settings.xml" -Dlithos.repository="file:$repo" -Dmaven.repo.local="$m2" \
    -Dtycho.localArtifacts=ignore >"$log" 2>&1; then
  tail -n 60 "$log" >&2
  fail "the partner template does not build against $repo"
fi
jar="org.example.lithos.solver/target/org.example.lithos.solver-0.1.0-SNAPSHOT.jar"
[ -f "$jar" ] || fail "no bundle $jar"
jar tf "$jar" | grep -q '^OSGI-INF/.*\.xml$' || fail "the bundle has no DS component XML"
report="$(find org.example.lithos.solver/target -path '*-reports/TEST-*.xml' | head -n 1)"
[ -n "$report" ] || fail "the template's tests did not run"
grep -q 'tests="2"' "$report" && grep -q 'failures="0"' "$report" && grep -q 'errors="0"' "$report" \
  || fail "the template's tests: $(grep -o '<testsuite[^>]*>' "$report")"
echo "partner-template-test: the template built against $repo alone; 2 tests passed; sources and Javadoc on the site"
