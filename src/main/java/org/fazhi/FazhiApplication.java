package org.fazhi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Fazhi (法治政府建设工作平台) — the application entry point.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FazhiApplication {

    public static void main(String[] args) {
        SpringApplication.run(FazhiApplication.class, args);
    }
}
