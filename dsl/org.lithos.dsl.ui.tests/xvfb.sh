#!/usr/bin/env bash
# Gives the UI tests a display, run by the build (maven-antrun-plugin) before and after the tests.
#   xvfb.sh start PIDFILE  prints the DISPLAY to use: the caller's own if it has one, else a new Xvfb's
#                          (Xvfb picks a free display number itself; it is stopped when the build ends even if
#                          the tests fail), else "none" (no X server available: the UI tests are skipped).
#   xvfb.sh stop PIDFILE   stops the Xvfb this script started, if any.
set -u
case "${1:-}" in
  start)
    pidfile="$2"
    rm -f "$pidfile"
    if [ -n "${DISPLAY:-}" ]; then echo "$DISPLAY"; exit 0; fi
    if ! command -v Xvfb >/dev/null 2>&1; then echo none; exit 0; fi
    fdfile=$(mktemp)
    Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$fdfile" >/dev/null 2>&1 </dev/null &
    xvfb=$!
    for _ in $(seq 1 100); do
      [ -s "$fdfile" ] && break
      kill -0 "$xvfb" 2>/dev/null || break
      sleep 0.1
    done
    number=$(tr -dc '0-9' <"$fdfile"); rm -f "$fdfile"
    if [ -z "$number" ]; then kill "$xvfb" 2>/dev/null; echo none; exit 0; fi
    echo "$xvfb" >"$pidfile"
    # the build's JVM is our parent: stop Xvfb when it ends, whatever happens to the tests
    build=$PPID
    ( while kill -0 "$build" 2>/dev/null && kill -0 "$xvfb" 2>/dev/null; do sleep 2; done; kill "$xvfb" 2>/dev/null ) \
      >/dev/null 2>&1 </dev/null &
    echo ":$number"
    ;;
  stop)
    [ -f "$2" ] && kill "$(cat "$2")" 2>/dev/null
    rm -f "$2"
    exit 0
    ;;
  *) echo "usage: $0 start|stop PIDFILE" >&2; exit 2 ;;
esac
