#!/usr/bin/env bash
# Install everything the tests need, then run them.  Used by the README and by CI.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  missing=""
  command -v chromium >/dev/null || missing="$missing chromium"
  command -v rapper >/dev/null || missing="$missing raptor2-utils"
  if [ -n "$missing" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  fi
fi
python3 -m pip install -q -e '.[test]'
exec python3 -m pytest -q "$@"
