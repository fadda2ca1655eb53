#!/bin/sh
# Checks the service `amigo init` scaffolds with real Go (1.19+): gofmt, go vet and go test, then
# `amigo test` on the interpreter. Not part of CI (it needs `go`): a developer's check that the
# scaffold is plain, valid Go as created. Needs a build (npm run build).
#
#   scripts/check-init.sh
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

node "$root/bin/amigo.js" init "$tmp/hello" >/dev/null
cd "$tmp/hello"
unformatted=$(gofmt -l .)
if [ -n "$unformatted" ]; then
  echo "gofmt: not formatted: $unformatted" >&2
  exit 1
fi
go mod init example.com/hello >/dev/null 2>&1
go vet ./...
go test ./...
node "$root/bin/amigo.js" test .
