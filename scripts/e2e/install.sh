#!/usr/bin/env bash
# Installs what the real-editor e2e run needs, offline-safe (npm registry + Debian apt only), cached between runs:
# Debian chromium/libkrb5-dev/ripgrep when missing, and VS Code's server from the npm package code-server, reached
# as .vscode-test/code-server-<version> (git-ignored). The 300 MB tree itself lives in the user's cache folder
# ($MCP_WARDEN_E2E_CACHE, default ~/.cache/mcp-warden-e2e) behind that symlink, so that tools walking the
# repository (vsce's file collection, discovery) do not descend into it. Prints the code-server package folder.
# Usage: scripts/e2e/install.sh [code-server version]   (4.100.3 = VS Code 1.100.3, the last release for Node 20)
set -euo pipefail
VER="${1:-${CODE_SERVER_VERSION:-4.100.3}}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="${MCP_WARDEN_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mcp-warden-e2e}"
DIR="$CACHE/code-server-$VER"
LINK="$ROOT/.vscode-test/code-server-$VER"
CS="$LINK/node_modules/code-server"
mkdir -p "$ROOT/.vscode-test" "$CACHE"
# an install made before the cache folder existed: move it there instead of installing again
if [ -d "$LINK" ] && [ ! -L "$LINK" ] && [ ! -e "$DIR" ]; then mv "$LINK" "$DIR"; fi
[ "$(readlink "$LINK" 2>/dev/null)" = "$DIR" ] || { rm -rf "$LINK"; ln -s "$DIR" "$LINK"; }
t() { local s=$SECONDS rc=0; "$@" || rc=$?; echo "[time] $* -> $((SECONDS-s))s rc=$rc" >&2; return $rc; }

# 1. Debian packages: the headless browser, kerberos headers for a native addon, and rg for VS Code's search.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v rg >/dev/null || missing+=(ripgrep)
[ -f /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null; then
    echo "e2e install: missing Debian packages (${missing[*]}) and not root: install them with apt-get" >&2; exit 1
  fi
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  t $SUDO apt-get update -qq >&2
  t $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
fi

# 2. code-server, once: a marker file says the whole install finished (a half install is redone).
if [ -f "$DIR/.installed" ] && [ -f "$CS/lib/vscode/out/server-main.js" ]; then
  echo "$CS"; exit 0
fi
rm -rf "$DIR"; mkdir -p "$DIR"; cd "$DIR"
CS_REAL="$DIR/node_modules/code-server"
echo '{"name":"code-server-host","version":"1.0.0","private":true}' > package.json
# --ignore-scripts: code-server's postinstall runs a nested npm install that dies on @vscode/ripgrep's GitHub download.
t npm install --no-save --ignore-scripts --no-audit --no-fund "code-server@$VER" >&2
# argon2 is loaded at startup even with auth off; its GitHub prebuild fails and node-gyp builds it from source.
t npm rebuild argon2 >&2
cd "$CS_REAL/lib/vscode"
t npm install --omit=dev --ignore-scripts --no-audit --no-fund >&2
if [ -d node_modules/@vscode/ripgrep ]; then          # its postinstall skips the GitHub download when bin/ exists
  mkdir -p node_modules/@vscode/ripgrep/bin
  ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
fi
# node-pty's postinstall runs `npx node-gyp`; this machine's npm config has yes=false, so allow it here only.
export npm_config_yes=true
t npm rebuild --foreground-scripts >"$DIR/rebuild.log" 2>&1 || { tail -40 "$DIR/rebuild.log" >&2; exit 1; }
# the rest of code-server's postinstall.sh
rm -rf node_modules.asar && ln -s node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
(cd extensions && t npm install --omit=dev --no-audit --no-fund >&2)
touch "$DIR/.installed"
echo "$CS"
