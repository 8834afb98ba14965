#!/usr/bin/env bash
# Installs Hugo (the Debian package) for the benchmark's comparison, when it
# is missing. Idempotent; needs root (or sudo) and Debian's package lists.
set -euo pipefail

if command -v hugo >/dev/null 2>&1; then
  hugo version
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get install -y --no-install-recommends hugo; then
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends hugo
fi
hugo version
