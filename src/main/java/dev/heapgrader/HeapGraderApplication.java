package dev.heapgrader;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The web service: Spring Boot with JPA on Flyway-owned tables (H2 in file mode by default, PostgreSQL in
 * production) and the actuator. It is started for {@code serve} or no arguments by {@link HeapGrader} (in the
 * executable jar through Spring Boot's launcher, for which this class is the {@code Start-Class}), and directly by
 * {@code mvn spring-boot:run} and the tests.
 */
@SpringBootApplication
public class HeapGraderApplication {

    public static void main(String[] args) {
        SpringApplication.run(HeapGraderApplication.class, args);
    }
}
