package archfixture.alpha.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Bad: a validator that reads a file. */
public class FileReadingValidator {

    public boolean valid(String name) throws IOException {
        return Files.readString(Path.of("rules.txt")).contains(name);
    }
}
