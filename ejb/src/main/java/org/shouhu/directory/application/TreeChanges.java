package org.shouhu.directory.application;

/**
 * What a reload of the tree changed: nodes added, renamed or reinstated, retired; nodes in force.
 */
public record TreeChanges(int added, int updated, int retired, int total) {}
