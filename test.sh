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
dotnet test "$root/Brink.sln" -c Release --nologo -v quiet "${filter[@]}" "$@"
