package dev.faibric;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Faibric: a prompt becomes a streamed, validated, deployed React app. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FaibricApplication {

    public static void main(String[] args) {
        SpringApplication.run(FaibricApplication.class, args);
    }

}
