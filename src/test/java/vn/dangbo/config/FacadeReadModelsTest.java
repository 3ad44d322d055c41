package vn.dangbo.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Read models (issue 8, 2.2): the public faces of a module (its root package) return the module's own public
 * records, never its stored rows: no class of a module's {@code domain} package appears in a public signature of a
 * public class of its root package (parameters, results, generic arguments, record components).
 */
class FacadeReadModelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"organization", "member", "identity", "audit"})
    void noPublicSignatureOfTheRootPackageNamesADomainRow(String module) throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:vn/dangbo/" + module + "/*.class")) {
            String name = "vn.dangbo." + module + "." + r.getFilename().replace(".class", "");
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            if (!Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic()) {
                    continue;
                }
                List<Type> types = new ArrayList<>(List.of(m.getGenericParameterTypes()));
                types.add(m.getGenericReturnType());
                for (Type t : types) {
                    if (t.getTypeName().contains("vn.dangbo." + module + ".domain.")) {
                        leaks.add(name + "." + m.getName() + ": " + t.getTypeName());
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }
}
