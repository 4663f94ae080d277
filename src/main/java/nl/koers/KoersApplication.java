package nl.koers;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KoersApplication {

    public static void main(String[] args) {
        SpringApplication.run(KoersApplication.class, args);
    }
}
