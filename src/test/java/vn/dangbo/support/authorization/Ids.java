package vn.dangbo.support.authorization;

/**
 * The fixture ids a row's request is built from, one set inside the acting account's scope and one outside it
 * (see {@code AuthorizationMatrixTest#targets}). A module that needs a record of its own adds a component here and
 * creates the record in the matrix test's fixture.
 */
public record Ids(long org, long member, long account, long position, long resolution, long target, long openPeriod,
        long closedPeriod, long result, long evidence, long program, long task, long taskFile, long importId,
        long ward, long targetImport, long resultImport) {}
