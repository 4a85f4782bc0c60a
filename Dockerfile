# Holdfast: build with the same command CI runs, run on a JRE as a non-root user.
# No Docker engine runs on the build machines here, so this file is kept in step with .ci/run by hand.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY frontend frontend
COPY reports reports
# The README's test command. Without CI set, the browser tests report themselves disabled (no Chromium
# in this image) and the MySQL run is off (no test database); everything else runs.
RUN ./mvnw -B -ntp verify

FROM eclipse-temurin:25-jre
# Fonts for PDFs and charts (Jasper embeds DejaVu itself; JFreeChart draws with the system's fonts).
RUN apt-get update \
 && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app holdfast
WORKDIR /app
COPY --from=build /src/target/holdfast-*.jar /app/holdfast.jar
USER holdfast
# Also needed at run time, never baked in: MYSQL_URL, MYSQL_USER, MYSQL_PASSWORD, HOLDFAST_SECURITY_SECRET_KEY
# (encrypts authenticator-app secrets) and HOLDFAST_AUDIT_SIGNING_KEY (signs the audit log); each 32 random bytes,
# Base64 (`openssl rand -base64 32`). Keep copies of both outside the database.
# The heap starts at its full size: a heap that starts small (by default 1/64 of the memory) keeps G1 collecting
# and marking while it grows, which doubled the session prep's p95 against the same heap given up front.
ENV SPRING_PROFILES_ACTIVE=mysql \
    JAVA_TOOL_OPTIONS="-XX:InitialRAMPercentage=75 -XX:MaxRAMPercentage=75 -Djava.awt.headless=true"
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD curl -fs http://localhost:8080/actuator/health | grep -q '"UP"' || exit 1
ENTRYPOINT ["java", "-jar", "/app/holdfast.jar"]
