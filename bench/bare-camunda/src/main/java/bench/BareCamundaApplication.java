package bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Camunda 7 Spring Boot web application with nothing of its own: the benchmarks' baseline. */
@SpringBootApplication
public class BareCamundaApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareCamundaApplication.class, args);
    }
}
