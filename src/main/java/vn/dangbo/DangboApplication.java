package vn.dangbo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.dangbo.config.RunningEmbeddedServer;

/** Đảng bộ số: the digital platform of a ward or commune Party Committee. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DangboApplication {

    /** Command-line tasks that run and exit; they must not take the HTTP port of a running instance. */
    static final Set<String> TASKS = Set.of("--create-admin", "--generate-province", "--backup", "--restore");

    public static void main(String[] args) {
        SpringApplication.run(DangboApplication.class, RunningEmbeddedServer.reachIfRunning(withTaskPort(args)));
    }

    static String[] withTaskPort(String[] args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        boolean task = all.stream().anyMatch(a -> TASKS.contains(a.split("=")[0]));
        boolean portGiven = all.stream().anyMatch(a -> a.startsWith("--server.port"));
        if (task && !portGiven) {
            all.add("--server.port=0");
        }
        return all.toArray(String[]::new);
    }
}
