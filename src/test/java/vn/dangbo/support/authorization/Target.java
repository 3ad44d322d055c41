package vn.dangbo.support.authorization;

/** What an endpoint acts on, which decides the scope check of the authorization matrix. */
public enum Target { NONE, ORGANIZATION, MEMBER, ACCOUNT, POSITION, SELF, ANYONE,
    /** Read: within the scope or above it (a cell reads its ward's resolutions). */
    RESOLUTION_READ,
    /** Write: within the scope. */
    RESOLUTION_WRITE,
    /** Led by an organization within the scope (or the program's office). */
    TASK_LEAD,
    /** An import belongs to the account that uploaded it; anyone else gets 404. */
    IMPORT,
    /** An Excel import of a resolution's targets: belongs to the account that uploaded it, like IMPORT. */
    TARGET_IMPORT,
    /** An Excel import of a period's values: belongs to the account that uploaded it, like IMPORT. */
    RESULT_IMPORT }
