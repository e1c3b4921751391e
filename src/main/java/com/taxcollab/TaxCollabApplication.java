package com.taxcollab;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TaxCollabApplication {

    public static void main(String[] args) {
        SpringApplication.run(TaxCollabApplication.class, args);
    }
}
