package vn.dangbo.config.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code dangbo.demo.enabled}: load the demo data on the first start of the embedded database (default true). */
@ConfigurationProperties("dangbo.demo")
public record DemoSettings(@DefaultValue("true") boolean enabled) {}
