#!/bin/sh
# Assembles the Docker tier's base image (FAIBRIC_DOCKER_BASE_IMAGE, faibric/node-base:20 by
# default) from this machine's own Node.js, without pulling anything: the node binary, the
# shared libraries it links, CA certificates, a passwd entry for the unprivileged user app
# containers run as, and a /tmp. Does nothing when the image exists already.
#   deploy/docker/node-base-image.sh [image]
set -eu
image="${1:-${FAIBRIC_DOCKER_BASE_IMAGE:-faibric/node-base:20}}"
if docker image inspect "$image" >/dev/null 2>&1; then
  echo "$image is there already"
  exit 0
fi
node_bin="$(readlink -f "$(command -v node)")"
major="$("$node_bin" -p 'process.versions.node.split(".")[0]')"
if [ "$major" -lt 20 ]; then
  echo "Node.js 20 or newer is needed for the base image; this machine has $("$node_bin" --version)" >&2
  exit 1
fi
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/usr/local/bin" "$root/etc/ssl/certs" "$root/tmp" "$root/app"
chmod 1777 "$root/tmp"
cp "$node_bin" "$root/usr/local/bin/node"
for lib in $(ldd "$node_bin" | grep -o '/[^ ]*'); do
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done
[ -f /etc/ssl/certs/ca-certificates.crt ] && cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/"
printf 'root:x:0:0:root:/:/sbin/nologin\napp:x:10001:10001:app:/app:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\napp:x:10001:\n' > "$root/etc/group"
tar -C "$root" -c . | docker import \
  -c 'ENV PATH=/usr/local/bin' \
  -c 'ENV SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt' \
  -c 'WORKDIR /app' \
  -c 'USER 10001:10001' \
  -m "Node.js $("$node_bin" --version) from the build machine" - "$image" >/dev/null
echo "built $image (Node.js $("$node_bin" --version))"
