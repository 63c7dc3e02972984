package org.fazhi.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full integration test on real PostgreSQL: the embedded server by default, the external one when
 * {@code FAZHI_DB_URL} is set (as {@code .ci/run} does). Every test class with this annotation and no other
 * context configuration shares one Spring context — startup is the slow part, so do not add
 * {@code @MockitoBean}, {@code @DirtiesContext} or extra properties to a single class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface IntegrationTest {

    /** Password of the {@code admin} account created on first start in tests. */
    String ADMIN_PASSWORD = "Admin@Test2026";
}
