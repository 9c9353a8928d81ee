# HeapGrader service image. Build the jar first (mvn -DskipTests package); docker-compose.yml builds this file.
FROM eclipse-temurin:17-jre

# curl serves the container health check against the actuator.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app heapgrader \
    && mkdir -p /app /data \
    && chown heapgrader /data

WORKDIR /app
COPY target/heapgrader.jar /app/heapgrader.jar

USER heapgrader
# Only used when no SPRING_DATASOURCE_URL is given: the embedded H2 then lives in a volume-friendly directory.
ENV HEAPGRADER_DATA_DIR=/data
EXPOSE 8080

HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=12 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1

# ZGC: the garbage of answers that run to their limit is collected concurrently instead of in stop-the-world
# pauses that hold up every other request (docs/performance.md, "Hostile neighbours and the JVM's collector").
ENTRYPOINT ["java", "-XX:+UseZGC", "-jar", "/app/heapgrader.jar"]
CMD ["serve"]
