#!/usr/bin/env bash
# Runs every test project; prints dotnet test's own summary. Extra arguments go to dotnet test.
# The PostgreSQL backend tests need a server: BRINK_TEST_POSTGRES="Host=...;Username=...;Password=...;Database=..."
# (.ci/run starts one). Without it they are left out, and this script says so; they are never counted as passed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
filter=()
if [ -z "${BRINK_TEST_POSTGRES:-}" ]; then
  echo "test.sh: BRINK_TEST_POSTGRES is not set; the PostgreSQL backend tests are not run." >&2
  filter=(--filter "Backend!=postgres")
fi
# The browser tests drive Debian's Chromium (apt-get install -y chromium chromium-driver; .ci/run installs it).
# Without /usr/bin/chromium they are left out, and this script says so; they are never counted as passed.
if [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: /usr/bin/chromium is missing; the browser (end-to-end) tests are not run." >&2
  if [ ${#filter[@]} -gt 0 ]; then filter=(--filter "Backend!=postgres&Browser!=chromium"); else filter=(--filter "Browser!=chromium"); fi
fi
dotnet test "$root/Brink.sln" -c Release --nologo -v quiet "${filter[@]}" "$@"
