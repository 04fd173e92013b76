#!/bin/sh
# Runs a test against a real Secret Service: a private D-Bus session bus, gnome-keyring-daemon
# unlocked with a throwaway password, and a temporary HOME so the user's keyring is never touched.
set -eu
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
  echo "FAIL: dbus-run-session and gnome-keyring-daemon are needed (apt-get install dbus-daemon gnome-keyring libsecret-1-0)" >&2
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" XDG_DATA_HOME="$tmp/.local/share" XDG_CONFIG_HOME="$tmp/.config" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- sh -c '
  printf "%s" "syncdesk-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' sh "$@"
