#!/usr/bin/env bash
# Runs LspClientTest.java (the LSP client test) against the materialized headless product: the client is LSP4J
# from the product's own plugins, started as a single-file Java program, so nothing else needs building.
#   lsp-client-test.sh PRODUCTS_DIR REPOSITORY_ROOT
set -euo pipefail
PRODUCTS="$1"
ROOT="$2"
CLI="$PRODUCTS/lithos.cli/linux/gtk/x86_64/lithos"
jar() { ls "$CLI"/plugins/"$1"_*.jar | head -n 1; }
CP="$(jar org.eclipse.lsp4j):$(jar org.eclipse.lsp4j.jsonrpc):$(jar com.google.gson)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$JAVA" -cp "$CP" "$(dirname "$0")/LspClientTest.java" "$CLI/lithos" "$ROOT/dsl/examples"
