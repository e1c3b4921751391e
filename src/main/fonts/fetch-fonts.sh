#!/usr/bin/env bash
# The fonts issued documents embed (as subsets), taken from Debian's packages at build time, pinned by
# version and SHA-256, each with its licence beside it:
#   AR PL UMing CN (fonts-arphic-uming): the text, in the mainland's standard character forms;
#   HanaMin B (fonts-hanazono): CJK Extension B and later (rare characters in names, e.g. 𠀾).
# Usage: fetch-fonts.sh <classes directory>; the fonts land in <classes directory>/fonts.
set -euo pipefail
classes="$1"
fonts="$classes/fonts"
[ -f "$fonts/uming.ttc" ] && [ -f "$fonts/HanaMinB.ttf" ] && exit 0
packages="$(dirname "$classes")/font-packages"
mkdir -p "$fonts" "$packages"
cd "$packages"

fetch() {
  local package=$1 version=$2 sha256=$3
  local deb="${package}_${version}_all.deb"
  if [ ! -f "$deb" ]; then
    apt-get download -q "$package=$version" 2>/dev/null \
      || { [ "$(id -u)" = 0 ] && apt-get update -qq && apt-get download -q "$package=$version"; }
  fi
  echo "$sha256  $deb" | sha256sum -c --quiet
  dpkg-deb -x "$deb" "$package"
}

fetch fonts-arphic-uming 0.2.20080216.2-11 2676b21b90df94f23418610291b71b43720c95cdccb420b97ab56edfd3ce4cf5
fetch fonts-hanazono 20170904-2.1 a6943366b4f5a6cec34221f8b4eb22555a628f0ee6ef4e3d3401cabe9363aeae
cp fonts-arphic-uming/usr/share/fonts/truetype/arphic/uming.ttc "$fonts/"
cp fonts-arphic-uming/usr/share/doc/fonts-arphic-uming/copyright "$fonts/uming.LICENSE.txt"
cp fonts-hanazono/usr/share/fonts/truetype/hanazono/HanaMinB.ttf "$fonts/"
cp fonts-hanazono/usr/share/doc/fonts-hanazono/copyright "$fonts/HanaMinB.LICENSE.txt"
