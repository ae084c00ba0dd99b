#!/bin/sh
# Makes the web fonts in web/ from the posters' full Lato TTFs: WOFF2 subsets, one with Latin and one with Latin Extended
# (the ranges in cinechrome.css's @font-face rules), hinting dropped, a few tens of KB each. They keep the layout
# features a browser applies by default (kerning, ligatures, marks; Lato's default figures are already the tabular
# ones the CSS's tabular-nums asks for), not Lato's alternates, old-style figures and superscripts: a third smaller
# for Latin. The pages load these; the posters (Batik) keep using the full TTFs. Needs Debian's python3-fonttools
# and python3-brotli.
# Run from this folder after changing a Lato TTF, then commit web/: `sh make-web-fonts.sh`.
set -eu
cd "$(dirname "$0")"
LATIN="U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD"
LATIN_EXT="U+0100-02AF,U+0304,U+0308,U+0329,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF"
subset() { # WEIGHT RANGE-NAME RANGES
  python3 -m fontTools.subset "Lato-$1.ttf" --unicodes="$3" --flavor=woff2 --layout-features+=tnum --no-hinting \
    --output-file="web/lato-$(echo "$1" | tr 'A-Z' 'a-z')-$2.woff2" 2>/dev/null
}
for weight in Light Regular; do
  subset "$weight" latin "$LATIN"
  subset "$weight" latin-ext "$LATIN_EXT"
done
ls -l web/
