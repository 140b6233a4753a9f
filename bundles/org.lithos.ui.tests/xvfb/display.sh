#!/usr/bin/env bash
# Finds an X display for the UI tests and prints its name (":12"), or "none" when there is none.
# Without a usable DISPLAY it starts its own Xvfb on a free display (Xvfb picks the number, so parallel builds never
# collide) and a watchdog that stops it when the build (this script's parent process) ends, so an aborted build
# leaves no server behind. Used by the build (maven-antrun) before the UI tests; CI installs xvfb in .ci/run.
#   $1  folder for the server's log and pid file
set -uo pipefail
folder="${1:?usage: display.sh FOLDER}"
mkdir -p "$folder"
build_pid=$PPID

if [ -n "${LITHOS_TEST_DISPLAY:-}" ]; then
  echo "$LITHOS_TEST_DISPLAY"   # explicit choice (e.g. a developer watching the tests on a real screen)
  exit 0
fi
if ! command -v Xvfb >/dev/null 2>&1; then
  echo "display.sh: Xvfb is not installed (apt-get install xvfb libgtk-3-0); the studio UI tests are skipped" >&2
  echo none
  exit 0
fi
number_file="$folder/xvfb.display"
rm -f "$number_file"
# setsid + closed streams: the build's exec must not wait for the server; the watchdog ends it with the build
setsid bash -c '
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp -noreset 3>"$1" >"$2/xvfb.log" 2>&1 &
  server=$!
  echo $server >"$2/xvfb.pid"
  while kill -0 "$3" 2>/dev/null && kill -0 $server 2>/dev/null; do sleep 2; done
  kill $server 2>/dev/null
' xvfb-watchdog "$number_file" "$folder" "$build_pid" </dev/null >/dev/null 2>&1 &
for _ in $(seq 1 100); do
  if [ -s "$number_file" ]; then
    echo ":$(tr -dc 0-9 <"$number_file")"
    exit 0
  fi
  sleep 0.1
done
echo "display.sh: Xvfb did not start within 10 s (see $folder/xvfb.log); the studio UI tests are skipped" >&2
echo none
