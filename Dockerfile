# syntax=docker/dockerfile:1
# Build: docker build -t phoihop .   (the jar is built inside, with the Maven wrapper; BuildKit,
# the default builder since Docker 23, keeps the Maven repository in a cache between builds).
# Linted in .ci/run with dockerfile-utils; never built on the development machine (no Docker engine).

# ---- build stage: JDK + Maven wrapper -------------------------------------------------------
FROM eclipse-temurin:17-jdk-noble AS build
WORKDIR /src
# The wrapper downloads the Maven version pinned in .mvn/wrapper/maven-wrapper.properties.
COPY mvnw pom.xml ./
COPY .mvn .mvn
# Spotless checks the format in the validate phase: it needs the sources only, as the build does.
COPY src/main src/main
# pom.xml packs the models and forms from the top level into the jar (classpath bpmn/, forms/).
COPY bpmn bpmn
COPY forms forms
# maven.test.skip: the tests are CI's job (.ci/run); skipping their compilation keeps src/test
# out of the image's build context. The .m2 cache mount makes rebuilds after a code change fast.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q package -Dmaven.test.skip=true -Djacoco.skip=true \
    && cp target/phoihop-*.jar /src/phoihop.jar

# ---- runtime stage: JRE only ----------------------------------------------------------------
# The noble (Ubuntu 24.04) JRE image installs curl, which the health check below uses.
FROM eclipse-temurin:17-jre-noble
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin phoihop
WORKDIR /app
COPY --from=build --chown=root:root /src/phoihop.jar /app/phoihop.jar
# The jar is owned by root and read-only for the app user; the app writes nothing to /app
# (the postgres profile keeps everything in the database, logs go to stdout).
USER 10001
EXPOSE 8080

# JVM memory inside a container: the JVM reads the container's memory limit (cgroup v1 and v2),
# so sizes are given as a share of it rather than fixed -Xmx values that break when the limit
# changes. MaxRAMPercentage=75: the heap may take three quarters of the limit, leaving the rest for
# what is not heap (metaspace for Spring + Camunda, about 200 MB, thread stacks of the Tomcat and
# job executor threads, code cache, direct buffers of the JDBC driver and Tomcat).
# InitialRAMPercentage=50 avoids a slow heap growth right after the start, when Camunda deploys the
# models. ExitOnOutOfMemoryError: a node that ran out of heap stops, and the restart policy starts
# it again, instead of running on half-broken (its locked jobs are taken over after the lock time).
# JDK_JAVA_OPTIONS is read by the java launcher only; add to it (or replace it) in compose.
ENV JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=50 -XX:+ExitOnOutOfMemoryError"

# Readiness, not liveness: 503 until the application has started (Flyway, Camunda deployment) and
# while it refuses traffic. The start period covers the first start on an empty database.
HEALTHCHECK --interval=15s --timeout=5s --start-period=180s --retries=4 \
    CMD ["curl", "-fsS", "-o", "/dev/null", "http://localhost:8080/actuator/health/readiness"]

ENTRYPOINT ["java", "-jar", "/app/phoihop.jar"]
