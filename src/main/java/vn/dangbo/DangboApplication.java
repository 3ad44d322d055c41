package vn.dangbo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Đảng bộ số: the digital platform of a ward or commune Party Committee. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DangboApplication {

    public static void main(String[] args) {
        SpringApplication.run(DangboApplication.class, args);
    }
}
