# Faibric's platform image, from the jar `./mvnw package` built (nothing is compiled here):
#
#   ./mvnw package -DskipTests && docker build -t faibric .
#
# BASE_IMAGE is any image with a Java 21+ runtime as `java` on the PATH. Every instruction runs in
# exec form, so the base needs no shell: the Temurin JRE works, and so does a bare JRE imported with
# `docker import` (deploy/docker/check-platform-image.sh assembles one, see DEVELOPERS.md).
ARG BASE_IMAGE=eclipse-temurin:25-jre

FROM ${BASE_IMAGE} AS layers
WORKDIR /build
COPY target/faibric-*.jar faibric.jar
# Spring Boot's layers, each its own image layer below: dependencies change less often than the
# application, so a new version of Faibric mostly ships its `application` layer.
RUN ["java", "-Djarmode=tools", "-jar", "faibric.jar", "extract", "--layers", "--launcher", "--destination", "extracted"]
# The state directory, empty: WORKDIR makes it (a shell-less base cannot mkdir), COPY --chown below
# hands it to the runtime user.
WORKDIR /build/state/faibric/apps

FROM ${BASE_IMAGE}
COPY --from=layers /build/extracted/dependencies/ /app/
COPY --from=layers /build/extracted/spring-boot-loader/ /app/
COPY --from=layers /build/extracted/snapshot-dependencies/ /app/
COPY --from=layers /build/extracted/application/ /app/
# /var/lib/faibric is the working directory: the embedded H2 database (./data, when no PostgreSQL is
# configured) and deployed apps (STATIC_APPS_VOLUME) live there. Mount a volume on it, or on
# /var/lib/faibric/apps (shared by every node) when the database is PostgreSQL.
COPY --from=layers --chown=10001:10001 /build/state/ /var/lib/
# Native libraries (swc4j, the ONNX runtime, DJL's tokenizer, Truffle's attach library) are unpacked
# under /tmp at run time, so /tmp must be writable and allow exec: with --read-only give it a tmpfs
# (--tmpfs /tmp:rw,exec). DJL_CACHE_DIR and XDG_CACHE_HOME (Truffle's resource cache) point there.
ENV STATIC_APPS_VOLUME=/var/lib/faibric/apps \
    DJL_CACHE_DIR=/tmp/djl.ai \
    XDG_CACHE_HOME=/tmp/cache \
    HOME=/var/lib/faibric \
    JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=70"
WORKDIR /var/lib/faibric
# JDK_JAVA_OPTIONS: the JVM's options (heap: 70% of the container's memory limit); replace it to tune.
# Not root: a numeric user, so no /etc/passwd entry is needed.
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=10s --start-period=180s --retries=3 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx16m", "-Xss512k", "-cp", "/app/BOOT-INF/classes", "dev.faibric.platform.HealthProbe", "/actuator/health/readiness"]
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "-Djava.io.tmpdir=/tmp", "-Duser.home=/var/lib/faibric", "-cp", "/app", "org.springframework.boot.loader.launch.JarLauncher"]
