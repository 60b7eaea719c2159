package app.throughline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Throughline: an integrated marketing calendar where every tactic serves a strategy and a business objective. */
@SpringBootApplication
public class ThroughlineApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThroughlineApplication.class, args);
    }
}
