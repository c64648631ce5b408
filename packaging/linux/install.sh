#!/bin/sh
# Install the unpacked Calculator folder for this user only (no root, no system folders):
#   program  → ~/.local/opt/calculator/
#   launcher → ~/.local/bin/calculator
#   menu     → ~/.local/share/applications/calculator.desktop (name and icon: "Calculator")
# To remove: ./install.sh --uninstall
# Threat A1: every name a menu, a folder listing or a process list shows is neutral.
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
opt=$HOME/.local/opt/calculator
bin=$HOME/.local/bin

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$opt" "$bin/calculator" "$data/applications/calculator.desktop" \
           "$data/icons/hicolor/256x256/apps/calculator.png"
    echo "Removed. Your saved data (in $data/calc-data) was left as it is."
    exit 0
fi

umask 077
mkdir -p "$opt" "$bin" "$data/applications" "$data/icons/hicolor/256x256/apps"
rm -rf "$opt"
cp -R "$here/Calculator" "$opt"
ln -sf "$opt/calculator" "$bin/calculator"
cp "$here/calculator.png" "$data/icons/hicolor/256x256/apps/calculator.png"
sed "s|^Exec=.*|Exec=$opt/calculator|" "$here/calculator.desktop" > "$data/applications/calculator.desktop"
chmod 0644 "$data/applications/calculator.desktop" "$data/icons/hicolor/256x256/apps/calculator.png"
echo "Installed: Calculator (menu: Utilities)."
