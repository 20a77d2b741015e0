#!/usr/bin/env bash
# Runs every test project; prints dotnet test's own summary. Extra arguments go to dotnet test.
# The PostgreSQL backend tests need a server: BRINK_TEST_POSTGRES="Host=...;Username=...;Password=...;Database=..."
# (.ci/run starts one). Without it they are left out, and this script says so; they are never counted as passed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
excluded=()
if [ -z "${BRINK_TEST_POSTGRES:-}" ]; then
  echo "test.sh: BRINK_TEST_POSTGRES is not set; the PostgreSQL backend tests are not run." >&2
  excluded+=("Backend!=postgres")
fi
# The browser tests drive Debian's Chromium (apt-get install -y chromium chromium-driver; .ci/run installs it).
# Without /usr/bin/chromium they are left out, and this script says so; they are never counted as passed.
if [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: /usr/bin/chromium is missing; the browser (end-to-end) tests are not run." >&2
  excluded+=("Browser!=chromium")
fi
# The cluster tests start three nats-server nodes (apt-get install -y nats-server; .ci/run installs it) and a PostgreSQL
# server of their own (initdb from Debian's postgresql package). Without both they are left out, and this script says so.
if ! command -v nats-server >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "test.sh: nats-server or PostgreSQL's initdb is missing; the NATS cluster (fault) tests are not run." >&2
  excluded+=("Backend!=nats")
fi
filter=()
if [ ${#excluded[@]} -gt 0 ]; then filter=(--filter "$(IFS='&'; echo "${excluded[*]}")"); fi
dotnet test "$root/Brink.sln" -c Release --nologo -v quiet "${filter[@]}" "$@"
