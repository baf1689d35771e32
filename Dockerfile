# The product on a Java 17 runtime. Built from source, so the image is what the tests ran against.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
COPY .ci .ci
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 privacy
WORKDIR /app
COPY --from=build /src/target/privacy-requests-*.jar /app/privacy-requests.jar
USER privacy
# Inside its container the product listens on every interface; which of the host's addresses reach it is up
# to the port mapping (docker-compose.yml: the host's loopback only).
ENV PRIVACY_BIND_ADDRESS=0.0.0.0
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
    CMD curl -fs http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/privacy-requests.jar"]
