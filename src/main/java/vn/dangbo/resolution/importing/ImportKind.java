package vn.dangbo.resolution.importing;

/** What an Excel import brings in: the targets of a resolution, or the values of a reporting period. */
public enum ImportKind { TARGETS, RESULTS }
