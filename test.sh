#!/usr/bin/env bash
# Runs every test project; prints dotnet test's own summary. Extra arguments go to dotnet test.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dotnet test "$root/Brink.sln" -c Release --nologo -v quiet "$@"
