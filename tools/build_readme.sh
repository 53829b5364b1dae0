#!/usr/bin/env bash
# Assemble README.md from the section files in docs/ (edit those, then run this).
set -euo pipefail
cd "$(dirname "$0")/.."
{
  cat docs/intro.md; echo
  cat docs/extract.md; echo
  cat docs/places.md; echo
  cat docs/ingest.md; echo
  cat docs/scale.md; echo
  cat docs/store.md; echo
  # reconcile.md uses top-level headings: demote them one level
  sed -e 's/^## /### /' -e 's/^# /## /' docs/reconcile.md; echo
  cat docs/web.md; echo
  sed -e 's/^## /### /' -e 's/^# /## /' docs/watch.md; echo
  cat docs/deps.md
} > README.md
