#!/usr/bin/env bash
# Builds Faibric's platform image from the jar `./mvnw package` made (target/faibric-*.jar) and
# checks that a container of it becomes ready and healthy. Pulls nothing: the JRE base image is
# assembled from this machine's JDK and imported (`docker import`), and the container uses the
# host's network on 127.0.0.1. Run as root (it may start dockerd); see DEVELOPERS.md.
#
#   deploy/docker/check-platform-image.sh
#
# Settings (environment): FAIBRIC_BASE_JDK (the JDK whose jlink makes the JRE, default Temurin 25),
# FAIBRIC_BASE_IMAGE (default faibric/jre-base:25), FAIBRIC_IMAGE (default faibric:local),
# READY_TIMEOUT (seconds, default 180).
set -euo pipefail
cd "$(dirname "$0")/../.."

JDK=${FAIBRIC_BASE_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
BASE_IMAGE=${FAIBRIC_BASE_IMAGE:-faibric/jre-base:25}
IMAGE=${FAIBRIC_IMAGE:-faibric:local}
READY_TIMEOUT=${READY_TIMEOUT:-180}

log() { printf '\n==> %s\n' "$*"; }
fail() { printf 'check-platform-image: %s\n' "$*" >&2; exit 1; }

jars=(target/faibric-*.jar)
[ -f "${jars[0]}" ] || fail "no target/faibric-*.jar: run ./mvnw package (or verify) first"
[ "${#jars[@]}" -eq 1 ] || fail "more than one target/faibric-*.jar: ${jars[*]}"

log "Docker daemon"
if ! docker info >/dev/null 2>&1; then
  if ! command -v dockerd >/dev/null || ! command -v docker >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker.io
  fi
  # No bridge and no iptables rules: containers use the host's network (--network host).
  mkdir -p /var/log
  nohup dockerd --bridge=none --iptables=false >/var/log/dockerd.log 2>&1 &
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null 2>&1 || { tail -n 50 /var/log/dockerd.log >&2 || true; fail "dockerd did not start"; }
fi
docker version --format 'client {{.Client.Version}}, server {{.Server.Version}}'

log "JRE base image $BASE_IMAGE"
if docker image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
  echo "present"
else
  [ -x "$JDK/bin/jlink" ] || fail "no jlink at $JDK/bin/jlink: set FAIBRIC_BASE_JDK to a JDK 21+"
  root=$(mktemp -d)
  trap 'rm -rf "$root"' EXIT
  # Every module of the JDK but its development tools (jlink cannot copy itself from a run-time image).
  modules=$("$JDK/bin/java" --list-modules | sed 's/@.*//' \
    | grep -v -x -E 'jdk\.(jlink|jpackage|compiler|javadoc|jshell|jdeps|jartool|editpad|jconsole|hotspot\.agent|jdi|jdwp\.agent|jstatd|incubator\..*|internal\.(ed|le|opt))' \
    | paste -sd, -)
  "$JDK/bin/jlink" --add-modules "$modules" --output "$root/opt/java/openjdk" \
    --strip-debug --no-man-pages --no-header-files
  # The C libraries the JRE links to (ldd), and those the natives the app unpacks at run time need
  # (swc4j and the ONNX runtime: libstdc++, libgcc_s, libm, libdl, libpthread, librt, libc).
  libs=$( { for file in "$root/opt/java/openjdk/bin/java" $(find "$root/opt/java/openjdk" -name '*.so'); do
              ldd "$file" 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}'
            done
            for name in libstdc++.so.6 libgcc_s.so.1 libm.so.6 libdl.so.2 libpthread.so.0 librt.so.1 libc.so.6 \
                libz.so.1 libnss_files.so.2 libnss_dns.so.2 libresolv.so.2; do
              ldconfig -p | awk -v name="$name" '$1 == name {print $NF; exit}'
            done; } | sort -u)
  for lib in $libs; do
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
  done
  mkdir -p "$root/etc" "$root/tmp" "$root/var/lib"
  chmod 1777 "$root/tmp"
  for lib in $libs; do dirname "$lib"; done | sort -u >"$root/etc/ld.so.conf"
  ldconfig -r "$root"
  printf 'root:x:0:0:root:/root:/sbin/nologin\nfaibric:x:10001:10001:Faibric:/var/lib/faibric:/sbin/nologin\n' \
    >"$root/etc/passwd"
  printf 'root:x:0:\nfaibric:x:10001:\n' >"$root/etc/group"
  printf 'passwd: files\ngroup: files\nhosts: files dns\n' >"$root/etc/nsswitch.conf"
  tar -C "$root" --numeric-owner --owner=0 --group=0 -c . \
    | docker import \
        --change 'ENV JAVA_HOME=/opt/java/openjdk' \
        --change 'ENV PATH=/opt/java/openjdk/bin:/usr/bin:/bin' \
        --change 'ENV LANG=C.UTF-8' \
        - "$BASE_IMAGE"
  rm -rf "$root"
  trap - EXIT
  docker run --rm --network none "$BASE_IMAGE" java -version
fi

log "Platform image $IMAGE"
docker build --build-arg BASE_IMAGE="$BASE_IMAGE" -t "$IMAGE" .
user=$(docker image inspect -f '{{.Config.User}}' "$IMAGE")
case "$user" in
  "" | 0 | 0:* | root | root:*) fail "the image runs as root (USER '$user')" ;;
esac

log "A container of it on 127.0.0.1"
port=""
for candidate in $(shuf -i 20000-45000 -n 50); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || fail "no free port found"
name="faibric-image-check-$$"
cleanup() { docker rm -f -v "$name" >/dev/null 2>&1 || true; }
trap cleanup EXIT
started=$(date +%s)
# Read-only root file system: the app writes only to its tmpfs mounts (natives unpack into /tmp,
# which must allow exec; H2 and deployed apps under the working directory).
docker run -d --name "$name" --network host --read-only \
  --tmpfs /tmp:rw,exec,nosuid,size=512m \
  --tmpfs /var/lib/faibric:rw,nosuid,uid=10001,gid=10001,mode=0750,size=512m \
  -e SERVER_PORT="$port" -e SERVER_ADDRESS=127.0.0.1 \
  "$IMAGE" >/dev/null
echo "container $name, port $port"

url="http://127.0.0.1:$port/actuator/health/readiness"
status=""
while :; do
  status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" 2>/dev/null || true)
  [ "$status" = "200" ] && break
  if [ "$(docker inspect -f '{{.State.Running}}' "$name")" != "true" ]; then
    docker logs "$name" >&2 || true
    fail "the container stopped before it was ready (exit code $(docker inspect -f '{{.State.ExitCode}}' "$name"))"
  fi
  if [ $(($(date +%s) - started)) -ge "$READY_TIMEOUT" ]; then
    docker logs "$name" >&2 || true
    fail "$url did not answer 200 within ${READY_TIMEOUT}s (last: ${status:-no answer})"
  fi
  sleep 1
done
echo "ready (200 from $url) after $(($(date +%s) - started)) s"

# The image's own HEALTHCHECK (HealthProbe, run with the image's java) must say healthy as well.
health=""
for _ in $(seq 1 60); do
  health=$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{end}}' "$name")
  [ "$health" = "healthy" ] && break
  sleep 1
done
if [ "$health" != "healthy" ]; then
  docker inspect -f '{{json .State.Health}}' "$name" >&2 || true
  docker logs "$name" >&2 || true
  fail "the image's HEALTHCHECK says '${health:-nothing}', not healthy"
fi
echo "HEALTHCHECK: healthy after $(($(date +%s) - started)) s"

# Native libraries that load at start-up (the ONNX runtime, DJL's tokenizer, Truffle's attach
# library) must have loaded from /tmp: a missing C library or a noexec mount shows up here.
if docker logs "$name" 2>&1 | grep -E 'UnsatisfiedLinkError|Unable to load the TruffleAttach library' >&2; then
  fail "a native library did not load in the container (see above)"
fi
echo "native libraries: loaded"
