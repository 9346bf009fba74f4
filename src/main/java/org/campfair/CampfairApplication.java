package org.campfair;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CampfairApplication {

    public static void main(String[] args) {
        SpringApplication.run(CampfairApplication.class, args);
    }
}
