package vn.dangbo.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** Registers the test helpers in every {@link DangboTest} context. */
@TestConfiguration
@Import(As.class)
public class TestSupportConfiguration {}
