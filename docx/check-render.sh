#!/usr/bin/env bash
# Renders an example tender (alone and poured into the example template) and a clause set as DOCX, converts it to PDF with LibreOffice headless and the PDF to
# one PNG per page, so a person can look at the pages. Not part of `mvn verify`: LibreOffice is large and slow.
#
# Usage: docx/check-render.sh [TENDER.yaml] [OUTDIR]
#   TENDER  default: examples/tenders/skoleskyss.yaml
#   OUTDIR  default: docx/target/check-render
# Installs Debian's libreoffice-writer-nogui and poppler-utils with apt-get when soffice or pdftoppm is missing.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tender="${1:-$root/examples/tenders/skoleskyss.yaml}"
out="${2:-$root/docx/target/check-render}"
mkdir -p "$out"

need() { # need COMMAND PACKAGE
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "check-render: installing $2 (for $1) ..." >&2
        sudo_cmd=""
        if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
        $sudo_cmd apt-get update -q >/dev/null
        DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q --no-install-recommends "$2" >/dev/null
    fi
}
need soffice libreoffice-writer-nogui
need pdftoppm poppler-utils

name="$(basename "${tender%.*}")"
"$root/kriteriebank" render "$tender" --format docx -o "$out/$name.docx"
"$root/kriteriebank" clauses --area transport --level advanced --lang nn --format docx -o "$out/clauses-transport-nn.docx"
"$root/kriteriebank" render "$tender" --into "$root/docx/examples/konkurransegrunnlag-mal.docx" -o "$out/$name-in-template.docx"

for doc in "$out/$name.docx" "$out/clauses-transport-nn.docx" "$out/$name-in-template.docx"; do
    base="$(basename "${doc%.docx}")"
    # A profile of its own, so a running LibreOffice or another run does not block this one.
    soffice -env:UserInstallation="file://$out/lo-profile" --headless --convert-to pdf --outdir "$out" "$doc" \
        >/dev/null 2>&1
    rm -f "$out/$base"-page-*.png
    pdftoppm -r 60 -png "$out/$base.pdf" "$out/$base-page"
    echo "check-render: $out/$base.pdf -> $(ls "$out/$base"-page-*.png | wc -l) page(s) as $out/$base-page-*.png"
done
