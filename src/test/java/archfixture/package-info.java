/**
 * Deliberately bad (and one good) classes that {@code vn.dangbo.ArchitectureTest} runs the architecture rules on, to
 * prove each rule fails on a violation. Outside {@code vn.dangbo} so that no Spring context scans them.
 */
package archfixture;
