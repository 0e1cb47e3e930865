# Build: docker build -t phoihop .   (the jar is built inside, with the Maven wrapper)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline || true
COPY src src
COPY bpmn bpmn
COPY forms forms
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 phoihop
WORKDIR /app
COPY --from=build /src/target/phoihop-*.jar /app/phoihop.jar
USER phoihop
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/phoihop.jar"]
