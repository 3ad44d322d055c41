package archfixture.alpha.domain;

import org.springframework.stereotype.Component;

/** Bad: a policy that is a Spring bean. */
@Component
public class SpringPolicy {

    public boolean allows(int age) {
        return age >= 18;
    }
}
