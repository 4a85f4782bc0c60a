package org.holdfast;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A service or repository test against the real schema. Tagged so that, with a test MySQL configured,
 * Maven runs these tests a second time against MySQL/MariaDB (see the mysql-tests profile in pom.xml).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Tag("database")
public @interface DatabaseTest {
}
